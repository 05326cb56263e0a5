import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { savedSearch } from './schema';
import { verifyAlertUnsubscribeToken } from './unsubscribe-token';

export interface AlertUnsubscribeInfo {
	searchName: string;
	/** False when the search mails nothing any more. */
	active: boolean;
}

async function load(token: string) {
	const verified = await verifyAlertUnsubscribeToken(token);
	if (!verified) return null;
	const [row] = await db
		.select({ id: savedSearch.id, name: savedSearch.name, frequency: savedSearch.frequency })
		.from(savedSearch)
		.where(
			and(eq(savedSearch.id, verified.savedSearchId), eq(savedSearch.userId, verified.userId))
		);
	return row ?? null;
}

/** What a signed link would stop, for the confirmation page; null for an invalid or stale link. */
export async function describeAlertUnsubscribe(
	token: string
): Promise<AlertUnsubscribeInfo | null> {
	const row = await load(token);
	return row ? { searchName: row.name, active: row.frequency !== 'none' } : null;
}

/**
 * Switches the search's mail off ("Keine Mails"); the search and its feed stay. No sign-in: the
 * signed link names person and search. Doing it twice changes nothing.
 */
export async function applyAlertUnsubscribe(token: string): Promise<AlertUnsubscribeInfo | null> {
	const row = await load(token);
	if (!row) return null;
	if (row.frequency !== 'none') {
		await db
			.update(savedSearch)
			.set({ frequency: 'none', modifiedAt: new Date() })
			.where(eq(savedSearch.id, row.id));
	}
	return { searchName: row.name, active: false };
}
