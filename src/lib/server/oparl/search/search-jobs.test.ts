import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { startJobQueue, stopJobQueue } from '../../jobs';
import { waitUntil } from '../../jobs/testing/wait-until';
import { searchDocument } from '../../search/schema';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlBody } from '../schema';
import { registerOparlSearchJobs, requestOparlBodyReindex } from './search-jobs';
import { CouncilRows } from './testing/council-rows';

beforeAll(async () => {
	await createTestDatabase();
	registerOparlSearchJobs();
});

afterAll(async () => {
	await stopJobQueue(2_000);
});

async function hasRow(paperId: string): Promise<boolean> {
	const rows = await db
		.select({ id: searchDocument.id })
		.from(searchDocument)
		.where(and(eq(searchDocument.type, 'paper'), eq(searchDocument.sourceId, paperId)));
	return rows.length > 0;
}

async function follow(council: CouncilRows, followed: boolean) {
	await db.update(oparlBody).set({ followed }).where(eq(oparlBody.objectId, council.bodyId));
}

describe(`requestOparlBodyReindex on ${testDatabaseKind}`, () => {
	it('rewrites the bodies at once without a queue (the CLI), in the caller’s transaction', async () => {
		const council = await CouncilRows.create({ followed: false });
		const paper = await council.paper({ name: 'Schulweg', date: '2025-01-01' });
		await follow(council, true);
		await db.transaction((tx) => requestOparlBodyReindex(tx, [council.bodyId]));
		expect(await hasRow(paper)).toBe(true);
	});

	it('hands whole bodies to the queue once it runs, also from inside a transaction', async () => {
		await startJobQueue({ mode: 'work', pollingIntervalSeconds: 0.5 });
		const council = await CouncilRows.create({ followed: true });
		const paper = await council.paper({ name: 'Dorfgemeinschaftshaus', date: '2025-01-01' });
		await db.transaction((tx) => requestOparlBodyReindex(tx, [council.bodyId]));
		await waitUntil(() => hasRow(paper), { timeoutMs: 20_000, message: 'Vorlage in der Suche' });
		await follow(council, false);
		await requestOparlBodyReindex(db, [council.bodyId]);
		await waitUntil(async () => !(await hasRow(paper)), {
			timeoutMs: 20_000,
			message: 'Vorlage aus der Suche genommen'
		});
	});
});
