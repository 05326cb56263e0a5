/**
 * GET /api/v1/search?type=person (DESIGN.md contract): each person once, and per caller only
 * the people and fields they may see.
 */
import type { APIRequestContext } from '@playwright/test';
import { DEMO_GRETA, DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { VISITORS, type Visitor } from '../support/accounts';
import { expect, test } from '../support/fixtures';

interface SearchItem {
	type: string;
	id: string;
	title: string;
	snippet: string;
	url: string;
	date: string | null;
}
interface SearchResult {
	total: number;
	items: SearchItem[];
}

async function search(request: APIRequestContext, query: string): Promise<SearchResult> {
	const response = await request.get(`/api/v1/search?${query}`);
	expect(response.status(), query).toBe(200);
	expect(response.headers()['cache-control']).toBe('private, no-store');
	return (await response.json()) as SearchResult;
}

const NETWORK: Visitor[] = ['member', 'faction_admin', 'board'];

for (const visitor of VISITORS) {
	test(`Personensuche als ${visitor}`, async ({ pageAs }) => {
		const { request } = await pageAs(visitor);
		const greta = await search(
			request,
			`type=person&q=${encodeURIComponent('Greta Beispielhaft')}`
		);
		expect(greta.total).toBe(1);
		expect(Object.keys(greta.items[0]!).sort()).toEqual(
			['date', 'id', 'snippet', 'title', 'type', 'url'].sort()
		);
		expect(greta.items[0]).toMatchObject({
			type: 'person',
			title: DEMO_GRETA.name,
			url: `/personen/${greta.items[0]!.id}`
		});
		expect(greta.items[0]!.snippet).toContain(DEMO_GRETA.council);
		// Contact data are never part of search results.
		expect(JSON.stringify(greta)).not.toContain(DEMO_GRETA.email);
		expect(JSON.stringify(greta)).not.toContain(DEMO_GRETA.phone);

		const hanna = await search(request, `type=person&q=${encodeURIComponent(DEMO_HANNA.name)}`);
		if (NETWORK.includes(visitor)) {
			expect(hanna.items.map((item) => item.title)).toEqual([DEMO_HANNA.name]);
			expect(hanna.items[0]!.snippet).toContain(DEMO_HANNA.committee);
		} else {
			expect(hanna).toEqual({ total: 0, items: [] });
		}

		// Fuzzy: "Schmitt" finds people called Schmidt.
		const schmitt = await search(request, 'type=person&q=Schmitt');
		expect(schmitt.items.some((item) => item.title.endsWith('Schmidt'))).toBe(true);
	});
}

test('jede Person genau einmal, über alle Seiten', async ({ pageAs }) => {
	const { request } = await pageAs('board');
	const first = await search(request, 'type=person');
	expect(first.total).toBeGreaterThanOrEqual(250);
	const ids: string[] = [];
	const pages = Math.ceil(first.total / first.items.length);
	for (let page = 1; page <= pages; page++) {
		const result = await search(request, `type=person&page=${page}`);
		ids.push(...result.items.map((item) => item.id));
	}
	expect(ids).toHaveLength(first.total);
	expect(new Set(ids).size).toBe(first.total);
});

test('die Öffentlichkeit findet nur Mandatsträger*innen, Mitglieder mehr', async ({ pageAs }) => {
	const anonymous = await search((await pageAs('anonymous')).request, 'type=person');
	const member = await search((await pageAs('member')).request, 'type=person');
	expect(anonymous.total).toBeGreaterThan(0);
	expect(anonymous.total).toBeLessThan(member.total);
});

test('ein unbekannter Typ wird auf Deutsch abgelehnt', async ({ request }) => {
	const response = await request.get('/api/v1/search?q=x&type=antrag');
	expect(response.status()).toBe(400);
	expect(((await response.json()) as { message: string }).message).toContain('Unbekannter Typ');
});
