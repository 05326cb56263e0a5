import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { createEventActors, createTestEvent } from '$lib/server/events/testing/event-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './+server';

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

async function fetchFile(id: string, role?: 'member') {
	const jar = role ? (await signedInJar((await createTestAccount({ role })).email)).jar : undefined;
	const { event } = await testEvent({
		url: `/veranstaltungen/${id}/kalender.ics`,
		params: { id },
		jar
	});
	try {
		return await GET(event as never);
	} catch (caught) {
		return caught as { status: number };
	}
}

describe('/veranstaltungen/[id]/kalender.ics', () => {
	it('offers a visible event as a private calendar download', async () => {
		const response = (await fetchFile(open)) as Response;
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="veranstaltung.ics"'
		);
		expect(response.headers.get('cache-control')).toBe('private, no-cache');
		expect(await response.text()).toContain('SUMMARY:Offene Schulung');
	});

	it('answers 404 for a members-only event to the public, and the file to a member', async () => {
		expect((await fetchFile(membersOnly)).status).toBe(404);
		const response = (await fetchFile(membersOnly, 'member')) as Response;
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('SUMMARY:Interne Klausur');
	});
});
