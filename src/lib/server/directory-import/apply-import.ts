import { eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { membership, person, personTopic } from '../directory/schema';
import { organization } from '../territory/schema';
import type { PlanWrites } from './plan-import';

/** Rows per insert statement: few round trips, far below the parameter limit. */
const CHUNK = 500;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Writes a plan inside the caller's transaction: bulk inserts, single updates for changes only. */
export async function applyImport(tx: Transaction, writes: PlanWrites): Promise<void> {
	const now = new Date();
	await inChunks(writes.newFactions, (chunk) =>
		tx.insert(organization).values(
			chunk.map((f) => ({
				id: f.id,
				bodyId: f.bodyId,
				parentId: f.parentId,
				name: f.name,
				organizationType: 'faction' as const,
				classification: 'Fraktion'
			}))
		)
	);
	await inChunks(writes.newPeople, (chunk) => tx.insert(person).values(chunk));
	for (const update of writes.personUpdates)
		await tx
			.update(person)
			.set({ ...update.set, modifiedAt: now })
			.where(eq(person.id, update.id));
	await inChunks(writes.newTopics, (chunk) =>
		tx.insert(personTopic).values(chunk).onConflictDoNothing()
	);
	await inChunks(writes.newMemberships, (chunk) => tx.insert(membership).values(chunk));
	for (const update of writes.membershipUpdates)
		await tx
			.update(membership)
			.set({ ...update.set, modifiedAt: now })
			.where(eq(membership.id, update.id));
}
