import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiToken } from '../../api-tokens/authenticate-api-token';
import { apiToken } from '../../api-tokens/schema';
import { user } from '../../auth/schema';
import { createTestAccount } from '../../auth/test-support';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import { cli, inCliDatabase, prepareCliDataDir } from '../testing/cli-harness';

let folder: string;

beforeAll(async () => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-token-cli-'));
	process.env.DATA_DIR = path.join(folder, 'data');
	delete process.env.DATABASE_URL;
	resetEnvForTests();
	await prepareCliDataDir(path.join(folder, 'data'));
	await inCliDatabase(async () => {
		await createTestAccount({ email: 'skript@example.org', name: 'Sara Skript', role: 'member' });
		const off = await createTestAccount({ email: 'aus@example.org', role: 'member' });
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, off.id));
	});
});
afterAll(() => {
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('token:create', () => {
	it('prints a working token once on standard output and stores only its hash', async () => {
		const result = await cli('token:create', 'Skript@example.org', '--name', 'Import');
		expect(result.code).toBe(0);
		const token = result.stdout.trim();
		expect(token).toMatch(/^kn_[A-Za-z0-9_-]{43}$/);
		expect(result.stderr).toContain(
			'API-Token „Import“ für Skript@example.org (Mitglied) erstellt'
		);
		expect(result.stderr).toContain('nur jetzt angezeigt');
		await inCliDatabase(async () => {
			expect((await authenticateApiToken(token))?.user.email).toBe('skript@example.org');
			const rows = await db.select().from(apiToken);
			expect(rows).toHaveLength(1);
			expect(JSON.stringify(rows)).not.toContain(token);
		});
	});

	it('takes an expiry date and refuses a bad one in German', async () => {
		const ok = await cli('token:create', 'skript@example.org', '--expires', '2999-12-31');
		expect(ok.code).toBe(0);
		expect(ok.stderr).toContain('gültig bis einschließlich 2999-12-31');
		const bad = await cli('token:create', 'skript@example.org', '--expires', '2025-02-30');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('„2025-02-30“ ist kein Datum');
		const past = await cli('token:create', 'skript@example.org', '--expires', '2020-01-01');
		expect(past.stderr).toContain('nach dem heutigen Tag');
	});

	it('refuses unknown and deactivated accounts without writing anything', async () => {
		const unknown = await cli('token:create', 'niemand@example.org');
		expect(unknown.code).toBe(1);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toContain(
			'Es gibt kein Konto mit der E-Mail-Adresse niemand@example.org'
		);
		const off = await cli('token:create', 'aus@example.org');
		expect(off.code).toBe(1);
		expect(off.stderr).toContain('deaktiviert');
		await inCliDatabase(async () => {
			expect(await db.select().from(apiToken)).toHaveLength(2);
		});
	});
});
