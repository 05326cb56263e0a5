import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	startOparlTestServer,
	type OparlTestServer
} from '../../src/lib/server/oparl/testing/oparl-test-server';
import { syntheticOparlCorpus } from '../../src/lib/server/oparl/testing/synthetic-corpus';
import { ROOT } from './support/paths';
import { preparedDataDir } from './support/prepared';
import { runToEnd, startProcess, waitFor } from './support/processes';

const CLI = path.join(ROOT, 'scripts/cli.ts');
const PAPERS = 60;
/** Small pages: many commits to land the kill between, few objects to store. */
const PAGE_SIZE = 6;
/**
 * The lists only: what is killed and resumed here is the list import. The files' downloads
 * follow it as a step of their own (covered in oparl-sync-files.test.ts); their 60 downloads
 * took about as long as the list import itself.
 */
const SYNC = ['oparl:sync', '--ohne-dateien'];

const servers: OparlTestServer[] = [];
afterEach(async () => {
	for (const server of servers.splice(0)) await server.close();
});

/** The CLI itself, not through npm: SIGKILL must hit the process that writes. */
const cli = (dataDir: string, ...args: string[]) =>
	runToEnd(process.execPath, ['--import', 'tsx', CLI, ...args], { DATA_DIR: dataDir }, 300_000);

async function addSource(dataDir: string, systemUrl: string) {
	const added = await cli(dataDir, 'oparl:add', systemUrl, '--follow', 'all');
	expect(added.stderr).not.toMatch(/Error|Fehler/);
	expect(added.code).toBe(0);
}

/** Counts by OParl type from `oparl:status --json` (the object that has `paper` and `meeting`). */
async function storedCounts(dataDir: string): Promise<Record<string, number>> {
	const status = await cli(dataDir, 'oparl:status', '--json');
	expect(status.code).toBe(0);
	const find = (value: unknown): Record<string, number> | null => {
		if (!value || typeof value !== 'object') return null;
		const record = value as Record<string, unknown>;
		if (typeof record.paper === 'number' && typeof record.meeting === 'number')
			return record as Record<string, number>;
		for (const child of Object.values(record)) {
			const found = find(child);
			if (found) return found;
		}
		return null;
	};
	const counts = find(JSON.parse(status.stdout));
	expect(counts, status.stdout).not.toBeNull();
	return counts!;
}

const paperPage = (requestPath: string) => {
	const url = new URL(requestPath, 'http://x');
	if (!/\/paper$/.test(url.pathname)) return null;
	return Number(url.searchParams.get('page') ?? '1');
};

describe('oparl:sync killed with SIGKILL', () => {
	it('resumes on the next run where it stopped, and ends with exactly what an uninterrupted import stores', async () => {
		const corpus = syntheticOparlCorpus({ papers: PAPERS, filesPerPaper: 1, persons: 6 });
		// A little latency per answer, like a real council server, so the kill lands mid-list.
		const serve = async () => {
			const started = await startOparlTestServer({
				objects: corpus.objects,
				pageSize: PAGE_SIZE,
				latencyMs: 40
			});
			servers.push(started);
			return started;
		};
		// Two servers of the same corpus, so each run's request log is its own.
		const [server, wholeServer] = await Promise.all([serve(), serve()]);
		const pagesPerList = PAPERS / PAGE_SIZE;

		// The uninterrupted import runs beside the killed one (the CLI start-ups dominate; in CI
		// the second core would idle otherwise).
		const uninterrupted = preparedDataDir();
		const wholeImport = (async () => {
			await addSource(uninterrupted, wholeServer.systemUrl);
			const whole = await cli(uninterrupted, ...SYNC);
			expect(whole.code, whole.stdout + whole.stderr).toBe(0);
			return storedCounts(uninterrupted);
		})();
		wholeImport.catch(() => {}); // awaited below; not an unhandled rejection meanwhile

		const killed = preparedDataDir();
		await addSource(killed, server.systemUrl);
		const sync = startProcess(process.execPath, ['--import', 'tsx', CLI, ...SYNC], {
			DATA_DIR: killed
		});
		const paperPagesServed = () =>
			server.requests.filter((r) => r.status === 200 && paperPage(r.path) !== null).length;
		await waitFor(
			() => paperPagesServed() >= pagesPerList / 3,
			240_000,
			() => `Der Abgleich kam nicht bis zu den Vorlagen:\n${sync.output()}`
		);
		sync.signalGroup('SIGKILL');
		expect((await sync.exited).signal).toBe('SIGKILL');
		const servedBeforeKill = server.requests.length;

		const resumed = await cli(killed, ...SYNC);
		expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
		// The paper list went on from its cursor instead of starting over at page 1.
		const pagesAfterKill = server.requests
			.slice(servedBeforeKill)
			.map((r) => paperPage(r.path))
			.filter((page): page is number => page !== null);
		expect(pagesAfterKill.length).toBeGreaterThan(0);
		expect(Math.min(...pagesAfterKill)).toBeGreaterThan(1);
		expect(pagesAfterKill.length).toBeLessThan(pagesPerList);

		const afterKill = await storedCounts(killed);
		expect(afterKill).toEqual(await wholeImport);
		expect(afterKill).toMatchObject({
			paper: PAPERS,
			meeting: corpus.counts.meetings,
			agendaItem: corpus.counts.agendaItems,
			consultation: corpus.counts.consultations,
			file: corpus.counts.files,
			person: corpus.counts.persons
		});
	}, 900_000);
});
