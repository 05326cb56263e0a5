import { beforeAll, describe, expect, it } from 'vitest';
import { buildSitemap } from '../../content/seo/sitemap';
import { createTestDatabase } from '../../testing/test-db';
import { seedCouncilFixture, type CouncilFixture } from './testing/council-fixture';

let f: CouncilFixture;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

describe('councils in the sitemap', () => {
	it('lists the overview and followed councils, never a council the board does not follow', async () => {
		const { xml } = await buildSitemap();
		expect(xml).toContain('/ratsinfo</loc>');
		expect(xml).toContain(`/ratsinfo/${f.body}</loc>`);
		expect(xml).not.toContain(f.otherBody);
	});
});
