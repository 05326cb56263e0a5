import { describe, expect, it } from 'vitest';
import { DOCX, ODT, PDF } from '../../files/media-types';
import { attachmentFileName } from './file-name';

describe('attachmentFileName', () => {
	it('keeps a good name and drops folders', () => {
		expect(attachmentFileName('Beschluss Kita 2026.pdf', PDF)).toBe('Beschluss Kita 2026.pdf');
		expect(attachmentFileName('/home/x/Antrag.ODT', ODT)).toBe('Antrag.ODT');
	});

	it('adds the extension of the detected type when the name claims another', () => {
		expect(attachmentFileName('antrag.pdf', DOCX)).toBe('antrag.pdf.docx');
		expect(attachmentFileName('ohne-endung', PDF)).toBe('ohne-endung.pdf');
	});

	it('removes characters that break headers or file systems, and limits the length', () => {
		expect(attachmentFileName('a"b\r\nc<d>.pdf', PDF)).toBe('a b c d.pdf');
		expect(attachmentFileName('...', PDF)).toBe('Anhang.pdf');
		expect(attachmentFileName(`${'x'.repeat(400)}.pdf`, PDF)).toHaveLength(150);
	});
});
