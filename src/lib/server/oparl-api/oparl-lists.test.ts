import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { membership, person } from '../directory/schema';
import { createTestDatabase } from '../testing/test-db';
import { MAX_LIMIT } from './list-params';
import { bodiesUrl, bodyListUrl } from './oparl-urls';
import { serveOparl } from './serve-oparl';
import {
	apiPath,
	fetchAllPages,
	fetchOparl,
	seedApiFixtures,
	type ApiFixtures
} from './testing/api-fixtures';

interface List {
	data: { id: string; name?: string }[];
	pagination: { totalElements: number; elementsPerPage: number };
	links: { first: string; self: string; next?: string };
}

describe('OParl API external lists', () => {
	let f: ApiFixtures;
	beforeAll(async () => {
		await createTestDatabase();
		f = await seedApiFixtures();
	}, 120_000);

	it('pages through a list by links.next without gaps or repeats, keeping the filters', async () => {
		const all = (await fetchOparl(bodiesUrl())) as unknown as List;
		const url = `${bodiesUrl()}?limit=7&created_since=2000-01-01T00:00:00Z`;
		const first = (await fetchOparl(url)) as unknown as List;
		expect(first.data).toHaveLength(7);
		expect(first.pagination).toEqual({
			totalElements: all.pagination.totalElements,
			elementsPerPage: 7
		});
		expect(first.links.next).toContain('limit=7');
		expect(first.links.next).toContain('created_since=2000-01-01T00%3A00%3A00.000Z');
		const paged = await fetchAllPages(url);
		const ids = paged.map((body) => body.id);
		expect(ids).toHaveLength(all.pagination.totalElements);
		expect(new Set(ids).size).toBe(ids.length);
		// A larger wish is served in pages of the largest size.
		const big = (await fetchOparl(`${bodiesUrl()}?limit=100000`)) as unknown as List;
		expect(big.pagination.elementsPerPage).toBe(MAX_LIMIT);
	});

	it('filters by modified_since, counting changes of embedded memberships', async () => {
		const people = bodyListUrl(f.bodies.vorpommernGreifswald, 'person');
		const old = new Date('2020-01-01T00:00:00Z');
		await db.update(person).set({ modifiedAt: old });
		await db.update(membership).set({ modifiedAt: old });
		const names = async (query: string) =>
			((await fetchOparl(`${people}?${query}`)) as unknown as List).data.map((p) => p.name);
		expect(await names('')).toEqual(expect.arrayContaining(['Greta Beispielhaft', 'Otto Früher']));
		expect(await names('modified_since=2021-01-01T00:00:00%2B01:00')).toEqual([]);
		// Otto's seat changes: the person embedding it counts as changed.
		await db
			.update(membership)
			.set({ endDate: '2024-06-09', modifiedAt: new Date() })
			.where(eq(membership.personId, f.people.otto));
		expect(await names('modified_since=2021-01-01T00:00:00Z')).toEqual(['Otto Früher']);
		expect(await names('modified_until=2021-01-01T00:00:00Z')).toEqual(['Greta Beispielhaft']);
		expect(await names('created_until=2000-01-01T00:00:00Z')).toEqual([]);
	});

	it('refuses malformed filters and answers 404 for lists of unknown bodies', async () => {
		const { path } = apiPath(bodyListUrl(f.bodies.rostock, 'paper'));
		for (const query of ['limit=0', 'modified_since=gestern', 'after=abc']) {
			const answer = await serveOparl(path, new URLSearchParams(query));
			expect(answer.status, query).toBe(400);
		}
		const unknown = await serveOparl(
			'body/00000000-0000-4000-8000-000000000000/people',
			new URLSearchParams()
		);
		expect(unknown.status).toBe(404);
		expect(
			(await serveOparl(`body/${f.bodies.rostock}/sitzungen`, new URLSearchParams())).status
		).toBe(404);
	});
});
