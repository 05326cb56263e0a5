import { db } from '../../../db';
import { searchDocument } from '../../../search/schema';
import {
	oparlBody,
	oparlObject,
	oparlPaper,
	oparlProblem,
	oparlSource,
	oparlSyncRun,
	type ListCursor
} from '../../schema';
import type { OparlProblemKind } from '$lib/shared/oparl';

/**
 * Rows as a finished import leaves them, written directly (no HTTP, no sync) so the board's
 * pages and services can be tested on their own: a source with two bodies (one followed, with a
 * paper that has a search row), a finished run with problems and, if asked, a running one.
 */
export async function seedAdminSource(
	options: {
		name?: string;
		systemUrl?: string;
		running?: boolean;
		/** Heartbeat of the running run (default: now). */
		heartbeatAt?: Date;
		problems?: { kind: OparlProblemKind; url: string; message: string }[];
	} = {}
) {
	const systemUrl =
		options.systemUrl ?? `https://ratsinfo-${crypto.randomUUID()}.example.de/oparl/v1/system`;
	const base = systemUrl.replace(/\/system$/, '');
	const [source] = await db
		.insert(oparlSource)
		.values({ systemUrl, name: options.name ?? 'Ratsinfo Musterkreis', oparlVersion: '1.0' })
		.returning();
	const bodyRows = await db
		.insert(oparlObject)
		.values([
			{ sourceId: source!.id, oparlId: `${base}/body/1`, type: 'body', raw: {} },
			{ sourceId: source!.id, oparlId: `${base}/body/2`, type: 'body', raw: {} }
		])
		.returning();
	const [followedBody, otherBody] = bodyRows as [(typeof bodyRows)[0], (typeof bodyRows)[0]];
	await db.insert(oparlBody).values([
		{
			objectId: followedBody.id,
			sourceId: source!.id,
			name: 'Kreistag Musterkreis',
			ags: '13071000',
			followed: true
		},
		{ objectId: otherBody.id, sourceId: source!.id, name: 'Amt Beispielland', followed: false }
	]);
	const [paper] = await db
		.insert(oparlObject)
		.values({
			sourceId: source!.id,
			oparlId: `${base}/paper/1`,
			type: 'paper',
			bodyId: followedBody.id,
			raw: {}
		})
		.returning();
	await db.insert(oparlPaper).values({
		objectId: paper!.id,
		bodyId: followedBody.id,
		name: 'Radweg an der Kreisstraße',
		reference: 'VO/2024/1'
	});
	await db.insert(searchDocument).values({
		type: 'paper',
		sourceId: paper!.id,
		title: 'VO/2024/1 Radweg an der Kreisstraße',
		url: `/ratsinfo/vorlagen/${paper!.id}`,
		access: 'public'
	});
	const startedAt = new Date(Date.now() - 60 * 60 * 1000);
	const [finished] = await db
		.insert(oparlSyncRun)
		.values({
			sourceId: source!.id,
			kind: 'full',
			status: 'succeeded',
			startedAt,
			heartbeatAt: new Date(startedAt.getTime() + 120_000),
			finishedAt: new Date(startedAt.getTime() + 120_000),
			pagesFetched: 12,
			objectsSeen: 240,
			objectsWritten: 240,
			requests: 14,
			problemCount: options.problems?.length ?? 0
		})
		.returning();
	if (options.problems?.length) {
		await db.insert(oparlProblem).values(
			options.problems.map((problem) => ({
				...problem,
				sourceId: source!.id,
				runId: finished!.id
			}))
		);
	}
	let running: typeof finished | undefined;
	if (options.running) {
		const cursor: Record<string, ListCursor> = {
			[`${base}/body/1/paper`]: {
				next: `${base}/body/1/paper?page=3`,
				done: false,
				pages: 2,
				claimedTotal: 100,
				seen: 40
			},
			[`${base}/body/1/person`]: { next: null, done: true, pages: 1, claimedTotal: 20, seen: 20 }
		};
		[running] = await db
			.insert(oparlSyncRun)
			.values({
				sourceId: source!.id,
				kind: 'incremental',
				status: 'running',
				startedAt: new Date(Date.now() - 30_000),
				heartbeatAt: options.heartbeatAt ?? new Date(),
				cursor,
				pagesFetched: 3,
				objectsSeen: 60,
				objectsWritten: 10,
				requests: 3
			})
			.returning();
	}
	return {
		source: source!,
		followedBodyId: followedBody.id,
		otherBodyId: otherBody.id,
		paperId: paper!.id,
		finishedRunId: finished!.id,
		runningRunId: running?.id ?? null
	};
}
