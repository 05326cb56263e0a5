import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { filtersFromParams } from '$lib/shared/saved-searches';
import { describeFilters } from '../../alerts/describe-filters';
import { ANONYMOUS_MOTION_VIEWER } from '../../motions/visibility';
import { searchDocuments } from '../../search/documents/search-documents';
import { parseSearchParams } from '../../search/search-params';
import { searchWithFacets } from '../../search/search-with-facets';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { indexOparlObjects } from './index-oparl-objects';
import { CouncilRows } from './testing/council-rows';

let north: CouncilRows;
let south: CouncilRows;
const ids: Record<string, string> = {};

beforeAll(async () => {
	await createTestDatabase();
	north = await CouncilRows.create({ bodyName: 'Gemeinde Nordheim' });
	south = await CouncilRows.create({ bodyName: 'Stadt Südhafen' });
	const committee = await north.organization('Umweltausschuss');
	ids.northPaper = await north.paper({
		name: 'Windenergie auf dem Kirchberg',
		reference: 'BV/2025/3',
		paperType: 'Beschlussvorlage',
		date: '2025-05-02'
	});
	ids.northMotion = await north.paper({
		name: 'Windenergie: Abstand zu Wohnhäusern',
		reference: 'AN/2025/9',
		// A council's paper type that reads like a motion type label of the network.
		paperType: 'Antrag',
		date: '2024-11-20'
	});
	ids.southPaper = await south.paper({
		name: 'Windenergie im Hafengebiet',
		reference: '2025/0815',
		paperType: 'Mitteilung',
		date: '2025-03-01'
	});
	ids.cancelled = await north.meeting({
		name: 'Umweltausschuss (Windenergie)',
		start: new Date('2025-06-03T16:00:00Z'),
		cancelled: true,
		organizationIds: [committee]
	});
	await indexOparlObjects(db, Object.values(ids));
});

describe(`council documents in the one search on ${testDatabaseKind}`, () => {
	it('are found by everyone with their council, kind and facets', async () => {
		const params = parseSearchParams(new URLSearchParams('q=Windenergie&facets=1'));
		if (!params.ok) throw new Error(params.message);
		const result = await searchWithFacets(null, params.value, true);
		expect(result.items.map((item) => item.id).sort()).toEqual(Object.values(ids).sort());
		const paper = result.items.find((item) => item.id === ids.northPaper)!;
		expect(paper).toMatchObject({
			type: 'paper',
			title: 'BV/2025/3 – Windenergie auf dem Kirchberg',
			url: `/ratsinfo/vorlagen/${ids.northPaper}`,
			kind: 'Beschlussvorlage',
			council: 'Gemeinde Nordheim',
			date: '2025-05-02'
		});
		expect(result.items.find((item) => item.id === ids.cancelled)).toMatchObject({
			type: 'meeting',
			status: 'cancelled',
			council: 'Gemeinde Nordheim'
		});
		expect(result.facets!.council).toEqual([
			{ value: north.bodyId, label: 'Gemeinde Nordheim', count: 3 },
			{ value: south.bodyId, label: 'Stadt Südhafen', count: 1 }
		]);
		expect(result.facets!.kind).toEqual(
			expect.arrayContaining([
				{ value: 'Beschlussvorlage', label: 'Beschlussvorlage', count: 1 },
				// Told apart from the network's own motions ("Antrag").
				{ value: 'Antrag', label: 'Antrag (Ratsvorlage)', count: 1 }
			])
		);
		expect(result.facets!.status).toEqual([{ value: 'cancelled', label: 'abgesagt', count: 1 }]);
	});

	it('narrow to one council, a paper type and cancelled meetings through the query string', async () => {
		const search = async (query: string) => {
			const params = parseSearchParams(new URLSearchParams(query));
			if (!params.ok) throw new Error(params.message);
			return (await searchWithFacets(null, params.value, false)).items.map((item) => item.id);
		};
		expect((await search(`q=Windenergie&council=${south.bodyId}`)).sort()).toEqual([
			ids.southPaper
		]);
		expect(await search('q=Windenergie&kind=Beschlussvorlage')).toEqual([ids.northPaper]);
		expect(await search('type=meeting&status=cancelled')).toEqual([ids.cancelled]);
		// People have no council: a council filter leaves them out rather than ignoring it.
		expect(await search(`council=${north.bodyId}&type=person`)).toEqual([]);
	});

	it('the council filter can use its index (newest first within one body)', async () => {
		const statement = sql`EXPLAIN SELECT id FROM search_document
			WHERE oparl_body_id IN (${north.bodyId}::uuid) ORDER BY date DESC, id DESC LIMIT 1001`;
		const plan = await db.transaction(async (tx) => {
			// Four rows make a scan cheapest; the point is that the planner may use the index.
			await tx.execute(sql`SET LOCAL enable_seqscan = off`);
			return tx.execute(statement);
		});
		const text = JSON.stringify(plan);
		expect(text).toContain('search_document_oparl_body_idx');
	});

	it('saved searches name the council they are narrowed to', async () => {
		const filters = { council: [north.bodyId], kind: ['Beschlussvorlage'] };
		const described = await describeFilters([filters]);
		expect(described.get(filters)).toEqual([
			{ label: 'Art', values: ['Beschlussvorlage'] },
			{ label: 'Körperschaft', values: ['Gemeinde Nordheim'] }
		]);
		expect(filtersFromParams(new URLSearchParams(`council=${north.bodyId}`))).toEqual({
			council: [north.bodyId]
		});
	});

	it('stay within what the search counts (a date filter with the council)', async () => {
		const result = await searchDocuments({
			viewer: ANONYMOUS_MOTION_VIEWER,
			filters: { council: [north.bodyId], year: [2024] }
		});
		expect(result.items.map((item) => item.id)).toEqual([ids.northMotion]);
	});
});
