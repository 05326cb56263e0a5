import { beforeAll, describe, expect, it } from 'vitest';
import { buildSitemap } from '../content/seo/sitemap';
import { createTestDatabase } from '../testing/test-db';
import { createEventActors, createTestEvent } from './testing/event-fixtures';

let open: string;
let membersOnly: string;

beforeAll(async () => {
	await createTestDatabase();
	const actors = await createEventActors();
	open = await createTestEvent(actors.board, { title: 'Offene Schulung' });
	membersOnly = await createTestEvent(actors.board, {
		title: 'Interne Klausur',
		visibility: 'members'
	});
});

describe('events in the sitemap', () => {
	it('lists the calendar and public events, never a members-only one', async () => {
		const { xml } = await buildSitemap();
		expect(xml).toContain('/veranstaltungen</loc>');
		expect(xml).toContain(`/veranstaltungen/${open}</loc>`);
		expect(xml).not.toContain(membersOnly);
	});
});
