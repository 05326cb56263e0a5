import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import {
	seedCouncilFixture,
	type CouncilFixture
} from '$lib/server/oparl/read/testing/council-fixture';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './+server';

let f: CouncilFixture;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

async function get(bodyId: string, headers: Record<string, string> = {}) {
	const { event } = await testEvent({
		url: `/ratsinfo/${bodyId}/sitzungen.ics`,
		params: { bodyId }
	});
	for (const [name, value] of Object.entries(headers)) event.request.headers.set(name, value);
	return GET(event as never);
}

describe('/ratsinfo/[bodyId]/sitzungen.ics', () => {
	it('serves the meetings as a public calendar that answers 304 while unchanged', async () => {
		const response = await get(f.body);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('cache-control')).toContain('public');
		const body = await response.text();
		expect(body).toContain('BEGIN:VCALENDAR');
		expect(body).toContain('12. Sitzung des Gemeinderates');
		const etag = response.headers.get('etag')!;
		expect((await get(f.body, { 'if-none-match': etag })).status).toBe(304);
	});

	it('has no calendar for a body not followed', async () => {
		expect(await thrownBy(() => get(f.otherBody))).toMatchObject({ status: 404 });
	});
});
