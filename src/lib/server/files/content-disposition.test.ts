import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
	it('sends an ASCII fallback and the exact UTF-8 name', () => {
		expect(contentDisposition('Straßenausbau Müritz (2026).pdf')).toBe(
			`attachment; filename="Strassenausbau Muritz (2026).pdf"; filename*=UTF-8''Stra%C3%9Fenausbau%20M%C3%BCritz%20%282026%29.pdf`
		);
	});

	it('never lets quotes or line breaks out of the header', () => {
		const header = contentDisposition('a"b\r\nX-Evil: 1.pdf');
		expect(header).not.toMatch(/[\r\n]/);
		expect(header.split('"')).toHaveLength(3);
	});
});
