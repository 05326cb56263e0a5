import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { threadGroupId, writableGroup } from './access';
import { threadSubscription } from './schema';

/** Members follow a thread: every reply reaches them at once (unless their setting is `none`). */
export async function subscribeThread(options: {
	actor: SessionUser | null;
	threadId: string;
}): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.contribute');
	await writableGroup(db, await threadGroupId(db, options.threadId), actor.id);
	await db
		.insert(threadSubscription)
		.values({ threadId: options.threadId, userId: actor.id })
		.onConflictDoNothing();
}

export async function unsubscribeThread(options: {
	actor: SessionUser | null;
	threadId: string;
}): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	await removeThreadSubscription(actor.id, options.threadId);
}

/** Without a permission check: for the form above and the signed unsubscribe link. */
export async function removeThreadSubscription(userId: string, threadId: string): Promise<boolean> {
	const removed = await db
		.delete(threadSubscription)
		.where(and(eq(threadSubscription.threadId, threadId), eq(threadSubscription.userId, userId)))
		.returning({ threadId: threadSubscription.threadId });
	return removed.length > 0;
}
