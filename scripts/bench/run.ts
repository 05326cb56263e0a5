// `npm run bench`: imports 1,000 CSV rows into a fresh in-memory PGlite database and prints how
// long each step takes. Fails (exit code 1) when the import takes more than BUDGET_MS. Then the
// OParl import benchmark (oparl.ts), which fails below its throughput goal.
import { performance } from 'node:perf_hooks';
import { openPglite } from '../../src/lib/server/db/client';
import { useDatabase } from '../../src/lib/server/db';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { ensureDefaultTopics } from '../../src/lib/server/directory/default-topics';
import { importDirectory } from '../../src/lib/server/directory-import/import-directory';
import { describeProblem } from '../../src/lib/server/directory-import/csv-format';
import { loadStateData } from '../../src/lib/server/territory/load-state-data';
import { benchmarkCsv } from './import-rows';

const ROWS = 1000;
/** "Seconds, not minutes" (issue 4), with room for a slow, shared machine. */
const BUDGET_MS = 30_000;

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const start = performance.now();
	const value = await work();
	const ms = performance.now() - start;
	console.log(`${label.padEnd(50)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
	return { value, ms };
}

const handle = await openPglite(undefined);
try {
	useDatabase(handle);
	console.log(`Benchmark: Import von ${ROWS} CSV-Zeilen (PGlite im Speicher)\n`);
	await timed('Datenbank anlegen (Migrationen)', () => migrateDatabase(handle));
	await timed('Landesdaten und Themen laden', async () => {
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
	});
	const csv = (await timed('CSV erzeugen', () => benchmarkCsv(ROWS))).value;
	const changed = await benchmarkCsv(ROWS, { phoneSuffix: '9' });

	const run = (label: string, input: string, dryRun: boolean) =>
		timed(label, async () => {
			const result = await importDirectory({ by: 'cli', input, dryRun });
			if (result.problems.length > 0)
				throw new Error(result.problems.slice(0, 5).map(describeProblem).join('\n'));
			return result;
		});
	const dry = await run('Probelauf (--dry-run)', csv, true);
	const first = await run('Import, alles neu', csv, false);
	const again = await run('Dieselbe Datei noch einmal (nichts ändert sich)', csv, false);
	const update = await run('Jede Telefonnummer geändert', changed, false);

	const rows = (r: typeof first.value) =>
		`${r.counts.rows.new} neu, ${r.counts.rows.changed} geändert, ${r.counts.rows.unchanged} unverändert`;
	console.log(`\nZeilen beim ersten Import: ${rows(first.value)}`);
	console.log(`Zeilen beim zweiten Import: ${rows(again.value)}`);
	console.log(`Zeilen nach Änderung: ${rows(update.value)}`);
	const slowest = Math.max(dry.ms, first.ms, again.ms, update.ms);
	if (again.value.counts.rows.unchanged !== ROWS)
		throw new Error('Der zweite Import hat etwas geändert: nicht idempotent.');
	if (slowest > BUDGET_MS) {
		console.error(`\nZu langsam: ${(slowest / 1000).toFixed(1)} s (Grenze ${BUDGET_MS / 1000} s).`);
		process.exitCode = 1;
	}
} finally {
	await handle.close();
}

// OParl import (issue 6): throughput of a full import against a plain crawl of the same server.
const { benchmarkOparlImport, OPARL_RATIO_GOAL } = await import('./oparl');
if ((await benchmarkOparlImport()) < OPARL_RATIO_GOAL) process.exitCode = 1;
