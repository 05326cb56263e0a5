// fontkit ships no types; this is the part the PDF export uses (pdfkit embeds fonts through it).
declare module 'fontkit' {
	export interface Font {
		/** Every Unicode code point the font has a glyph for. */
		readonly characterSet: number[];
		hasGlyphForCodePoint(codePoint: number): boolean;
	}
	export function create(buffer: Buffer | Uint8Array): Font;
}
