import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '../../db';
import { deleteFileIfUnused } from '../../files/delete-unused-file';
import { filesRoot } from '../../files/file-store';
import { storedFile } from '../../files/schema';
import { rowsOf } from '../../search/documents/rows';
import { oparlFile, oparlObject } from '../schema';

/**
 * Left alone for this long: an upload writes its bytes (and `stored_file` row) before the row
 * that refers to them, so a young unreferenced file may be one about to be used.
 */
const GRACE_HOURS = 24;
const SHA256_NAME = /^[0-9a-f]{64}$/;

export interface SweepResult {
	/** Tombstoned council files whose bytes were let go. */
	released: number;
	/** Stored files (row and bytes) deleted because nothing refers to them. */
	deleted: number;
	/** Bytes on disk without a row (a crash between the row's delete and the unlink). */
	orphans: number;
}

/**
 * The daily clean-up of the file store. Council files go away without anyone deleting them —
 * tombstoned or vanished at the source, a file whose address changed (its old hash is dropped
 * with the new download), a deleted source (its rows cascade) — so their bytes are collected
 * here rather than at each of those places: whatever crashes in between, the next sweep finishes.
 *
 * A stored file is deleted once no row refers to it. Every table that refers to stored files does
 * so by a foreign key without cascade (motion attachments, content images, event materials,
 * council files), so the references are read from the database's catalog, and the delete itself
 * fails (the file stays) should a reference appear meanwhile. Bytes are unlinked after the row's
 * delete committed; a crash in between leaves bytes without a row, which the disk walk removes.
 */
export async function sweepUnusedStoredFiles(
	options: { root?: string } = {}
): Promise<SweepResult> {
	const released = await db
		.update(oparlFile)
		.set({ sha256: null })
		.where(
			and(
				isNotNull(oparlFile.sha256),
				inArray(
					oparlFile.objectId,
					db.select({ id: oparlObject.id }).from(oparlObject).where(eq(oparlObject.deleted, true))
				)
			)
		)
		.returning({ id: oparlFile.objectId });

	let deleted = 0;
	for (const sha256 of await unreferencedFiles()) {
		if (await deleteFileIfUnused(sha256)) deleted += 1;
	}
	const orphans = await removeOrphanBytes(options.root ?? filesRoot());
	return { released: released.length, deleted, orphans };
}

/** Stored files older than the grace period that no foreign key points at. */
async function unreferencedFiles(): Promise<string[]> {
	const references = rowsOf<{ table_name: string; column_name: string }>(
		await db.execute(sql`
			SELECT referencing.relname AS table_name, attribute.attname AS column_name
			FROM pg_constraint constraint_
			JOIN pg_class referencing ON referencing.oid = constraint_.conrelid
			JOIN pg_attribute attribute
				ON attribute.attrelid = constraint_.conrelid AND attribute.attnum = constraint_.conkey[1]
			WHERE constraint_.contype = 'f' AND constraint_.confrelid = 'stored_file'::regclass
		`)
	);
	const unreferenced = references.map(
		(reference) =>
			sql`NOT EXISTS (SELECT 1 FROM ${sql.identifier(reference.table_name)} r WHERE r.${sql.identifier(reference.column_name)} = ${storedFile.sha256})`
	);
	const rows = await db
		.select({ sha256: storedFile.sha256 })
		.from(storedFile)
		.where(
			and(
				sql`${storedFile.createdAt} < now() - make_interval(hours => ${GRACE_HOURS})`,
				...unreferenced
			)
		);
	return rows.map((row) => row.sha256);
}

/** Files under the store (and left-over temporary files) older than the grace period without a row. */
async function removeOrphanBytes(root: string): Promise<number> {
	const cutoff = Date.now() - GRACE_HOURS * 3_600_000;
	let removed = 0;
	let folders: string[];
	try {
		folders = await fs.promises.readdir(root);
	} catch {
		return 0;
	}
	for (const folder of folders) {
		if (!/^[0-9a-f]{2}$/.test(folder)) continue;
		const names = await fs.promises.readdir(path.join(root, folder));
		const old: string[] = [];
		for (const name of names) {
			const stat = await fs.promises.stat(path.join(root, folder, name)).catch(() => null);
			if (stat?.isFile() && stat.mtimeMs < cutoff) old.push(name);
		}
		const hashes = old.filter((name) => SHA256_NAME.test(name));
		const known = new Set(
			hashes.length
				? (
						await db
							.select({ sha256: storedFile.sha256 })
							.from(storedFile)
							.where(inArray(storedFile.sha256, hashes))
					).map((row) => row.sha256)
				: []
		);
		for (const name of old) {
			if (known.has(name)) continue;
			await fs.promises.rm(path.join(root, folder, name), { force: true });
			removed += 1;
		}
	}
	return removed;
}
