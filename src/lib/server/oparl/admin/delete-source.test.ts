import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { createTestDatabase } from '../../testing/test-db';
import {
	oparlBody,
	oparlObject,
	oparlPaper,
	oparlProblem,
	oparlSource,
	oparlSyncRun
} from '../schema';
import { deleteOparlSource } from './delete-source';
import { OparlAdminError } from './errors';
import { STALE_HEARTBEAT_MS } from './sync-progress';
import { seedAdminSource } from './testing/seed-admin';

let board: SessionUser;

beforeAll(async () => {
	await createTestDatabase();
	board = await createTestActor('board');
});

const problems = [
	{ kind: 'missing_type' as const, url: 'https://x.example/p/1', message: 'Typ fehlt.' }
];

describe('deleting a council source', () => {
	it('removes its objects, projections, runs, problems and search rows, and nothing of another source', async () => {
		const doomed = await seedAdminSource({ problems });
		const kept = await seedAdminSource({ problems });
		const result = await deleteOparlSource({ actor: board, sourceId: doomed.source.id });
		expect(result).toEqual({ name: 'Ratsinfo Musterkreis', objects: 3 });

		expect(await db.select().from(oparlSource).where(eq(oparlSource.id, doomed.source.id))).toEqual(
			[]
		);
		for (const [table, column] of [
			[oparlObject, oparlObject.sourceId],
			[oparlBody, oparlBody.sourceId],
			[oparlSyncRun, oparlSyncRun.sourceId],
			[oparlProblem, oparlProblem.sourceId]
		] as const) {
			expect(await db.select().from(table).where(eq(column, doomed.source.id))).toEqual([]);
		}
		expect(
			await db.select().from(oparlPaper).where(eq(oparlPaper.objectId, doomed.paperId))
		).toEqual([]);
		const rows = await db
			.select({ sourceId: searchDocument.sourceId })
			.from(searchDocument)
			.where(inArray(searchDocument.sourceId, [doomed.paperId, kept.paperId]));
		expect(rows).toEqual([{ sourceId: kept.paperId }]);
		expect(
			await db.select().from(oparlObject).where(eq(oparlObject.sourceId, kept.source.id))
		).toHaveLength(3);

		const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, doomed.source.id));
		expect(entry).toMatchObject({
			action: 'oparl.source_delete',
			targetLabel: 'Ratsinfo Musterkreis'
		});
	});

	it('waits for a live run, but deletes a source whose run died (no heartbeat)', async () => {
		const live = await seedAdminSource({ running: true });
		await expect(
			deleteOparlSource({ actor: board, sourceId: live.source.id })
		).rejects.toBeInstanceOf(OparlAdminError);
		expect(
			await db.select().from(oparlSource).where(eq(oparlSource.id, live.source.id))
		).toHaveLength(1);

		const dead = await seedAdminSource({
			running: true,
			heartbeatAt: new Date(Date.now() - STALE_HEARTBEAT_MS - 1000)
		});
		await deleteOparlSource({ actor: board, sourceId: dead.source.id });
		expect(await db.select().from(oparlSource).where(eq(oparlSource.id, dead.source.id))).toEqual(
			[]
		);
	});

	it('lets only the board delete', async () => {
		const seeded = await seedAdminSource();
		for (const role of ['member', 'faction_admin'] as const) {
			const actor = await createTestActor(role);
			await expect(deleteOparlSource({ actor, sourceId: seeded.source.id })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
		expect(
			await db.select().from(oparlSource).where(eq(oparlSource.id, seeded.source.id))
		).toHaveLength(1);
	});
});
