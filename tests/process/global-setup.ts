import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/paths';

/**
 * The process tests run the built app, as `npm start` does. `npm test` builds first; run alone,
 * they build once if there is no build yet.
 */
export default function setup(): void {
	if (fs.existsSync(path.join(ROOT, 'build', 'handler.js'))) return;
	console.log('Kein Build vorhanden: npx vite build …');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('vite build ist fehlgeschlagen');
}
