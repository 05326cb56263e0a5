import { beforeEach, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../auth/policy';
import { createTestActor } from '../auth/test-support';
import { db } from '../db';
import { emptyTestDatabase } from '../testing/test-db';
import { listAuditActions, listAuditLog } from './list-audit-log';
import { auditLog } from './schema';

describe('listAuditLog', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	async function seed() {
		const rows = [
			{
				at: '2025-03-01T10:00:00Z',
				actorLabel: 'Bea Vorstand',
				action: 'user.invite',
				targetLabel: 'neu@example.org',
				details: { role: 'member' }
			},
			{
				at: '2025-03-02T23:30:00Z',
				actorLabel: 'Bea Vorstand',
				action: 'user.role_change',
				targetLabel: 'Max <max@example.org>',
				details: { old: 'member', new: 'board' }
			},
			{
				at: '2025-03-03T08:00:00Z',
				actorLabel: 'Olaf Ober',
				action: 'user.deactivate',
				targetLabel: 'Max <max@example.org>',
				details: { role: 'board', endedSessions: 2 }
			},
			{
				at: '2025-03-04T08:00:00Z',
				actorLabel: 'Olaf Ober',
				action: 'jobs.custom_thing',
				targetLabel: '50%_rabatt',
				details: null
			}
		];
		for (const row of rows) await db.insert(auditLog).values({ ...row, at: new Date(row.at) });
	}

	it('shows entries newest first with German labels and summaries', async () => {
		const board = await createTestActor('board');
		await seed();
		const { items, total } = await listAuditLog({ actor: board });
		expect(total).toBe(4);
		expect(items.map((item) => item.actionLabel)).toEqual([
			'jobs.custom_thing',
			'Konto deaktiviert',
			'Rolle geändert',
			'Person eingeladen'
		]);
		expect(items[1]!.summary).toBe('Rolle: Sprecher*innenrat · 2 Sitzungen beendet');
		expect(items[2]!.summary).toBe('Mitglied → Sprecher*innenrat');
	});

	it('filters by action, actor, target text and Berlin calendar days', async () => {
		const board = await createTestActor('board');
		await seed();
		const actions = async (filter: Parameters<typeof listAuditLog>[0]['filter']) =>
			(await listAuditLog({ actor: board, filter })).items.map((item) => item.action);
		expect(await actions({ action: 'user.role_change' })).toEqual(['user.role_change']);
		expect(await actions({ actor: 'olaf' })).toEqual(['jobs.custom_thing', 'user.deactivate']);
		expect(await actions({ target: 'max@' })).toEqual(['user.deactivate', 'user.role_change']);
		expect(await actions({ target: '%_' })).toEqual(['jobs.custom_thing']);
		// 23:30 UTC on 2 March is already 3 March in Berlin (CET).
		expect(await actions({ from: '2025-03-03', to: '2025-03-03' })).toEqual([
			'user.deactivate',
			'user.role_change'
		]);
		expect(await actions({ to: '2025-03-01' })).toEqual(['user.invite']);
	});

	it('pages and offers every action that occurs', async () => {
		const board = await createTestActor('board');
		await seed();
		const second = await listAuditLog({ actor: board, pageSize: 3, page: 2 });
		expect(second).toMatchObject({ total: 4, page: 2 });
		expect(second.items.map((item) => item.action)).toEqual(['user.invite']);
		const offered = await listAuditActions({ actor: board });
		expect(offered).toContainEqual({ action: 'jobs.custom_thing', label: 'jobs.custom_thing' });
		expect(offered).toContainEqual({ action: 'user.role_change', label: 'Rolle geändert' });
	});

	it('is for the board only', async () => {
		const member = await createTestActor('member');
		await expect(listAuditLog({ actor: member })).rejects.toBeInstanceOf(AccessDeniedError);
	});
});
