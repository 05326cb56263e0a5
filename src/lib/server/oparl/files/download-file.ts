import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '../../db';
import { EmptyFileError, UnsupportedFileTypeError } from '../../files/errors';
import { storedFile } from '../../files/schema';
import { storeDocument } from '../../files/store-file';
import { storeImage, UnsupportedImageTypeError } from '../../files/store-image';
import { OparlFetchError } from '../http/fetch-error';
import { oparlBody, oparlFile, oparlObject, oparlSource } from '../schema';
import { indexOparlObjects } from '../search/index-oparl-objects';
import { downloadablePendingFiles, downloadHold, reportHoldOnce } from './downloadable';
import { countDownload, fileProblem } from './file-run-records';
import { sourceFileRequester, type FileRequester } from './file-request';
import { FileTooLargeForSourceError, readLimited } from './read-limited';

/**
 * Attempts per file, over all runs: a file that failed this often is `failed` for good (with
 * its last error) and not fetched again unless the source changes it.
 */
export const MAX_DOWNLOAD_ATTEMPTS = 3;

/**
 * How long a download holds its file row: longer than one attempt can take (two requests of at
 * least two minutes each, see file-request.ts), so a claim only runs out when its holder died.
 */
const CLAIM_MINUTES = 15;

export type DownloadOutcome =
	/** Kept (content-addressed); its text follows in the background. */
	| 'stored'
	| 'too_large'
	| 'unavailable'
	| 'unsupported'
	/** Failed for good: no attempts left, or an answer that will not change (404). */
	| 'failed'
	/** Failed for now; the caller (the job queue) tries again later. */
	| 'retry'
	/** Not pending (done already, deleted, unknown): nothing to do. */
	| 'skipped'
	/** Source paused or body not followed: left pending, queued again on resume (downloadable.ts). */
	| 'held';

export interface DownloadOptions {
	/** The queue's last attempt: a passing failure counts as final. */
	isLastAttempt?: boolean;
	signal?: AbortSignal;
	/** How to fetch; default: the source's rate-limited client (see sourceFileRequester). */
	requester?: FileRequester;
	/**
	 * Fetch even though the source is paused: the CLI's `oparl:sync`, which the operator runs on
	 * demand as pausing allows for syncs. Files of unfollowed bodies are held all the same.
	 */
	evenIfPaused?: boolean;
}

/**
 * Downloads one council file and keeps it through the files module: documents (PDF, DOCX, ODT)
 * are stored and their text extracted in the background; pictures are stored without text; other
 * formats are marked `unsupported` and stay linked at the source. The source's `maxFileBytes`
 * bounds what is read (a larger file is `too_large` at once, never retried). Each attempt is
 * counted on the row before the request goes out, so a crash mid-download still uses one up.
 */
export async function downloadOparlFile(
	fileId: string,
	options: DownloadOptions = {}
): Promise<DownloadOutcome> {
	const [file] = await db
		.select({
			status: oparlFile.downloadStatus,
			attempts: oparlFile.downloadAttempts,
			size: oparlFile.size,
			accessUrl: oparlFile.accessUrl,
			downloadUrl: oparlFile.downloadUrl,
			deleted: oparlObject.deleted,
			sourceId: oparlObject.sourceId,
			oparlId: oparlObject.oparlId,
			maxFileBytes: oparlSource.maxFileBytes,
			requestsPerSecond: oparlSource.requestsPerSecond,
			concurrency: oparlSource.concurrency,
			timeoutSeconds: oparlSource.timeoutSeconds,
			systemUrl: oparlSource.systemUrl,
			allowedHosts: oparlSource.allowedHosts,
			enabled: oparlSource.enabled,
			sourceName: oparlSource.name,
			modifiedAt: oparlSource.modifiedAt,
			bodyId: oparlObject.bodyId,
			followed: oparlBody.followed
		})
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.innerJoin(oparlSource, eq(oparlSource.id, oparlObject.sourceId))
		.leftJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))
		.where(eq(oparlFile.objectId, fileId));
	if (!file || file.deleted || file.status !== 'pending') return 'skipped';
	// Checked when the job runs, not only when it was queued: the board may have paused since.
	const hold = downloadHold({
		enabled: file.enabled || options.evenIfPaused === true,
		followed: file.followed
	});
	if (hold) {
		reportHoldOnce(hold, file);
		return 'held';
	}
	const url = file.downloadUrl?.trim() || file.accessUrl?.trim();
	const finish = (
		status: 'stored' | 'too_large' | 'unavailable' | 'unsupported' | 'failed',
		values: Partial<typeof oparlFile.$inferInsert> = {}
	) => settle(fileId, status, values);

	if (!url) {
		await finish('unavailable', { downloadError: 'Der Server nennt keine Download-Adresse.' });
		return 'unavailable';
	}
	if (file.size !== null && file.size > file.maxFileBytes) {
		const error = new FileTooLargeForSourceError(file.maxFileBytes, file.size);
		await finish('too_large', { downloadError: error.message });
		await fileProblem(file.sourceId, 'file_too_large', url, error.message);
		return 'too_large';
	}
	const attempt = await claimAttempt(fileId);
	if (attempt === null) return 'skipped';
	try {
		return await downloadClaimed(fileId, file, url, attempt, options);
	} finally {
		// Settled rows dropped the claim already; this frees it after a retry or an abort.
		await db
			.update(oparlFile)
			.set({ downloadClaimedUntil: null })
			.where(eq(oparlFile.objectId, fileId))
			.catch(() => undefined);
	}
}

type FileRow = {
	sourceId: string;
	maxFileBytes: number;
	requestsPerSecond: number;
	concurrency: number;
	timeoutSeconds: number;
	systemUrl: string;
	allowedHosts: string[];
};

async function downloadClaimed(
	fileId: string,
	file: FileRow,
	url: string,
	attempt: number,
	options: DownloadOptions
): Promise<DownloadOutcome> {
	const finish = (
		status: 'stored' | 'too_large' | 'unavailable' | 'unsupported' | 'failed',
		values: Partial<typeof oparlFile.$inferInsert> = {}
	) => settle(fileId, status, values);
	if (attempt > MAX_DOWNLOAD_ATTEMPTS) {
		// Attempts used up without an answer recorded (workers stopped mid-download).
		await finish('failed', {
			downloadError: `Nach ${MAX_DOWNLOAD_ATTEMPTS} Versuchen nicht geladen.`
		});
		return 'failed';
	}

	const request =
		options.requester ??
		sourceFileRequester({
			sourceId: file.sourceId,
			requestsPerSecond: file.requestsPerSecond,
			concurrency: file.concurrency,
			timeoutSeconds: file.timeoutSeconds,
			systemUrl: file.systemUrl,
			allowedHosts: file.allowedHosts
		});
	let bytes: Uint8Array;
	try {
		const response = await request(url, options.signal);
		try {
			bytes = await readLimited(response, file.maxFileBytes);
		} catch (error) {
			if (error instanceof FileTooLargeForSourceError) throw error;
			if (options.signal?.aborted) throw options.signal.reason;
			// The connection broke or timed out mid-transfer: worth another attempt.
			throw Object.assign(new Error('Die Übertragung brach ab.'), { transient: true });
		}
	} catch (error) {
		if (options.signal?.aborted) throw options.signal.reason;
		if (error instanceof FileTooLargeForSourceError) {
			await finish('too_large', { downloadError: error.message });
			await fileProblem(file.sourceId, 'file_too_large', url, error.message);
			return 'too_large';
		}
		const message = error instanceof Error ? error.message : String(error);
		if (
			error instanceof OparlFetchError &&
			(error.kind === 'foreign_host' || error.kind === 'blocked_address')
		) {
			// Not fetched at all: the board allows the host in the source's settings, or not.
			await finish('failed', { downloadError: message });
			await fileProblem(file.sourceId, error.kind, error.url, message);
			return 'failed';
		}
		const transient = (error as { transient?: unknown }).transient === true;
		if (transient && attempt < MAX_DOWNLOAD_ATTEMPTS && !options.isLastAttempt) {
			await db
				.update(oparlFile)
				.set({ downloadError: message })
				.where(eq(oparlFile.objectId, fileId));
			return 'retry';
		}
		await finish('failed', { downloadError: message });
		await fileProblem(
			file.sourceId,
			'file_download_failed',
			url,
			`${message} (${attempt} ${attempt === 1 ? 'Versuch' : 'Versuche'})`
		);
		return 'failed';
	}

	let sha256: string;
	try {
		sha256 = (await storeDocument(bytes, { maxBytes: file.maxFileBytes })).sha256;
	} catch (error) {
		if (error instanceof EmptyFileError) {
			await finish('failed', { downloadError: error.message });
			await fileProblem(file.sourceId, 'file_download_failed', url, error.message);
			return 'failed';
		}
		if (!(error instanceof UnsupportedFileTypeError)) throw error;
		try {
			// Council systems publish plans and photos as JPEG: kept, without text.
			sha256 = (await storeImage(bytes, { maxBytes: file.maxFileBytes })).sha256;
		} catch (imageError) {
			if (!(imageError instanceof UnsupportedImageTypeError)) throw imageError;
			await finish('unsupported', {
				downloadError:
					'Weder PDF, Word (DOCX), OpenDocument (ODT) noch ein Bild: nur beim Ratsinformationssystem abrufbar.'
			});
			return 'unsupported';
		}
	}
	await finish('stored', { sha256, downloadError: null });
	await countDownload(file.sourceId);
	// Bytes known already (another paper's copy): their text is there, so index now. Otherwise
	// the extraction's hook reindexes once the text is known (it sees this row's hash by then).
	const [text] = await db
		.select({ status: storedFile.textStatus })
		.from(storedFile)
		.where(eq(storedFile.sha256, sha256));
	if (text && text.status !== 'pending') await indexOparlObjects(db, [fileId]);
	return 'stored';
}

/**
 * Claims a still-pending row and counts an attempt on it, in one statement; null when another
 * worker (a job, the CLI) holds it or settled it meanwhile.
 */
async function claimAttempt(fileId: string): Promise<number | null> {
	const [row] = await db
		.update(oparlFile)
		.set({
			downloadAttempts: sql`${oparlFile.downloadAttempts} + 1`,
			downloadClaimedUntil: sql`now() + make_interval(mins => ${CLAIM_MINUTES})`
		})
		.where(
			and(
				eq(oparlFile.objectId, fileId),
				eq(oparlFile.downloadStatus, 'pending'),
				or(isNull(oparlFile.downloadClaimedUntil), lt(oparlFile.downloadClaimedUntil, sql`now()`))
			)
		)
		.returning({ attempts: oparlFile.downloadAttempts });
	return row?.attempts ?? null;
}

async function settle(
	fileId: string,
	status: 'stored' | 'too_large' | 'unavailable' | 'unsupported' | 'failed',
	values: Partial<typeof oparlFile.$inferInsert>
): Promise<void> {
	await db
		.update(oparlFile)
		.set({ ...values, downloadStatus: status, downloadClaimedUntil: null })
		.where(and(eq(oparlFile.objectId, fileId), eq(oparlFile.downloadStatus, 'pending')));
}

/**
 * Pending files that may be fetched now (not those of a paused source or an unfollowed body),
 * oldest first: what the sweep hands to the queue. Rows whose attempts ran out
 * while pending (a worker killed mid-download) are included: their job settles them `failed`.
 */
export async function pendingFileIds(limit = 500): Promise<string[]> {
	const rows = await downloadablePendingFiles(db).limit(limit);
	return rows.map((row) => row.id);
}
