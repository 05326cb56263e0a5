import fs from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '../db/migrate';
import type { TransactionClient } from './transaction';

/** The newest migration applied to a database, as drizzle's migrator records it. */
export interface MigrationState {
	/** The migration's file name without `.sql`, when the migrations folder is at hand. */
	tag: string | null;
	/** sha256 of the migration's SQL. */
	hash: string;
	/** The journal's timestamp; the migrator applies every migration newer than the last one. */
	createdAt: number;
}

export interface AppliedMigrations {
	latest: MigrationState;
	hashes: Set<string>;
}

export async function readAppliedMigrations(client: TransactionClient): Promise<AppliedMigrations> {
	const rows = await client.query<{ hash: string; created_at: string }>(
		'SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC, id DESC'
	);
	const [newest] = rows;
	if (!newest) throw new Error('Die Datenbank hat noch keine Migrationen');
	const createdAt = Number(newest.created_at);
	return {
		latest: { tag: tagFor(createdAt), hash: newest.hash, createdAt },
		hashes: new Set(rows.map((row) => row.hash))
	};
}

function tagFor(createdAt: number): string | null {
	try {
		const journal = JSON.parse(
			fs.readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')
		) as { entries: { when: number; tag: string }[] };
		return journal.entries.find((entry) => entry.when === createdAt)?.tag ?? null;
	} catch {
		return null;
	}
}

export function describeMigration(state: MigrationState): string {
	return state.tag ?? `${new Date(state.createdAt).toISOString()} (${state.hash.slice(0, 12)})`;
}
