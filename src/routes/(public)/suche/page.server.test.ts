import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { seedDirectoryFixtures } from '$lib/server/directory/testing/directory-fixtures';
import { seedSearchCorpus, type CorpusKey } from '$lib/server/search/testing/corpus';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load } from './+page.server';

let ids: Record<CorpusKey, string>;

beforeAll(async () => {
	await createTestDatabase();
	ids = await seedSearchCorpus(await seedDirectoryFixtures());
});

async function open(url: string, email?: string) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const { event } = await testEvent({ url, jar });
	return (await load(event as never)) as Awaited<ReturnType<typeof load>>;
}

describe('/suche', () => {
	it('shows results with facets, and a faction draft only to its faction, in results and counts', async () => {
		const url = '/suche?q=Kita&type=motion';
		const anonymous = await open(url);
		const faction = await open(url, 'fraktion@example.org');
		const draftCount = (data: typeof anonymous) =>
			data.result.facets?.status.find((entry) => entry.value === 'draft')?.count ?? 0;
		expect(anonymous.result.items.map((item) => item.id)).not.toContain(ids.draftFaction);
		expect(draftCount(anonymous)).toBe(0);
		expect(JSON.stringify(anonymous)).not.toContain('Sozialstaffel');
		expect(faction.result.items.map((item) => item.id)).toContain(ids.draftFaction);
		expect(draftCount(faction)).toBe(1);
		expect(faction.result.total).toBe(anonymous.result.total + 2);
	});

	it('keeps the searched words and filters, and explains a bad filter instead of failing', async () => {
		const data = await open('/suche?q=Schulen&kind=motion&year=2024&sort=date&page=1');
		expect(data.params).toEqual({
			q: 'Schulen',
			page: 1,
			sort: 'date',
			type: undefined,
			filters: expect.objectContaining({ kind: ['motion'], year: [2024] })
		});
		expect(data.result.items.map((item) => item.id)).toEqual([ids.sports, ids.schoolRoutes]);
		const bad = await open('/suche?q=Kita&year=irgendwann');
		expect(bad.problem).toBe('Das Jahr muss eine Zahl sein.');
		expect(bad.result).toEqual({ total: 0, items: [] });
	});
});
