// OParl import benchmark (issue 6): a full import of a local OParl server serving 10,000 papers
// (with files and consultations), 1,000 meetings with agenda items, persons and Gremien, into a
// fresh in-memory PGlite database, compared with a plain crawl of the same server by the same
// HTTP client with the same settings (see oparl-crawl.ts). The figure is the import's throughput
// as a share of the crawl's: 1.0 means storing costs nothing on top of reading.
//
// Settings: BENCH_OPARL_PAPERS (10000), BENCH_OPARL_PAGE_SIZE (25, as Sternberg's servers),
// BENCH_OPARL_LATENCY_MS (100: a quick council server's think time per answer), BENCH_OPARL_PORT
// (the test server's port; default any free one), and the source's
// default politeness (requests per second and concurrency of OPARL_SOURCE_DEFAULTS). Exit code 1
// below the goal.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { OPARL_SOURCE_DEFAULTS } from '../../src/lib/shared/oparl';
import { openPglite } from '../../src/lib/server/db/client';
import { db, useDatabase } from '../../src/lib/server/db';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { oparlBody, oparlObject } from '../../src/lib/server/oparl/schema';
import { addOparlSource } from '../../src/lib/server/oparl/sync/add-source';
import { runOparlSync } from '../../src/lib/server/oparl/sync/run-sync';
import { plainCrawl } from './oparl-crawl';

// The benchmark's council server runs on this machine, which the import refuses by default.
process.env.OPARL_ALLOW_PRIVATE_HOSTS ??= '127.0.0.1,localhost';

export const OPARL_RATIO_GOAL = 0.7;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Starts oparl-serve.ts and waits for its System URL. */
async function startServer() {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', fileURLToPath(new URL('./oparl-serve.ts', import.meta.url))],
		{ stdio: ['pipe', 'pipe', 'inherit'], env: process.env }
	);
	let output = '';
	child.stdout.setEncoding('utf8');
	for await (const chunk of child.stdout) {
		output += chunk;
		if (output.includes('\n')) break;
	}
	const { systemUrl } = JSON.parse(output) as { systemUrl: string };
	return {
		systemUrl,
		close: async () => {
			child.kill('SIGTERM');
			if (child.exitCode === null) await once(child, 'exit');
		}
	};
}

/** Runs the benchmark, prints its figures and returns the ratio. */
export async function benchmarkOparlImport(): Promise<number> {
	const papers = Number(process.env.BENCH_OPARL_PAPERS ?? 10_000);
	const pageSize = Number(process.env.BENCH_OPARL_PAGE_SIZE ?? 25);
	const latencyMs = Number(process.env.BENCH_OPARL_LATENCY_MS ?? 100);
	const { requestsPerSecond, concurrency, timeoutSeconds } = OPARL_SOURCE_DEFAULTS;
	console.log(
		`\nBenchmark: OParl-Import von ${papers.toLocaleString('de-DE')} Vorlagen ` +
			`(Seitengröße ${pageSize}, ${latencyMs} ms Antwortzeit, ${requestsPerSecond} Anfragen/s, ` +
			`${concurrency} gleichzeitig; PGlite im Speicher)\n`
	);
	const server = await startServer();
	const handle = await openPglite(undefined);
	try {
		useDatabase(handle);
		await migrateDatabase(handle);

		const crawl = await plainCrawl(server.systemUrl, {
			requestsPerSecond,
			concurrency,
			timeoutMs: timeoutSeconds * 1000
		});
		console.log(
			`Reines Lesen (Crawl):  ${seconds(crawl.ms).padStart(9)}  ${crawl.pages} Seiten, ` +
				`${crawl.items.toLocaleString('de-DE')} Listeneinträge, ${(crawl.bytes / 1e6).toFixed(1)} MB`
		);

		const { sourceId } = await addOparlSource(server.systemUrl, 'cli');
		await db.update(oparlBody).set({ followed: true }).where(eq(oparlBody.sourceId, sourceId));
		const started = performance.now();
		const summary = await runOparlSync({ sourceId, kind: 'full' });
		const importMs = performance.now() - started;
		if (summary.status !== 'succeeded')
			throw new Error(`Import nicht erfolgreich: ${summary.status} ${summary.error ?? ''}`);
		const objects = await db.$count(oparlObject, eq(oparlObject.sourceId, sourceId));
		console.log(
			`Import:                ${seconds(importMs).padStart(9)}  ${summary.requests} Anfragen, ` +
				`${objects.toLocaleString('de-DE')} Objekte gespeichert ` +
				`(${Math.round(objects / (importMs / 1000)).toLocaleString('de-DE')} Objekte/s)`
		);

		const ratio = crawl.ms / importMs;
		console.log(
			`\nDurchsatz des Imports im Verhältnis zum reinen Lesen: ${ratio.toFixed(2)} (Ziel ≥ ${OPARL_RATIO_GOAL})`
		);
		return ratio;
	} finally {
		await server.close();
		await handle.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ratio = await benchmarkOparlImport();
	if (ratio < OPARL_RATIO_GOAL) process.exitCode = 1;
}
