import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import {
	seedCouncilFixture,
	type CouncilFixture
} from '$lib/server/oparl/read/testing/council-fixture';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load } from './+page.server';

let f: CouncilFixture;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

type BodyPage = Exclude<Awaited<ReturnType<typeof load>>, void>;

async function loadPage(query = '', bodyId = f.body): Promise<BodyPage> {
	const { event } = await testEvent({
		url: `/ratsinfo/${bodyId}${query}`,
		params: { bodyId }
	});
	return (await load(event as never)) as BodyPage;
}

describe('/ratsinfo/[bodyId]', () => {
	it('shows upcoming meetings, the latest papers and the Gremien', async () => {
		const page = await loadPage();
		expect(page.body.name).toBe('Gemeinde Hürtgenwald');
		expect(page.meetings.items.map((meeting) => meeting.id)).toEqual([
			f.meetings.upcoming,
			f.meetings.cancelled
		]);
		expect(page.papers).toMatchObject({ total: 27, page: 1, pageCount: 2 });
		expect(page.organizations.map((organization) => organization.ended)).toEqual([
			false,
			false,
			true
		]);
		expect(page.filters).toEqual({ zeit: '', gremium: '', art: '' });
	});

	it('filters and pages each list by its own parameters, ignoring unknown values', async () => {
		const page = await loadPage(
			`?zeit=vergangen&gremium=${f.organizations.building}&art=Anfrage&seite=2`
		);
		expect(page.meetings.items.map((meeting) => meeting.id)).toEqual([f.meetings.past]);
		expect(page.papers).toMatchObject({ total: 25, page: 2 });
		expect(page.papers.items).toHaveLength(5);
		expect(page.filters).toEqual({
			zeit: 'vergangen',
			gremium: f.organizations.building,
			art: 'Anfrage'
		});
		const forged = await loadPage(`?gremium=${f.otherBody}&art=%3Cscript%3E&sitzungsseite=abc`);
		expect(forged.filters).toEqual({ zeit: '', gremium: '', art: '' });
		expect(forged.meetings.page).toBe(1);
		expect(forged.papers.total).toBe(27);
	});

	it('answers 404 for bodies not followed, unknown ids and other objects', async () => {
		for (const bodyId of [f.otherBody, f.papers.radweg, 'vorlagen', crypto.randomUUID()])
			expect(await thrownBy(() => loadPage('', bodyId))).toMatchObject({ status: 404 });
	});
});
