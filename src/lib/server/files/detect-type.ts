import JSZip from 'jszip';
import { DOCX, ODT, PDF, type AcceptedMediaType } from './media-types';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** PDF readers accept the header anywhere in the first kilobyte (leading garbage from mailers). */
const PDF_HEADER_WINDOW = 1024;

/**
 * The document type of `bytes`, judged by content alone: a name or a browser's claim can say
 * anything. DOCX and ODT are zip archives, so the zip signature proves little (any .zip, .xlsx or
 * .jar has it); their inner structure decides: the OOXML content types naming a Word main
 * document that exists, or the ODF `mimetype` entry with a `content.xml`. Null for anything else.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<AcceptedMediaType | null> {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const pdfAt = buffer.subarray(0, PDF_HEADER_WINDOW).indexOf(PDF_MAGIC);
	if (pdfAt >= 0) return PDF;
	if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return detectZipDocument(buffer);
	return null;
}

async function detectZipDocument(buffer: Buffer): Promise<AcceptedMediaType | null> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(buffer);
	} catch {
		return null;
	}
	const odfMimetype = zip.file('mimetype');
	if (odfMimetype) {
		const declared = (await odfMimetype.async('string')).trim();
		return declared === ODT && zip.file('content.xml') ? ODT : null;
	}
	const contentTypes = zip.file('[Content_Types].xml');
	if (!contentTypes) return null;
	const xml = await contentTypes.async('string');
	// The Override entry names the main document part; macro-enabled (.docm) and templates differ.
	const main =
		/<Override\b[^>]*PartName="\/?([^"]+)"[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/i.exec(
			xml
		);
	const mainReversed =
		/<Override\b[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"[^>]*PartName="\/?([^"]+)"/i.exec(
			xml
		);
	const part = main?.[1] ?? mainReversed?.[1];
	return part && zip.file(part) ? DOCX : null;
}
