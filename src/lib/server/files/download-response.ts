import { Readable } from 'node:stream';
import { contentDisposition } from './content-disposition';
import { openFileStream } from './file-store';

/** A file from the store as a download offers it. */
export interface StoredDownload {
	sha256: string;
	mediaType: string;
	size: number;
	fileName: string;
}

/**
 * A stored file (motion attachment, event material, council file) as a download: the type
 * detected from its content, no sniffing and a sandbox, so an uploaded or imported file can never
 * run as a page of this site. Only caching differs between the callers: `private` files must not
 * stay in shared caches; a public content-addressed one may, validated by its hash.
 */
export function storedFileDownload(
	file: StoredDownload,
	caching: { private: true } | { private: false; maxAgeSeconds: number }
): Response {
	const cacheHeaders: Record<string, string> = caching.private
		? { 'Cache-Control': 'private, no-cache' }
		: { ETag: `"${file.sha256}"`, 'Cache-Control': `public, max-age=${caching.maxAgeSeconds}` };
	return new Response(Readable.toWeb(openFileStream(file.sha256)) as ReadableStream, {
		headers: {
			'Content-Type': file.mediaType,
			'Content-Length': String(file.size),
			'Content-Disposition': contentDisposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			...cacheHeaders,
			'Content-Security-Policy': "default-src 'none'; sandbox"
		}
	});
}

/**
 * A CSV export (attendees, problem report, directory) as a download. Exports hold personal or
 * internal data: no cache may keep them, and the browser must not sniff them into a page.
 */
export function csvDownload(file: { content: string; fileName: string }): Response {
	return new Response(file.content, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': contentDisposition(file.fileName),
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
}
