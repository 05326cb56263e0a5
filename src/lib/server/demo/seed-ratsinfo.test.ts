import { and, count, eq, gt, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { oparlBody, oparlFile, oparlMeeting, oparlObject, oparlPaper } from '../oparl/schema';
import { pendingFileIds } from '../oparl/files/download-file';
import { searchDocument } from '../search/schema';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_RATSINFO_SELECTION } from './data/ratsinfo';
import { demoRatsinfoSourceId, seedRatsinfo } from './seed-ratsinfo';

const total = async (query: Promise<Array<{ n: number }>>) => (await query)[0]!.n;

beforeAll(async () => {
	await createTestDatabase();
});

describe('demo council data', () => {
	it('imports a followed body with papers, meetings ahead and behind, files and search rows, once', async () => {
		const started = performance.now();
		await seedRatsinfo.seed({ accounts: new Map() });
		const firstMs = performance.now() - started;
		const sourceId = (await demoRatsinfoSourceId())!;
		expect(sourceId).toBeTruthy();

		const [body] = await db.select().from(oparlBody).where(eq(oparlBody.sourceId, sourceId));
		expect(body).toMatchObject({ name: 'Gemeinde Hürtgenwald', followed: true });
		expect(await total(db.select({ n: count() }).from(oparlPaper))).toBe(
			DEMO_RATSINFO_SELECTION.paperLimit
		);
		const meetings = await total(db.select({ n: count() }).from(oparlMeeting));
		expect(meetings).toBeGreaterThanOrEqual(12);
		const upcoming = await total(
			db.select({ n: count() }).from(oparlMeeting).where(gt(oparlMeeting.start, new Date()))
		);
		expect(upcoming).toBeGreaterThanOrEqual(2);
		expect(upcoming).toBeLessThan(meetings);

		// Files carry stored bytes: nothing is left for a download job to fetch.
		expect(await total(db.select({ n: count() }).from(oparlFile))).toBeGreaterThan(100);
		expect(
			await total(
				db.select({ n: count() }).from(oparlFile).where(eq(oparlFile.downloadStatus, 'pending'))
			)
		).toBe(0);
		// No id points at the real council's server.
		expect(
			await total(
				db
					.select({ n: count() })
					.from(oparlObject)
					.where(like(oparlObject.oparlId, '%kdvz-frechen%'))
			)
		).toBe(0);
		expect(
			await total(
				db.select({ n: count() }).from(searchDocument).where(eq(searchDocument.type, 'paper'))
			)
		).toBe(DEMO_RATSINFO_SELECTION.paperLimit);

		const objects = await total(db.select({ n: count() }).from(oparlObject));
		const hashes = await db
			.select({ id: oparlObject.id, hash: oparlObject.contentHash })
			.from(oparlObject)
			.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.type, 'meeting')))
			.orderBy(oparlObject.id);
		await seedRatsinfo.seed({ accounts: new Map() });
		expect(await total(db.select({ n: count() }).from(oparlObject))).toBe(objects);
		expect(
			await db
				.select({ id: oparlObject.id, hash: oparlObject.contentHash })
				.from(oparlObject)
				.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.type, 'meeting')))
				.orderBy(oparlObject.id)
		).toEqual(hashes);

		// The demo's source is paused (its host never resolves): a file left pending there, say by
		// an on-demand sync, is never handed to the download queue.
		const [file] = await db
			.select({ id: oparlFile.objectId })
			.from(oparlFile)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
			.where(eq(oparlObject.sourceId, sourceId))
			.limit(1);
		await db
			.update(oparlFile)
			.set({ downloadStatus: 'pending' })
			.where(eq(oparlFile.objectId, file!.id));
		expect(await pendingFileIds()).toEqual([]);
		console.log(`Demo-Ratsinfo: ${objects} Objekte in ${Math.round(firstMs)} ms`);
	});
});
