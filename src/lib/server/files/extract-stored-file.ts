import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { extractDocumentText } from './extract-text';
import { readFileBytes } from './file-store';
import { isAcceptedMediaType } from './media-types';
import { storedFile } from './schema';

export type ExtractionOutcome = 'done' | 'no_text' | 'failed' | 'skipped';

/** Kept short: an error message for people reading the file's status, not a stack trace. */
const MAX_ERROR_CHARS = 500;

/**
 * Extracts a pending file's text once and records the outcome. A file without text (a scan) is
 * marked `no_text` and a broken one `failed`: extraction of the same bytes would only fail again,
 * so neither is retried. Only a missing or unreadable file on disk throws, for the queue to retry.
 */
export async function extractStoredFile(sha256: string): Promise<ExtractionOutcome> {
	const [row] = await db
		.select({ mediaType: storedFile.mediaType, textStatus: storedFile.textStatus })
		.from(storedFile)
		.where(eq(storedFile.sha256, sha256));
	if (!row || row.textStatus !== 'pending') return 'skipped';
	const bytes = await readFileBytes(sha256);
	let outcome: Exclude<ExtractionOutcome, 'skipped'>;
	let text: string | null = null;
	let textError: string | null = null;
	try {
		if (!isAcceptedMediaType(row.mediaType)) throw new Error(`Unbekannter Typ ${row.mediaType}`);
		text = await extractDocumentText(bytes, row.mediaType);
		outcome = text ? 'done' : 'no_text';
		if (!text) text = null;
	} catch (error) {
		outcome = 'failed';
		textError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_CHARS);
	}
	// Only a still-pending row: two workers on the same file record one outcome.
	const updated = await db
		.update(storedFile)
		.set({ textStatus: outcome, text, textError, extractedAt: new Date() })
		.where(and(eq(storedFile.sha256, sha256), eq(storedFile.textStatus, 'pending')))
		.returning({ sha256: storedFile.sha256 });
	return updated.length > 0 ? outcome : 'skipped';
}

/** Files still waiting for their text, oldest first. */
export async function pendingFiles(limit = 200): Promise<string[]> {
	const rows = await db
		.select({ sha256: storedFile.sha256 })
		.from(storedFile)
		.where(eq(storedFile.textStatus, 'pending'))
		.orderBy(storedFile.createdAt)
		.limit(limit);
	return rows.map((row) => row.sha256);
}

/** After the last attempt failed for want of the bytes: `failed`, so nobody retries any more. */
export async function markExtractionFailed(sha256: string, error: unknown): Promise<void> {
	const message = error instanceof Error ? error.message : String(error);
	await db
		.update(storedFile)
		.set({
			textStatus: 'failed',
			textError: message.slice(0, MAX_ERROR_CHARS),
			extractedAt: new Date()
		})
		.where(and(eq(storedFile.sha256, sha256), eq(storedFile.textStatus, 'pending')));
}
