import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const folders: string[] = [];

/** A fresh DATA_DIR (not yet created, like on a first start) inside a temp folder. */
export function tempDataDir(): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-process-'));
	folders.push(folder);
	return path.join(folder, 'data');
}

export function tempFile(name: string): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-process-'));
	folders.push(folder);
	return path.join(folder, name);
}

export function removeTempFolders(): void {
	for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

export function lockFile(dataDir: string): string {
	return path.join(dataDir, 'kommunalnetz.pid');
}

/**
 * What PostgreSQL's control file says about the data directory: `shut down` after a clean
 * close, `in production` while open or after a crash. The state is the fifth 32-bit word of
 * pg_control (after system identifier, control and catalog version), little-endian in PGlite.
 */
export function pgControlState(dataDir: string): string {
	const control = fs.readFileSync(path.join(dataDir, 'pgdata', 'global', 'pg_control'));
	const states = [
		'starting up',
		'shut down',
		'shut down in recovery',
		'shutting down',
		'in crash recovery',
		'in archive recovery',
		'in production'
	];
	return states[control.readUInt32LE(16)] ?? `unknown (${control.readUInt32LE(16)})`;
}
