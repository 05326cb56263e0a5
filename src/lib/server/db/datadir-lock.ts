import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite lets only one process open a data directory, and opening it twice corrupts it.
 * PGlite has no lock of its own, so we keep a PID file beside the data. A PID file (rather than
 * an mtime-refreshed lock such as proper-lockfile) is freed the instant its owner dies, so a
 * restart after `kill -9` never waits for a stale timeout.
 */
export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`Das Datenverzeichnis ${dataDir} wird gerade von einem anderen Prozess (PID ${pid}) benutzt, ` +
				'wahrscheinlich vom laufenden Server. Bitte den Server zuerst beenden (Strg+C) ' +
				'und den Befehl dann erneut ausführen.'
		);
		this.name = 'DataDirLockedError';
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function acquireDataDirLock(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	const lockFile = path.join(dataDir, 'kommunalnetz.pid');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
			return () => {
				try {
					if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid))
						fs.unlinkSync(lockFile);
				} catch {
					// already gone
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const owner = Number.parseInt(fs.readFileSync(lockFile, 'utf8').trim(), 10);
			if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
				throw new DataDirLockedError(dataDir, owner);
			}
			fs.rmSync(lockFile, { force: true });
		}
	}
	throw new Error(`Sperrdatei ${lockFile} konnte nicht angelegt werden`);
}
