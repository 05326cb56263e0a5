import fs from 'node:fs';
import { sha256Of, storedFilePath, writeFileBytes } from '../files/file-store';
import { qualified } from './catalog';
import type { TransactionClient } from './transaction';

/**
 * The stored files' bytes travel in the backup after the tables, so one file restores the whole
 * platform (format 2):
 *
 *   {"file":"9f86…","size":12345}     starts a file, named by its sha256
 *   "JVBERi0xLjcK…"                   its bytes, base64, in chunks of CHUNK_BYTES
 *
 * Only files the database refers to (`stored_file` rows of the backup's snapshot) are written.
 */
export const CHUNK_BYTES = 48 * 1024;

export interface FileSectionResult {
	files: number;
	/** Rows whose bytes were missing on disk: reported, the backup goes on without them. */
	missing: string[];
}

export async function* fileLines(
	client: TransactionClient,
	root: string,
	result: FileSectionResult,
	signal?: AbortSignal
): AsyncGenerator<string> {
	const [table] = await client.query<{ found: boolean }>(
		'SELECT to_regclass($1) IS NOT NULL AS found',
		[qualified('stored_file')]
	);
	if (!table?.found) return;
	const rows = await client.query<{ sha256: string }>(
		`SELECT sha256 FROM ${qualified('stored_file')} ORDER BY sha256`
	);
	for (const { sha256 } of rows) {
		signal?.throwIfAborted();
		let bytes: Buffer;
		try {
			bytes = await fs.promises.readFile(storedFilePath(sha256, root));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			result.missing.push(sha256);
			continue;
		}
		yield `${JSON.stringify({ file: sha256, size: bytes.length })}\n`;
		for (let start = 0; start < bytes.length; start += CHUNK_BYTES)
			yield `${JSON.stringify(bytes.subarray(start, start + CHUNK_BYTES).toString('base64'))}\n`;
		result.files++;
	}
}

/** Collects one file's chunks during a restore and writes it once complete and checked. */
export class FileRestorer {
	private current: { sha256: string; size: number; chunks: Buffer[]; received: number } | null =
		null;
	files = 0;

	constructor(
		private readonly root: string,
		private readonly damaged: () => Error
	) {}

	async start(sha256: string, size: number): Promise<void> {
		await this.finish();
		this.current = { sha256, size, chunks: [], received: 0 };
	}

	add(base64: string): void {
		if (!this.current) throw this.damaged();
		const chunk = Buffer.from(base64, 'base64');
		this.current.received += chunk.length;
		if (this.current.received > this.current.size) throw this.damaged();
		this.current.chunks.push(chunk);
	}

	/** Writes the file in progress; its bytes must have exactly the size and hash it was named by. */
	async finish(): Promise<void> {
		if (!this.current) return;
		const { sha256, size, chunks } = this.current;
		this.current = null;
		const bytes = Buffer.concat(chunks);
		if (bytes.length !== size || sha256Of(bytes) !== sha256) throw this.damaged();
		await writeFileBytes(bytes, this.root);
		this.files++;
	}
}
