/**
 * The run's two app instances.
 *
 * - Demo instance: `baseURL` of every page; fictional content and the demo accounts.
 * - Empty instance: `emptyInstanceUrl()`; a fresh installation that waits for its first board
 *   account. `readSetupLink()` returns the one-time setup link the app printed at start (and wrote
 *   to DATA_DIR/setup-link.txt). It can be used once per run: only one spec may complete the
 *   setup, and it must not rely on retries.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { e2e } from './environment';

export function emptyInstanceUrl(): string {
	return e2e().empty.url;
}

export function demoInstanceUrl(): string {
	return e2e().demo.url;
}

export function readSetupLink(): string {
	const file = path.join(e2e().empty.dataDir, 'setup-link.txt');
	if (!existsSync(file)) throw new Error(`Kein Einrichtungslink in ${file}`);
	const link = readFileSync(file, 'utf8').trim();
	// The link names the address the app thinks it has; the test reaches it on the run's port.
	const url = new URL(link);
	return new URL(url.pathname + url.search, emptyInstanceUrl()).href;
}
