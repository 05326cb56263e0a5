import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DEMO_GRETA, DEMO_HANNA } from '../demo/data/directory-fixtures';
import { seedDemo } from '../demo/seed-demo';
import { ensureDefaultTopics } from '../directory/default-topics';
import { loadStateData } from '../territory/load-state-data';
import { createTestDatabase } from '../testing/test-db';
import { COLUMNS, describeProblem } from './csv-format';
import { exportDirectory } from './export-directory';
import { importDirectory } from './import-directory';

const board: SessionUser = {
	id: 'board-export',
	email: 'vorstand@example.org',
	name: 'Vera Vorstand',
	role: 'board',
	emailVerified: true,
	twoFactorEnabled: true,
	accessExpiresAt: null
};

describe('CSV export of people and mandates', () => {
	// The state data and the whole demo directory: seconds, far more on a loaded machine.
	beforeAll(async () => {
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
		await seedDemo();
	}, 180_000);

	it('is for the board only', async () => {
		for (const role of ['member', 'faction_admin', 'interested'] as const)
			await expect(exportDirectory({ user: { ...board, role } })).rejects.toThrow(
				AccessDeniedError
			);
		await expect(exportDirectory({ user: { ...board, twoFactorEnabled: false } })).rejects.toThrow(
			AccessDeniedError
		);
		expect(await db.select().from(auditLog).where(eq(auditLog.action, 'directory.export'))).toEqual(
			[]
		);
	});

	it('writes every mandate in the import format, with every contact field, and is audit-logged', async () => {
		const file = await exportDirectory({ user: board, ip: '192.0.2.1' });
		expect(file.fileName).toMatch(/^personen-und-mandate-\d{4}-\d{2}-\d{2}\.csv$/);
		const lines = file.content.split('\r\n');
		expect(lines[0]).toBe('\uFEFF' + COLUMNS.join(';'));
		const greta = lines.filter((line) => line.startsWith('Greta;Beispielhaft;'));
		expect(greta).toEqual(
			expect.arrayContaining([
				`Greta;Beispielhaft;${DEMO_GRETA.email};${DEMO_GRETA.phone};Landkreis Vorpommern-Greifswald;Kreistag Vorpommern-Greifswald;Fraktion DIE LINKE;Mitglied;Haushalt und Finanzen|ÖPNV und Mobilität;09.06.2024;;Mitglieder`,
				`Greta;Beispielhaft;${DEMO_GRETA.email};${DEMO_GRETA.phone};Landkreis Vorpommern-Greifswald;Kreistag Vorpommern-Greifswald;Fraktion DIE LINKE;Fraktionsvorsitz;Haushalt und Finanzen|ÖPNV und Mobilität;09.06.2024;;Mitglieder`
			])
		);
		expect(file.content).toContain(DEMO_HANNA.email);
		expect(file.content).toContain('Fraktionsmitglied');
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'directory.export'));
		expect(entry).toMatchObject({ actorUserId: board.id, ip: '192.0.2.1' });
		expect(entry!.details).toMatchObject({ rows: file.rows });
	});

	it('reads back through the importer without problems and without new people or mandates', async () => {
		const file = await exportDirectory({ user: board });
		const result = await importDirectory({ by: board, input: file.content, dryRun: true });
		expect(result.problems.map(describeProblem)).toEqual([]);
		expect(result.counts.rows.new).toBe(0);
		expect(result.counts.people.new).toBe(0);
		expect(result.rows.length).toBe(file.rows);
	});
});
