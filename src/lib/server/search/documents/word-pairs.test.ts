import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { ANONYMOUS_MOTION_VIEWER } from '../../motions/visibility';
import { searchDocument } from '../schema';
import { boundedMatches } from './matches';
import { rowsOf } from './rows';
import { countDocuments } from './search-documents';
import { documentTsQuery } from './tsquery';
import { NO_PAIRS, phraseWordPairs, type PhrasePairs } from './word-pairs';

// Texts where a phrase and its word pairs could part ways: stop words between the words, the
// join of title and body, hyphenated compounds, repeated words, all pairs present but not in
// the phrase's order, and one word longer than the pairs index takes. All of one day but the
// scattered pairs, newer, so a cap of one candidate checks just those.
const TEXTS: Record<string, { title: string; body: string; date?: string }> = {
	inOrder: { title: 'Schülerbeförderung', body: 'Wir fordern die kostenlose Schülerbeförderung.' },
	apart: { title: 'Beförderung', body: 'Die Schülerbeförderung soll kostenlose Tickets bringen.' },
	acrossTitle: { title: 'Antrag für kostenlose', body: 'Schülerbeförderung im ganzen Kreis' },
	stopWords: { title: 'Kita', body: 'Die Kita in der Stadt bekommt einen Garten.' },
	compound: { title: 'Gebühren', body: 'Die Kita-Gebühren senken, sagt die Fraktion.' },
	pairsScattered: {
		title: 'Verkehr',
		body: 'Schule Kita. Kita Bus fährt. Bus Schule Kita.',
		date: '2025-02-01'
	},
	threeInOrder: { title: 'Verkehr', body: 'Zwischen Schule Kita Bus liegt der Markt.' },
	repeated: { title: 'Stadt', body: 'Stadt Stadt Land Fluss' },
	longWord: {
		title: 'Lang',
		body: `Wort ${'x'.repeat(600)}${'y'.repeat(500)} ${'z'.repeat(900)} Ende`
	}
};

const QUERIES = [
	'"kostenlose Schülerbeförderung"',
	'"Schülerbeförderung kostenlose"',
	'"Kita in der Stadt"',
	'"Kita Stadt"',
	'"Kita Gebühren senken"',
	'"Kita-Gebühren"',
	'"Schule Kita Bus"',
	'"Kita Bus Schule"',
	'"Kita Bus in der Stadt"',
	'"Stadt Stadt"',
	'"Stadt Land" Fluss',
	'"Stadt Land" -Fluss',
	'"Schule Kita" "Kita Bus"',
	'Kita -"Schule Kita"',
	`"Wort ${'x'.repeat(600)}${'y'.repeat(500)} ${'z'.repeat(900)}"`
];

const keyOf = new Map<string, string>();

beforeAll(async () => {
	await createTestDatabase();
	for (const [key, text] of Object.entries(TEXTS)) {
		const sourceId = randomUUID();
		keyOf.set(sourceId, key);
		await db.insert(searchDocument).values({
			type: 'motion',
			sourceId,
			date: '2025-01-01',
			...text,
			url: `/antraege/${sourceId}`,
			access: 'public'
		});
	}
});

/** What the phrase means: every document whose tsvector holds the query, checked row by row. */
async function truth(query: string): Promise<string[]> {
	const rows = rowsOf<{ source_id: string }>(
		await db.execute(
			sql`SELECT source_id FROM search_document WHERE tsv @@ (${documentTsQuery(query)})`
		)
	);
	return rows.map((row) => keyOf.get(row.source_id)!).sort();
}

async function matched(query: string, phrases: PhrasePairs) {
	const matches = boundedMatches('m', [], query, 1000, { phrases });
	const rows = rowsOf<{ source_id: string }>(
		await db.execute(
			sql`WITH ${matches.ctes} SELECT d.source_id FROM m JOIN search_document d ON d.id = m.id`
		)
	);
	return rows.map((row) => keyOf.get(row.source_id)!).sort();
}

/** The count the search shows for a phrase, with a cap small enough for these texts. */
async function counted(query: string, phrases: PhrasePairs, cap: number) {
	const matches = boundedMatches('m', [], query, cap, { phrases });
	const [row] = rowsOf<{ total: number | string; capped: boolean | string }>(
		await db.execute(
			sql`WITH ${matches.ctes} SELECT ${matches.total} AS total, ${matches.capped} AS capped`
		)
	);
	return { total: Number(row!.total), capped: row!.capped === true || row!.capped === 't' };
}

describe('phraseWordPairs: the adjacent lexemes of the query’s phrases', () => {
	it('pairs the stemmed words of each phrase as the index writes them', async () => {
		expect(await phraseWordPairs('"kostenlose Schülerbeförderung"')).toEqual({
			pairs: ['kostenlos schulerbeforder'],
			covered: ['kostenlose Schülerbeförderung'],
			exact: true
		});
		expect(await phraseWordPairs('"Schule Kita Bus" Haushalt')).toEqual({
			pairs: ['kita bus', 'schul kita'],
			covered: ['Schule Kita Bus'],
			exact: false
		});
		// A word parted by stop words is looked up by itself; an excluded phrase needs the check.
		expect(await phraseWordPairs('"Kita Bus in der Stadt" -"Stadt Land"')).toEqual({
			pairs: ['kita bus'],
			covered: [],
			exact: false
		});
		expect((await phraseWordPairs('"Stadt Stadt"')).exact).toBe(true);
	});

	it('has none for words alone, excluded phrases, or words parted by stop words', async () => {
		expect(await phraseWordPairs('Kita Stadt')).toEqual(NO_PAIRS);
		expect(await phraseWordPairs('Kita -"Schule Kita"')).toEqual(NO_PAIRS);
		expect(await phraseWordPairs('"Kita in der Stadt"')).toEqual(NO_PAIRS);
		expect(await phraseWordPairs('"die Schule"')).toEqual(NO_PAIRS);
	});

	it('are all held by a document written as the phrase (which may hold more)', async () => {
		const [row] = rowsOf<{ pairs: string[] }>(
			await db.execute(
				sql`SELECT search_word_pairs(to_tsvector('german', 'Die Kita-Gebühren senken')) AS pairs`
			)
		);
		const { pairs } = await phraseWordPairs('"Kita-Gebühren senken"');
		expect(pairs).toEqual(['gebuhr senk', 'kita gebuhr']);
		// The compound itself ("kita-gebuhr") is a lexeme of the document, not of the phrase.
		expect(row!.pairs).toEqual(expect.arrayContaining(pairs));
		expect(row!.pairs).toContain('kita-gebuhr kita');
	});
});

describe('phrases through the word pairs index find exactly the phrase’s documents', () => {
	it.each(QUERIES)('%s', async (query) => {
		const expected = await truth(query);
		expect(await matched(query, await phraseWordPairs(query))).toEqual(expected);
		// And the same as without pairs, where the words alone find the candidates.
		expect(await matched(query, NO_PAIRS)).toEqual(expected);
	});

	it('finds the documents the cases were written for', async () => {
		expect(await truth('"kostenlose Schülerbeförderung"')).toEqual(['acrossTitle', 'inOrder']);
		expect(await truth('"Schule Kita Bus"')).toEqual(['threeInOrder']);
		expect(await truth('"Kita Gebühren senken"')).toEqual(['compound']);
		expect(await truth('"Stadt Stadt"')).toEqual(['repeated']);
	});
});

describe('phrase counts: exact unless more documents hold the words and pairs than the cap', () => {
	const twoWords = '"kostenlose Schülerbeförderung"';

	it('counts exactly when no more than the cap hold the pair, however many hold the words', async () => {
		// Three texts hold both words, two the pair (both in this order): with a cap of two, the
		// pair makes two candidates, all checked.
		expect(await counted(twoWords, await phraseWordPairs(twoWords), 2)).toEqual({
			total: 2,
			capped: false
		});
		// Without the pairs (as before them) the three holding the words are the candidates.
		expect((await counted(twoWords, NO_PAIRS, 2)).capped).toBe(true);
		// And through the service, with the search's own cap.
		expect(await countDocuments({ viewer: ANONYMOUS_MOTION_VIEWER, query: twoWords })).toEqual({
			total: 2,
			totalCapped: false
		});
	});

	it('caps a phrase of two words like a word: more documents hold the pair than the cap', async () => {
		expect(await counted(twoWords, await phraseWordPairs(twoWords), 1)).toEqual({
			total: 1,
			capped: true
		});
	});

	it('gives a longer phrase with more candidates than the cap as what the newest hold', async () => {
		const query = '"Schule Kita Bus"';
		const phrases = await phraseWordPairs(query);
		expect(phrases.exact).toBe(false);
		// Two texts hold both pairs: all checked, exact.
		expect(await counted(query, phrases, 2)).toEqual({ total: 1, capped: false });
		// The newer of them holds the pairs out of order; the older, unchecked, holds the phrase.
		expect(await counted(query, phrases, 1)).toEqual({ total: 0, capped: true });
	});
});
