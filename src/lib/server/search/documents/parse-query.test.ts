import { describe, expect, it } from 'vitest';
import { foldForPrefix, parseQuery, pluralVariant } from './parse-query';

describe('parseQuery', () => {
	it('splits words, "phrases", prefixes and exclusions', () => {
		expect(parseQuery('Kita „kostenlose Beförderung“ schul* -Gebühren')).toEqual([
			{ kind: 'phrase', text: 'kostenlose Beförderung', negated: false },
			{ kind: 'word', text: 'Kita', negated: false },
			{ kind: 'prefix', text: 'schul', negated: false },
			{ kind: 'word', text: 'Gebühren', negated: true }
		]);
	});

	it('never fails on stray quotes, operators or punctuation', () => {
		expect(parseQuery('"Kita')).toEqual([{ kind: 'word', text: 'Kita', negated: false }]);
		expect(parseQuery(`'); DROP TABLE x; -- & | ! :*`)).toEqual([
			{ kind: 'word', text: 'DROP', negated: false },
			{ kind: 'word', text: 'TABLE', negated: false },
			{ kind: 'word', text: 'x', negated: false }
		]);
		expect(parseQuery('a*')).toEqual([{ kind: 'word', text: 'a', negated: false }]);
		expect(parseQuery('Kita-Gebühren')).toEqual([
			{ kind: 'phrase', text: 'Kita Gebühren', negated: false }
		]);
	});
});

describe('prefix folding and plural variants', () => {
	it('folds a prefix the way the german stemmer writes lexemes', () => {
		expect(foldForPrefix('Schül')).toBe('schul');
		expect(foldForPrefix('Straß')).toBe('strass');
		expect(foldForPrefix('Öffn')).toBe('offn');
	});

	it('relates the -s plural the stemmer leaves alone, and nothing else', () => {
		expect(pluralVariant('Kitas')).toBe('kita');
		expect(pluralVariant('Kita')).toBe('kitas');
		expect(pluralVariant('Autos')).toBe('auto');
		expect(pluralVariant('Kreis')).toBeNull();
		expect(pluralVariant('Schulen')).toBeNull();
	});
});
