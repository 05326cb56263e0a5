import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from './support/app';
import { ROOT } from './support/paths';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A DATA_DIR one first start of the built app created and closed cleanly (see below). */
		preparedDataDir: string;
	}
}

/**
 * The process tests run the built app, as `npm start` does. `npm test` builds first; run alone,
 * they build once if there is no build yet.
 *
 * A first start on an empty DATA_DIR (PGlite's initdb, the migrations, the state data) costs
 * several seconds of CPU; most tests are about what happens after it (signals, locks, restores,
 * imports), so they start from a copy of the folder one first start left here. The first start
 * itself stays covered: healthz.test.ts starts on an empty folder.
 */
export default async function setup(project: TestProject): Promise<() => void> {
	if (!fs.existsSync(path.join(ROOT, 'build', 'handler.js'))) {
		console.log('Kein Build vorhanden: npx vite build …');
		const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (result.status !== 0) throw new Error('vite build ist fehlgeschlagen');
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-process-prepared-'));
	const dataDir = path.join(folder, 'data');
	const app = await startApp({ dataDir });
	const exit = await app.stop('SIGTERM');
	if (exit.code !== 0)
		throw new Error(`Vorbereitender Start endete mit ${exit.code}:\n${app.output()}`);
	project.provide('preparedDataDir', dataDir);
	return () => fs.rmSync(folder, { recursive: true, force: true });
}
