import { contentDisposition } from '../../files/content-disposition';
import { exportFileStem, type ExportMotion } from './export-model';

/**
 * Headers of an export download: a safe ASCII name plus the UTF-8 one (RFC 6266), never cached by
 * shared caches (a draft's export is private), and no content sniffing by the browser.
 */
export function exportHeaders(
	motion: ExportMotion,
	extension: 'pdf' | 'docx',
	contentType: string,
	size: number
): Record<string, string> {
	return {
		'Content-Type': contentType,
		'Content-Length': String(size),
		'Content-Disposition': contentDisposition(`${exportFileStem(motion)}.${extension}`),
		'Cache-Control': 'private, no-store',
		'X-Content-Type-Options': 'nosniff'
	};
}
