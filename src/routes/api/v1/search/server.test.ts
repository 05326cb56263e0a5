import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { CORPUS, seedSearchCorpus, type CorpusKey } from '$lib/server/search/testing/corpus';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './+server';

let f: DirectoryFixtures;
let ids: Record<CorpusKey, string>;
const PUBLIC_DOCUMENTS = Object.values(CORPUS).filter(
	(document) => document.access === 'public'
).length;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	ids = await seedSearchCorpus(f);
});

async function get(url: string, email?: string) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const { event } = await testEvent({ url, jar });
	return GET(event as never);
}

describe('GET /api/v1/search', () => {
	it('answers the DESIGN.md contract, uncached, to anonymous callers', async () => {
		const response = await get('/api/v1/search?q=Schmitt&type=person');
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(await response.json()).toEqual({
			total: 1,
			items: [
				{
					type: 'person',
					id: f.people.heinz,
					title: 'Heinz Schmidt',
					snippet: expect.any(String),
					url: `/personen/${f.people.heinz}`,
					date: '2024-06-09'
				}
			]
		});
	});

	it('finds people without an elected seat only for signed-in members', async () => {
		const anonymous = await (await get('/api/v1/search?q=Verborgen&type=person')).json();
		expect(anonymous).toEqual({ total: 0, items: [] });
		const member = await (
			await get('/api/v1/search?q=Verborgen&type=person', 'mitglied@example.org')
		).json();
		expect(member.items.map((item: { title: string }) => item.title)).toEqual(['Hanna Verborgen']);
	});

	it('refuses unknown types and bad pages in German', async () => {
		expect(await thrownBy(() => get('/api/v1/search?q=a&type=antrag'))).toMatchObject({
			status: 400,
			body: { message: expect.stringContaining('Unbekannter Typ') }
		});
		expect(await thrownBy(() => get('/api/v1/search?q=a&page=0'))).toMatchObject({
			status: 400,
			body: { message: 'Die Seite beginnt bei 1.' }
		});
	});

	it('treats empty parameters as absent', async () => {
		const response = await get('/api/v1/search?q=&type=&page=&kind=');
		expect((await response.json()).total).toBe(3 + PUBLIC_DOCUMENTS);
	});
});

describe('GET /api/v1/search, motions', () => {
	type Item = { id: string; highlights: [number, number][]; snippet: string };
	const idsOf = (body: { items: Item[] }) => body.items.map((item) => item.id);

	it('filters by facets given repeated or with commas, and sorts by date', async () => {
		const response = await get(
			'/api/v1/search?q=Schulen&type=motion&kind=motion&kind=resolution&district=13075,13003&sort=date'
		);
		const body = await response.json();
		expect(idsOf(body)).toEqual([ids.schoolLunch, ids.sports, ids.schoolTitle]);
		expect(body.items[0]).toMatchObject({
			type: 'motion',
			title: 'Gesundes Mittagessen an Schulen',
			url: `/antraege/${ids.schoolLunch}`,
			date: '2025-01-15',
			kind: 'resolution',
			status: 'adopted'
		});
		const year = await (await get('/api/v1/search?type=motion&year=2022&topic=haushalt')).json();
		expect(idsOf(year)).toEqual([ids.streets]);
	});

	it('adds facet counts on request, for what the caller may read', async () => {
		const anonymous = await (await get('/api/v1/search?q=Kita&facets=1')).json();
		const member = await (
			await get('/api/v1/search?q=Kita&facets=1', 'mitglied@example.org')
		).json();
		const statuses = (body: { facets: { status: { value: string; count: number }[] } }) =>
			Object.fromEntries(body.facets.status.map((entry) => [entry.value, entry.count]));
		expect(statuses(anonymous)).toEqual({ adopted: 1, filed: 1, settled: 1 });
		// Mira reads members' documents and her own draft, not the faction's draft.
		expect(statuses(member)).toEqual({ adopted: 1, filed: 2, settled: 1, draft: 1 });
		expect(member.total).toBe(5);
		expect(JSON.stringify(anonymous)).not.toContain('Bürgerhaushalt');
		expect((await (await get('/api/v1/search?q=Kita')).json()).facets).toBeUndefined();
	});

	it('returns highlight ranges into the plain-text snippet', async () => {
		const body = await (await get('/api/v1/search?q=Sanierung&type=motion')).json();
		const item = body.items.find((entry: Item) => entry.id === ids.schoolRenovation)!;
		expect(item.highlights.map(([a, b]: [number, number]) => item.snippet.slice(a, b))).toEqual([
			'Sanierung'
		]);
	});

	it('refuses bad filters in German', async () => {
		const refused = async (query: string) =>
			((await thrownBy(() => get(`/api/v1/search?${query}`))) as { body: { message: string } }).body
				.message;
		// Council papers bring their own kinds ("Beschlussvorlage"): only what no kind looks like.
		expect(await refused('kind=%3Cscript%3E')).toMatch(/^Unbekannte Art/);
		expect(await refused('council=hürtgenwald')).toBe(
			'Eine Körperschaft wird mit ihrer Kennung angegeben.'
		);
		expect(await refused('status=fertig')).toMatch(/^Unbekannter Stand/);
		expect(await refused('district=130')).toMatch(/fünfstelligen Schlüssel/);
		expect(await refused('year=neu')).toBe('Das Jahr muss eine Zahl sein.');
		expect(await refused('sort=alphabet')).toBe('Sortierung: relevance oder date.');
	});
});
