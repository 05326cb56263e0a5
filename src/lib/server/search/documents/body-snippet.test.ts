import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-db';
import { bodySnippets, snippetTerms } from './body-snippet';

beforeAll(async () => {
	await createTestDatabase();
});

/** The marked words of the snippet of `body` for `query`, and the snippet. */
async function marked(query: string, body: string) {
	const [result] = await bodySnippets([body], await snippetTerms(query));
	return result
		? {
				words: result.highlights.map(([start, end]) => result.snippet.slice(start, end)),
				snippet: result.snippet
			}
		: null;
}

describe('bodySnippets', () => {
	it('marks every form the stemmer relates, and no word that only starts alike', async () => {
		const result = await marked(
			'Schulen Rat',
			'Die Schule am Rathaus braucht Räte; der Rat der Schüler berät über Schulwege.'
		);
		// Räte is Rat to the stemmer (rat); berät (berat), Rathaus and Schulwege are other words.
		expect(result!.words).toEqual(['Schule', 'Räte', 'Rat', 'Schüler']);
	});

	it('marks prefixes, plural variants and phrase words, never excluded words', async () => {
		expect((await marked('schul* -Kita', 'Schulweg und Schulbus, dazu eine Kita.'))!.words).toEqual(
			['Schulweg', 'Schulbus']
		);
		expect((await marked('Kitas', 'Die Kita ist voll, alle Kitas auch.'))!.words).toEqual([
			'Kita',
			'Kitas'
		]);
		expect(
			(await marked('"kostenlose Schülerbeförderung"', 'Die kostenlose Schülerbeförderung kommt.'))!
				.words
		).toEqual(['kostenlose', 'Schülerbeförderung']);
	});

	it('cuts a long body into two fragments around the matches, as plain text', async () => {
		const filler = (count: number) => Array.from({ length: count }, (_, i) => `wort${i}`).join(' ');
		const body = `## Antrag\n\n${filler(40)} **Radweg** ${filler(60)} ein [Radweg](https://example.org) ${filler(40)}`;
		const result = (await marked('Radweg', body))!;
		expect(result.words).toEqual(['Radweg', 'Radweg']);
		expect(result.snippet).toContain(' … ');
		expect(result.snippet).not.toMatch(/[*#[\]]|https/);
		expect(result.snippet.split(' … ')).toHaveLength(2);
		// About 200 characters each, whole words.
		for (const fragment of result.snippet.split(' … ')) {
			expect(fragment.length).toBeLessThan(230);
			expect(fragment).toMatch(/^wort\d+ .* wort\d+$/);
		}
	});

	it('gives nothing for a body without a match', async () => {
		expect(await marked('Radweg', 'Nur der Haushalt.')).toBeNull();
	});
});
