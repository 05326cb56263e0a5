import { beforeAll, describe, expect, it } from 'vitest';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { loadMotionViewer, type MotionViewer } from '../../motions/visibility';
import { createTestDatabase } from '../../testing/test-db';
import { seedSearchCorpus, type CorpusKey } from '../testing/corpus';
import { searchDocuments, type DocumentSearchOptions } from './search-documents';

let f: DirectoryFixtures;
let ids: Record<CorpusKey, string>;
let board: MotionViewer;
let anonymous: MotionViewer;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	ids = await seedSearchCorpus(f);
	board = await loadMotionViewer(f.users.board);
	anonymous = await loadMotionViewer(null);
});

const keyOf = (id: string) =>
	(Object.keys(ids) as CorpusKey[]).find((key) => ids[key] === id) ?? id;

async function found(query: string, options: Partial<DocumentSearchOptions> = {}) {
	const result = await searchDocuments({ viewer: board, query, limit: 100, ...options });
	return result.items.map((item) => keyOf(item.id));
}

describe('searchDocuments: German full text', () => {
	it('finds Kita when searching Kitas, and Kitas when searching Kita', async () => {
		expect(await found('Kitas')).toEqual(expect.arrayContaining(['kitaPlaces', 'kitaStaff']));
		expect(await found('Kita')).toEqual(expect.arrayContaining(['kitaPlaces', 'kitaStaff']));
	});

	it('finds Schule when searching Schulen (and Schulen when searching Schule)', async () => {
		const schulen = await found('Schulen');
		expect(schulen).toEqual(
			expect.arrayContaining(['schoolLunch', 'schoolBody', 'schoolTitle', 'schoolRoutes', 'sports'])
		);
		expect(new Set(await found('Schule'))).toEqual(new Set(schulen));
	});

	it('matches a phrase in quotes only with its words in order', async () => {
		expect(await found('"kostenlose Schülerbeförderung"')).toEqual(['schoolTransport']);
		expect(await found('kostenlose Schülerbeförderung')).toEqual(
			expect.arrayContaining(['schoolTransport', 'transportApart'])
		);
	});

	it('finds words by prefix, umlauts folded as the stemmer does', async () => {
		expect(new Set(await found('sanier*'))).toEqual(new Set(['schoolRenovation', 'swimmingPool']));
		expect(await found('Schül*')).toEqual(
			expect.arrayContaining(['schoolTransport', 'schoolTitle', 'solar'])
		);
		expect(await found('Straß*')).toEqual(['streets']);
	});

	it('ranks a title hit above a body hit', async () => {
		const ranked = await found('Schule Anklam');
		expect(ranked.slice(0, 2)).toEqual(['schoolTitle', 'schoolBody']);
	});

	it('finds text of attachments', async () => {
		expect(await found('Rufbusse')).toEqual(['attachmentOnly']);
	});

	it('marks the matched words in the snippet', async () => {
		const { items } = await searchDocuments({ viewer: board, query: 'Sanierung' });
		const item = items.find((i) => i.id === ids.schoolRenovation)!;
		expect(item.highlights.length).toBeGreaterThan(0);
		for (const [start, end] of item.highlights) {
			expect(item.snippet.slice(start, end)).toBe('Sanierung');
		}
		const titled = (await searchDocuments({ viewer: board, query: 'Kitas' })).items.find(
			(i) => i.id === ids.kitaStaff
		)!;
		expect(titled.titleHighlights.map(([a, b]) => titled.title.slice(a, b))).toEqual(['Kitas']);
	});

	it('lists newest first without a query or when sorted by date', async () => {
		const dated = await searchDocuments({ viewer: anonymous, query: 'Kita', sort: 'date' });
		const dates = dated.items.map((item) => item.date!);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});
