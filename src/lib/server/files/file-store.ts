import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '../config/env';

/**
 * Where the bytes of stored files live: `DATA_DIR/files/<first two hex digits>/<sha256>`. The
 * name is the content's hash, so the same file is kept once and a file never changes in place.
 */
export function filesRoot(): string {
	return path.join(env().dataDir, 'files');
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function storedFilePath(sha256: string, root = filesRoot()): string {
	// The hash comes from our database, but a path built from a wrong value must never escape.
	if (!SHA256_HEX.test(sha256)) throw new Error(`Ungültige Dateikennung: ${sha256}`);
	return path.join(root, sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes the bytes under their hash unless they are there already. Written to a temporary name in
 * the same folder and renamed, so a reader (or a crash) never meets half a file; two processes
 * storing the same bytes at once both rename complete, identical files.
 */
export async function writeFileBytes(
	bytes: Uint8Array,
	root = filesRoot()
): Promise<{ sha256: string; created: boolean }> {
	const sha256 = sha256Of(bytes);
	const target = storedFilePath(sha256, root);
	if (await exists(target)) return { sha256, created: false };
	await fs.promises.mkdir(path.dirname(target), { recursive: true });
	const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await fs.promises.writeFile(temporary, bytes, { flag: 'wx', mode: 0o640 });
		await fs.promises.rename(temporary, target);
	} catch (error) {
		await fs.promises.rm(temporary, { force: true });
		throw error;
	}
	return { sha256, created: true };
}

export async function readFileBytes(sha256: string, root = filesRoot()): Promise<Buffer> {
	return fs.promises.readFile(storedFilePath(sha256, root));
}

export function openFileStream(sha256: string, root = filesRoot()): fs.ReadStream {
	return fs.createReadStream(storedFilePath(sha256, root));
}

async function exists(file: string): Promise<boolean> {
	try {
		await fs.promises.access(file);
		return true;
	} catch {
		return false;
	}
}
