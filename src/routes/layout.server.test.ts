import { beforeEach, describe, expect, it } from 'vitest';
import { createTestActor } from '$lib/server/auth/test-support';
import { testEvent } from '$lib/server/auth/test-event';
import { sitePageInput } from '$lib/server/content/pages/page-input';
import {
	saveCustomPage,
	setCustomPagePublished
} from '$lib/server/content/pages/site-page-service';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load } from './+layout.server';

async function footerPages() {
	const { event } = await testEvent({ url: '/' });
	const data = await load(event as Parameters<typeof load>[0]);
	return data.footerPages;
}

describe('root layout', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('links the pages the board published in the footer, never a draft', async () => {
		const board = await createTestActor('board');
		const save = (title: string, slug: string) =>
			saveCustomPage({ actor: board, input: sitePageInput.parse({ title, slug, body: 'Text' }) });
		const published = await save('Satzung', 'satzung');
		await save('Entwurf: Geheimplan', 'geheimplan');
		await setCustomPagePublished({ actor: board, pageId: published.id, published: true });
		expect(await footerPages()).toEqual([{ href: '/seiten/satzung', label: 'Satzung' }]);
	});
});
