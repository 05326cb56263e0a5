import { describe, expect, it } from 'vitest';
import { listHref } from './list-href';

describe('listHref', () => {
	it('is the plain path without filters on the first page', () => {
		expect(listHref('/verwaltung/personen', { suche: '', rolle: '' })).toBe('/verwaltung/personen');
		expect(listHref('/verwaltung/personen', { suche: '' }, 1)).toBe('/verwaltung/personen');
	});

	it('keeps the set filters in order, encoded, and adds the page from page 2 on', () => {
		expect(
			listHref('/verwaltung/postausgang', { status: 'failed', kategorie: '', suche: 'a&b@x.de' }, 3)
		).toBe('?status=failed&suche=a%26b%40x.de&seite=3');
		expect(listHref('/verwaltung/protokoll', { aktion: '' }, 2)).toBe('?seite=2');
	});
});
