import type { Database, DatabaseHandle } from './client';

export type { Database, DatabaseHandle, DatabaseKind, Transaction } from './client';

/**
 * The process's database. Set once at start-up (server, CLI, worker) or per test file;
 * services import `db` and never open connections themselves.
 */
let current: DatabaseHandle | undefined;

export function useDatabase(handle: DatabaseHandle): void {
	current = handle;
}

export function databaseHandle(): DatabaseHandle {
	if (!current) throw new Error('Datenbank ist noch nicht geöffnet');
	return current;
}

export function hasDatabase(): boolean {
	return current !== undefined;
}

/** Forwards every property access to the current database, so imports stay stable. */
export const db: Database = new Proxy({} as Database, {
	get(_target, property) {
		const target = databaseHandle().db as unknown as Record<PropertyKey, unknown>;
		const value = target[property];
		return typeof value === 'function'
			? (value as (...args: unknown[]) => unknown).bind(target)
			: value;
	}
});
