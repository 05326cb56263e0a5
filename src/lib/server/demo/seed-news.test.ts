import { beforeEach, describe, expect, it } from 'vitest';
import { createTestAccount } from '../auth/test-support';
import { db } from '../db';
import { getPublishedNewsPost } from '../content/news/get-news-post';
import { listPublishedNews } from '../content/news/list-news';
import { openMedia } from '../content/images/open-media';
import { newsPost, sitePage } from '../content/schema';
import { getPublishedCustomPage } from '../content/pages/site-page-service';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_NEWS } from './data/news';
import { seedNews } from './seed-news';
import type { DemoContext } from './types';

describe('demo news and pages', () => {
	let ctx: DemoContext;

	beforeEach(async () => {
		await createTestDatabase();
		const board = await createTestAccount({ role: 'board', name: 'Katrin Vorstandt' });
		ctx = { accounts: new Map([['vorstand', { ...board, name: 'Katrin Vorstandt' }]]) };
	});

	it('seeds published posts with a cover and authors, a draft, and pages; twice is once', async () => {
		await seedNews.seed(ctx);
		await seedNews.seed(ctx);
		expect(await db.select().from(newsPost)).toHaveLength(DEMO_NEWS.length);
		expect(await db.select().from(sitePage)).toHaveLength(2);
		const published = await listPublishedNews({ pageSize: 50 });
		expect(published.total).toBe(DEMO_NEWS.length - 1);
		const first = await getPublishedNewsPost('kommunalkonferenz-2026-rueckblick');
		expect(first?.authors).toEqual(['Sprecher*innenrat']);
		const sha = first!.cover!.src.split('/').at(-1)!;
		expect((await openMedia(sha))?.mediaType).toBe('image/png');
		expect(await getPublishedNewsPost('entwurf-positionspapier-kreisumlage')).toBeNull();
		expect(await getPublishedCustomPage('ueber-uns')).not.toBeNull();
		expect(await getPublishedCustomPage('presse-intern')).toBeNull();
	});
});
