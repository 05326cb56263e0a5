/** The body was longer than allowed; reading stopped there. */
export class FileTooLargeForSourceError extends Error {
	constructor(
		readonly maxBytes: number,
		readonly announcedBytes: number | null
	) {
		super(
			announcedBytes !== null
				? `Die Datei ist ${megabytes(announcedBytes)} MB groß; erlaubt sind höchstens ${megabytes(maxBytes)} MB.`
				: `Die Datei ist größer als die erlaubten ${megabytes(maxBytes)} MB.`
		);
		this.name = 'FileTooLargeForSourceError';
	}
}

/**
 * Reads a response body up to `maxBytes`: a larger announced length is refused before a byte is
 * read, and a body that grows past the limit (no or a false Content-Length) is cancelled as soon
 * as it does, so a huge file never sits in memory.
 */
export async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
	const announced = Number(response.headers.get('content-length'));
	if (Number.isFinite(announced) && announced > maxBytes) {
		await response.body?.cancel().catch(() => undefined);
		throw new FileTooLargeForSourceError(maxBytes, announced);
	}
	if (!response.body) return new Uint8Array();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw new FileTooLargeForSourceError(maxBytes, null);
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks, total);
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 });
}
