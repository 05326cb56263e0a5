import { describe, expect, it } from 'vitest';
import { resultCountText } from './result-count';

const text = (total: number, totalCapped?: boolean, query = 'Kita', page = 1, pageCount = 1) =>
	resultCountText({ result: { total, totalCapped }, query, page, pageCount });

describe('resultCountText: what the search page says about a count', () => {
	it('says an exact count as it is, phrases included', () => {
		expect(text(0)).toBe('Keine Treffer für „Kita“.');
		expect(text(0, false, '')).toBe('Keine Treffer.');
		expect(text(1)).toBe('1 Treffer');
		expect(text(54, false, '"kostenlose Schülerbeförderung"')).toBe('54 Treffer');
		expect(text(1000)).toBe('1.000 Treffer');
	});

	it('says "more than" at the cap and names the page beyond one', () => {
		expect(text(1000, true)).toBe('Mehr als 1.000 Treffer');
		expect(text(1000, true, 'Kita', 3, 50)).toBe('Mehr als 1.000 Treffer, Seite 3 von 50');
		expect(text(45, false, 'Kita', 2, 3)).toBe('45 Treffer, Seite 2 von 3');
	});

	it('says why a phrase’s count below the cap is a lower bound', () => {
		expect(text(37, true, '"Schule Kita Bus"')).toBe(
			'Mindestens 37 Treffer (die Wortfolge wurde in den neuesten 1.000 infrage kommenden Dokumenten geprüft, ältere nicht)'
		);
		expect(text(0, true, '"Schule Kita Bus"')).toBe(
			'Keine Treffer (die Wortfolge wurde in den neuesten 1.000 infrage kommenden Dokumenten geprüft, ältere nicht).'
		);
	});
});
