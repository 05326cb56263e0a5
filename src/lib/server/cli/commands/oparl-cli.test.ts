import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import { oparlSource } from '../../oparl/schema';
import { HUERTGENWALD_FIXTURE_DIR } from '../../oparl/testing/fixture-paths';
import { startOparlTestServer, type OparlTestServer } from '../../oparl/testing/oparl-test-server';
import { cli, inCliDatabase, prepareCliDataDir } from '../testing/cli-harness';

let folder: string;
let server: OparlTestServer;

beforeAll(async () => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-oparl-cli-'));
	process.env.DATA_DIR = path.join(folder, 'data');
	delete process.env.DATABASE_URL;
	resetEnvForTests();
	await prepareCliDataDir(path.join(folder, 'data'));
	server = await startOparlTestServer({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
});

afterAll(async () => {
	await server.close();
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('oparl CLI', () => {
	it('adds a source, follows its body, imports it and reports the counts as JSON', async () => {
		const listed = await cli('oparl:add', server.systemUrl);
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain('Quelle „SD.NET RIM“ (OParl 1.0) angelegt');
		expect(listed.stdout).toContain('Gemeinde Hürtgenwald');
		expect(listed.stderr).toContain('--follow <Körperschafts-ID|all>');

		const nothingFollowed = await cli('oparl:sync');
		expect(nothingFollowed.code).toBe(1);
		expect(nothingFollowed.stderr).toContain('Keine Quelle zum Abgleichen');

		const followed = await cli('oparl:add', server.systemUrl, '--follow', 'all');
		expect(followed.code).toBe(0);
		expect(followed.stdout).toContain('Gefolgt: Gemeinde Hürtgenwald');

		// No rate limit against the local server (the default is kind to real ones).
		await inCliDatabase(() =>
			db.update(oparlSource).set({ requestsPerSecond: 0, concurrency: 4, timeoutSeconds: 60 })
		);

		// The files are oparl-sync-files.test.ts's subject: here the lists only.
		const synced = await cli('oparl:sync', '--full', '--ohne-dateien');
		// The fixture's agenda items point at consultations that were cut from it: the run
		// succeeds and reports them as dangling references.
		expect(synced.stdout).toContain('SD.NET RIM: abgeschlossen');
		expect(synced.stdout).toMatch(/Seiten, [\d.]+ Anfragen/);
		expect(synced.code).toBe(0);

		const status = await cli('oparl:status', '--json');
		expect(status.code).toBe(0);
		const { sources } = JSON.parse(status.stdout) as {
			sources: {
				name: string;
				counts: Record<string, number>;
				problems: number;
				lastSuccessfulSync: string | null;
			}[];
		};
		expect(sources).toHaveLength(1);
		expect(sources[0]!.counts).toMatchObject({
			paper: 93,
			meeting: 89,
			person: 49,
			organization: 22,
			agendaItem: 1374,
			file: 976,
			consultation: 92,
			membership: 533,
			location: 5,
			legislativeTerm: 0
		});
		expect(sources[0]!.problems).toBeGreaterThan(0);
		expect(Date.parse(sources[0]!.lastSuccessfulSync!)).toBeGreaterThan(Date.now() - 10 * 60_000);

		const text = await cli('oparl:status');
		expect(text.stdout).toContain('Letzter Lauf: abgeschlossen');
	}, 600_000);
});
