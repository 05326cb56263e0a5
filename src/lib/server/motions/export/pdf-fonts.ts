import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'fontkit';

/**
 * The PDF export's typefaces: DejaVu Sans (and Sans Mono for code), shipped in `assets/fonts/dejavu`
 * with their licence and embedded (subset) into every PDF. The 14 standard PDF fonts know only
 * Windows-1252, so Polish, Czech or Turkish names (ą, č, ğ, œ …) came out as "?"; DejaVu covers
 * Latin, Greek and Cyrillic with typographic punctuation.
 */
export const FONTS = {
	regular: 'DejaVuSans',
	bold: 'DejaVuSans-Bold',
	italic: 'DejaVuSans-Oblique',
	boldItalic: 'DejaVuSans-BoldOblique',
	code: 'DejaVuSansMono'
} as const;

type FontName = (typeof FONTS)[keyof typeof FONTS];

export interface FontSet {
	files: Record<FontName, Buffer>;
	/** Code points every one of the fonts can draw; anything else is printed as "?". */
	covered: ReadonlySet<number>;
}

let loaded: FontSet | null = null;

/** Where the fonts lie: beside the migrations in a checkout, whether run from src or build. */
export function fontsFolder(): string {
	const candidates = [
		path.resolve('assets/fonts/dejavu'),
		path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../assets/fonts/dejavu')
	];
	const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'LICENSE')));
	if (!found)
		throw new Error(
			`Schriften für den PDF-Export nicht gefunden (gesucht: ${candidates.join(', ')})`
		);
	return found;
}

/** Read once per process (about 3 MB); each PDF embeds only the glyphs it uses. */
export function pdfFonts(): FontSet {
	if (loaded) return loaded;
	const folder = fontsFolder();
	const files = Object.fromEntries(
		Object.values(FONTS).map((name) => [name, fs.readFileSync(path.join(folder, `${name}.ttf`))])
	) as Record<FontName, Buffer>;
	const sets = Object.values(files).map((buffer) => new Set(create(buffer).characterSet));
	const [first, ...rest] = sets;
	const covered = new Set([...first!].filter((point) => rest.every((set) => set.has(point))));
	loaded = { files, covered };
	return loaded;
}

export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
	for (const [name, buffer] of Object.entries(pdfFonts().files)) doc.registerFont(name, buffer);
}

/**
 * Text as the fonts can print it: control characters dropped, typographic spaces and hyphens
 * the fonts lack made plain, and anything else they cannot draw (emoji, CJK) a question mark
 * that at least shows something is missing, instead of an empty box.
 */
export function printable(text: string): string {
	const { covered } = pdfFonts();
	let result = '';
	for (const char of text.normalize('NFC')) {
		const code = char.codePointAt(0)!;
		if (char === '\n' || char === '\t') result += char;
		else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
		else if (covered.has(code)) result += char;
		else if (char === '\u2011' || char === '\u2010') result += '-';
		else if (/\s/u.test(char) || char === '\u200b') result += ' ';
		else result += '?';
	}
	return result;
}
