import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import { db } from '../db';
import { storedFilePath } from './file-store';
import { storedFile } from './schema';

const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Deletes a stored file (row and bytes) that nothing refers to any more. Whatever refers to a
 * stored file does so by a foreign key without cascade, so the database itself refuses the
 * delete while any reference exists, whichever capability holds it; then the file stays.
 */
export async function deleteFileIfUnused(sha256: string): Promise<boolean> {
	try {
		const deleted = await db
			.delete(storedFile)
			.where(eq(storedFile.sha256, sha256))
			.returning({ sha256: storedFile.sha256 });
		if (deleted.length === 0) return false;
	} catch (error) {
		if (foreignKeyViolation(error)) return false;
		throw error;
	}
	await fs.promises.rm(storedFilePath(sha256), { force: true });
	return true;
}

function foreignKeyViolation(error: unknown): boolean {
	for (let current = error; current; current = (current as { cause?: unknown }).cause) {
		if ((current as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return true;
	}
	return false;
}
