import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { extractStoredFile } from '../../files/extract-stored-file';
import { storedFile } from '../../files/schema';
import { searchWithFacets } from '../../search/search-with-facets';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlFile, oparlObject } from '../schema';
import { reindexOparlObjectsWithFile } from '../search/index-oparl-objects';
import { huertgenwaldSource, syncForTest } from '../sync/testing/sync-fixture';
import { HUERTGENWALD_API } from '../testing/fixture-paths';
import type { OparlTestServer } from '../testing/oparl-test-server';
import { textPdf } from '../testing/test-file-bytes';
import { downloadOparlFile } from './download-file';

let server: OparlTestServer;
let sourceId: string;

/** Paper 13/2010 of the dump; its files get a text no title contains. */
const PAPER = `${HUERTGENWALD_API}/body/1/paper/1258`;

beforeAll(async () => {
	await createTestDatabase();
	const source = await huertgenwaldSource({
		fileContent: (_file, parent) =>
			parent?.reference === '13/2010'
				? {
						body: textPdf('Die Quastenflosser im Kirchweiher werden gezählt.'),
						contentType: 'application/pdf'
					}
				: undefined
	});
	server = source.server;
	sourceId = source.sourceId;
	await syncForTest({ sourceId, kind: 'full' });
}, 180_000);

afterAll(async () => {
	await server?.close();
});

async function filesWhere(condition: Parameters<typeof and>[0]) {
	return db
		.select({ id: oparlFile.objectId, status: oparlFile.downloadStatus, sha256: oparlFile.sha256 })
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.where(and(eq(oparlObject.sourceId, sourceId), condition));
}

describe(`a synced council's files on ${testDatabaseKind}`, () => {
	it('are downloaded from the council server, and the paper is found by their text', async () => {
		const [paper] = await db
			.select({ id: oparlObject.id })
			.from(oparlObject)
			.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.oparlId, server.url(PAPER))));
		const files = await filesWhere(eq(oparlObject.parentId, paper!.id));
		expect(files.length).toBeGreaterThan(0);
		expect(files.every((file) => file.status === 'pending')).toBe(true);

		server.clearRequests();
		for (const file of files) expect(await downloadOparlFile(file.id)).toBe('stored');
		expect(server.requests.filter((request) => request.status === 200)).toHaveLength(files.length);

		const stored = await filesWhere(
			inArray(
				oparlFile.objectId,
				files.map((file) => file.id)
			)
		);
		for (const file of stored) {
			expect(file.status).toBe('stored');
			// What the job queue does once the text is extracted.
			await extractStoredFile(file.sha256!);
			await reindexOparlObjectsWithFile(file.sha256!);
		}
		const found = await searchWithFacets(
			null,
			{ q: 'Quastenflosser', page: 1, filters: {} },
			false
		);
		expect(found.items.map((item) => item.id)).toEqual([paper!.id]);
		expect(found.items[0]).toMatchObject({
			type: 'paper',
			title: expect.stringMatching(/^13\/2010 – /),
			url: `/ratsinfo/vorlagen/${paper!.id}`
		});
	});

	it('keeps the dump’s JPEG files as pictures without text', async () => {
		const jpegs = await filesWhere(eq(oparlFile.mimeType, 'image/jpeg'));
		expect(jpegs.length).toBeGreaterThan(0);
		expect(await downloadOparlFile(jpegs[0]!.id)).toBe('stored');
		const [file] = await filesWhere(eq(oparlFile.objectId, jpegs[0]!.id));
		const [bytes] = await db
			.select({ mediaType: storedFile.mediaType, textStatus: storedFile.textStatus })
			.from(storedFile)
			.where(eq(storedFile.sha256, file!.sha256!));
		expect(bytes).toEqual({ mediaType: 'image/jpeg', textStatus: 'no_text' });
	});
});
