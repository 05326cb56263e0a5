import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentImage } from '../../content/schema';
import { db } from '../../db';
import { filesRoot, storedFilePath } from '../../files/file-store';
import { storedFile } from '../../files/schema';
import { storeDocument } from '../../files/store-file';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlFile, oparlObject, oparlSource } from '../schema';
import { CouncilRows } from '../search/testing/council-rows';
import { textPdf } from '../testing/test-file-bytes';
import { sweepUnusedStoredFiles } from './sweep-unused-files';

/** Bytes stored a while ago (older than the sweep's grace period), with their hash. */
async function oldBytes(text: string): Promise<string> {
	const { sha256 } = await storeDocument(textPdf(text));
	await db
		.update(storedFile)
		.set({ createdAt: sql`now() - interval '2 days'` })
		.where(eq(storedFile.sha256, sha256));
	return sha256;
}

async function councilFile(council: CouncilRows, sha256: string): Promise<string> {
	const paper = await council.paper({ name: `Vorlage ${sha256.slice(0, 6)}` });
	return council.file(paper, { downloadStatus: 'stored', sha256 });
}

async function kept(sha256: string): Promise<{ row: boolean; bytes: boolean }> {
	const rows = await db.select().from(storedFile).where(eq(storedFile.sha256, sha256));
	return { row: rows.length === 1, bytes: fs.existsSync(storedFilePath(sha256)) };
}

beforeAll(async () => {
	await createTestDatabase();
});

describe(`the nightly clean-up of the file store on ${testDatabaseKind}`, () => {
	it('deletes the bytes of council files that are gone, and only those', async () => {
		const council = await CouncilRows.create();
		const live = await oldBytes('Lebende Vorlage');
		await councilFile(council, live);

		const tombstoned = await oldBytes('Zurückgezogene Vorlage');
		const tombstonedFile = await councilFile(council, tombstoned);
		await db.update(oparlObject).set({ deleted: true }).where(eq(oparlObject.id, tombstonedFile));

		// A new version replaced the file's bytes: its old hash is no longer used.
		const replaced = await oldBytes('Alte Fassung');
		const changedFile = await councilFile(council, replaced);
		const current = await oldBytes('Neue Fassung');
		await db.update(oparlFile).set({ sha256: current }).where(eq(oparlFile.objectId, changedFile));

		// The same bytes as a tombstoned council file, also used as a news image: they stay.
		const shared = await oldBytes('Geteilte Datei');
		const sharedFile = await councilFile(council, shared);
		await db.update(oparlObject).set({ deleted: true }).where(eq(oparlObject.id, sharedFile));
		await db.insert(contentImage).values({ sha256: shared, alt: 'Plakat' });

		// A source deleted with everything it imported.
		const otherCouncil = await CouncilRows.create();
		const ofDeletedSource = await oldBytes('Vorlage einer gelöschten Quelle');
		await councilFile(otherCouncil, ofDeletedSource);
		await db.delete(oparlSource).where(eq(oparlSource.id, otherCouncil.sourceId));

		// Stored a moment ago: possibly an upload whose row is about to refer to it.
		const fresh = (await storeDocument(textPdf('Gerade hochgeladen'))).sha256;

		const result = await sweepUnusedStoredFiles();
		expect(result).toMatchObject({ released: 2, deleted: 3, orphans: 0 });
		for (const sha256 of [tombstoned, replaced, ofDeletedSource])
			expect(await kept(sha256)).toEqual({ row: false, bytes: false });
		for (const sha256 of [live, current, shared, fresh])
			expect(await kept(sha256)).toEqual({ row: true, bytes: true });
		const [tombstone] = await db
			.select({ sha256: oparlFile.sha256 })
			.from(oparlFile)
			.where(eq(oparlFile.objectId, tombstonedFile));
		expect(tombstone).toEqual({ sha256: null });

		// Nothing left to do: a second sweep changes nothing.
		expect(await sweepUnusedStoredFiles()).toEqual({ released: 0, deleted: 0, orphans: 0 });
	});

	it('removes bytes left without a row by a crash, but not young ones', async () => {
		const crashed = await oldBytes('Zeile gelöscht, Datei nicht');
		await db.delete(storedFile).where(inArray(storedFile.sha256, [crashed]));
		const old = new Date(Date.now() - 2 * 86_400_000);
		fs.utimesSync(storedFilePath(crashed), old, old);
		const leftover = path.join(filesRoot(), crashed.slice(0, 2), `${crashed}.123.abcd.tmp`);
		fs.writeFileSync(leftover, 'halb');
		fs.utimesSync(leftover, old, old);
		const young = path.join(filesRoot(), crashed.slice(0, 2), `${crashed}.456.ef01.tmp`);
		fs.writeFileSync(young, 'wird gerade geschrieben');

		expect(await sweepUnusedStoredFiles()).toMatchObject({ orphans: 2 });
		expect(fs.existsSync(storedFilePath(crashed))).toBe(false);
		expect(fs.existsSync(leftover)).toBe(false);
		expect(fs.existsSync(young)).toBe(true);
		fs.rmSync(young);
	});
});
