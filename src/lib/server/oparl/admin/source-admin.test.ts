import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlBody, oparlSource } from '../schema';
import { OparlAdminError, OparlSourceNotFoundError } from './errors';
import { setFollowedBodies } from './follow-bodies';
import { getOparlSyncProgress } from './get-progress';
import { getOparlSource } from './get-source';
import { listOparlSources } from './list-sources';
import { STALE_HEARTBEAT_MS } from './sync-progress';
import { seedAdminSource } from './testing/seed-admin';
import { updateOparlSourceSettings } from './update-settings';

let board: SessionUser;
let member: SessionUser;
let boardWithout2fa: SessionUser;

beforeAll(async () => {
	await createTestDatabase();
	board = await createTestActor('board', { name: 'Bo Vorstand' });
	member = await createTestActor('member');
	boardWithout2fa = await createTestActor('board', { twoFactorEnabled: false });
});

const settings = {
	name: 'Kreistag Musterkreis (Somacos)',
	requestsPerSecond: 2.5,
	concurrency: 1,
	timeoutSeconds: 60,
	maxFileMegabytes: 50,
	syncIntervalHours: 12,
	enabled: false,
	allowedHosts: ['dateien.example.de']
};

describe('council sources for the board', () => {
	it('lists each source with its followed bodies, last success and the state of its newest run', async () => {
		const quiet = await seedAdminSource({ name: 'A-Stadt' });
		const busy = await seedAdminSource({ name: 'B-Kreis', running: true });
		const list = await listOparlSources({ actor: board });
		const a = list.find((entry) => entry.id === quiet.source.id)!;
		const b = list.find((entry) => entry.id === busy.source.id)!;
		expect(a).toMatchObject({ name: 'A-Stadt', bodies: 2, followedBodies: 1 });
		expect(a.latestRun).toMatchObject({ status: 'succeeded', objectsSeen: 240, stale: false });
		expect(b.latestRun).toMatchObject({ status: 'running', kind: 'incremental', objectsSeen: 60 });
		// 40 of 100 papers and 20 of 20 persons: progress from what the lists claimed.
		expect(b.latestRun).toMatchObject({
			expectedObjects: 120,
			listedObjects: 60,
			listsDone: 1,
			listsStarted: 2
		});
		expect(list.map((entry) => entry.name)).toEqual(
			[...list.map((entry) => entry.name)].sort((x, y) => x.localeCompare(y))
		);
	});

	it('refuses members and board members without a second factor', async () => {
		for (const actor of [member, boardWithout2fa, null]) {
			await expect(listOparlSources({ actor })).rejects.toBeInstanceOf(AccessDeniedError);
		}
		const { source } = await seedAdminSource();
		await expect(
			getOparlSyncProgress({ actor: member, sourceId: source.id })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(
			updateOparlSourceSettings({ actor: member, sourceId: source.id, input: settings })
		).rejects.toBeInstanceOf(AccessDeniedError);
		const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, source.id));
		expect(row!.name).toBe('Ratsinfo Musterkreis');
	});

	it('shows a source with bodies (and what was imported of each) and its runs, newest first', async () => {
		const seeded = await seedAdminSource({ running: true });
		const { source, bodies, runs } = await getOparlSource({
			actor: board,
			sourceId: seeded.source.id
		});
		expect(source.id).toBe(seeded.source.id);
		expect(bodies).toEqual([
			expect.objectContaining({ name: 'Amt Beispielland', followed: false, papers: 0 }),
			expect.objectContaining({
				name: 'Kreistag Musterkreis',
				followed: true,
				papers: 1,
				meetings: 0
			})
		]);
		expect(runs.map((run) => run.status)).toEqual(['running', 'succeeded']);
		expect(runs[1]!.elapsedSeconds).toBe(120);
	});

	it('says a source does not exist for unknown ids and ids that are no uuid', async () => {
		for (const sourceId of ['00000000-0000-4000-8000-000000000000', 'kaputt']) {
			await expect(getOparlSource({ actor: board, sourceId })).rejects.toBeInstanceOf(
				OparlSourceNotFoundError
			);
		}
	});

	it('reports a running run without heartbeat as stale (killed), not as running forever', async () => {
		const seeded = await seedAdminSource({
			running: true,
			heartbeatAt: new Date(Date.now() - STALE_HEARTBEAT_MS - 1000)
		});
		const { run } = await getOparlSyncProgress({ actor: board, sourceId: seeded.source.id });
		expect(run).toMatchObject({ status: 'running', stale: true });
	});

	it('saves settings (megabytes as bytes) and audits what changed', async () => {
		const { source } = await seedAdminSource();
		await updateOparlSourceSettings({ actor: board, sourceId: source.id, input: settings });
		const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, source.id));
		expect(row).toMatchObject({
			name: 'Kreistag Musterkreis (Somacos)',
			requestsPerSecond: 2.5,
			concurrency: 1,
			timeoutSeconds: 60,
			maxFileBytes: 50 * 1024 * 1024,
			syncIntervalHours: 12,
			enabled: false,
			allowedHosts: ['dateien.example.de']
		});
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, source.id))
			.orderBy(desc(auditLog.at));
		expect(entry).toMatchObject({ action: 'oparl.source_update', actorUserId: board.id });
		expect((entry!.details as { fields: string[] }).fields).toEqual(
			expect.arrayContaining(['name', 'maxFileBytes', 'enabled', 'allowedHosts'])
		);
	});

	it('follows exactly the ticked bodies and refuses a body of another source', async () => {
		const seeded = await seedAdminSource();
		const other = await seedAdminSource();
		const changes = await setFollowedBodies({
			actor: board,
			sourceId: seeded.source.id,
			bodyIds: [seeded.otherBodyId]
		});
		expect(changes).toEqual({
			followed: [seeded.otherBodyId],
			unfollowed: [seeded.followedBodyId]
		});
		const rows = await db
			.select({ id: oparlBody.objectId, followed: oparlBody.followed })
			.from(oparlBody)
			.where(eq(oparlBody.sourceId, seeded.source.id));
		expect(Object.fromEntries(rows.map((row) => [row.id, row.followed]))).toEqual({
			[seeded.followedBodyId]: false,
			[seeded.otherBodyId]: true
		});
		await expect(
			setFollowedBodies({ actor: board, sourceId: seeded.source.id, bodyIds: [other.otherBodyId] })
		).rejects.toBeInstanceOf(OparlAdminError);
		// Nothing changed by the refused attempt, here or in the other source.
		const [otherBody] = await db
			.select({ followed: oparlBody.followed })
			.from(oparlBody)
			.where(eq(oparlBody.objectId, other.otherBodyId));
		expect(otherBody!.followed).toBe(false);
		await setFollowedBodies({ actor: board, sourceId: seeded.source.id, bodyIds: [] });
		const after = await getOparlSource({ actor: board, sourceId: seeded.source.id });
		expect(after.bodies.every((body) => !body.followed)).toBe(true);
	});
});
