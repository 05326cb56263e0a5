import { describe, expect, it } from 'vitest';
import { importedPersonName, normalizePersonName, plainText } from './normalize-name';

describe('normalizePersonName', () => {
	it('drops forms of address and titles, with and without full stops', () => {
		expect(normalizePersonName('Herr Dr. Peter Müller')).toBe('peter mueller');
		expect(normalizePersonName('Frau Prof. Dr.-Ing. Anna Schulz')).toBe('anna schulz');
		expect(normalizePersonName('Dipl.-Kfm. Jens Groß')).toBe('jens gross');
		expect(normalizePersonName('Dr Maria Weiß')).toBe('maria weiss');
	});

	it('spells out umlauts the way a keyboard without them does', () => {
		expect(normalizePersonName('Jürgen Köhler')).toBe(normalizePersonName('Juergen Koehler'));
	});

	it('keeps double names and drops accents and middle initials', () => {
		expect(normalizePersonName('Anne-Marie  Léger')).toBe('anne marie leger');
		expect(normalizePersonName('Peter M. Huppertz')).toBe('peter huppertz');
	});
});

describe('importedPersonName', () => {
	it('prefers given and family name over the decorated display name', () => {
		expect(
			importedPersonName({
				name: 'Herr Peter Huppertz',
				givenName: 'Peter',
				familyName: 'Huppertz'
			})
		).toBe('peter huppertz');
		expect(
			importedPersonName({ name: 'Frau Dr. Eva Roth', givenName: null, familyName: 'Roth' })
		).toBe('eva roth');
	});
});

describe('plainText', () => {
	it('turns punctuation into single spaces', () => {
		expect(plainText('Fraktion BÜNDNIS 90/DIE GRÜNEN')).toBe('fraktion buendnis die gruenen');
	});
});
