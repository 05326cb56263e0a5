import { eq } from 'drizzle-orm';
import { can } from '../auth/policy';
import { user } from '../auth/schema';
import { toSessionUser } from '../auth/session-user';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { loadMotionViewer, type MotionViewer } from '../motions/visibility';

export interface AlertOwner {
	user: SessionUser;
	/** What the owner reads right now: role and factions as of this moment. */
	viewer: MotionViewer;
}

/**
 * The owner of a saved search as mails and feeds act for them: with their current role and
 * factions, read fresh each time. A switched-off account, or one whose role no longer keeps saved
 * searches, gets neither mail nor feed; a demoted one gets what the new role reads.
 */
export async function loadAlertOwner(userId: string): Promise<AlertOwner | null> {
	const [record] = await db.select().from(user).where(eq(user.id, userId));
	if (!record || record.deactivatedAt) return null;
	const sessionUser = toSessionUser(record);
	if (!can(sessionUser, 'alerts.manage')) return null;
	return { user: sessionUser, viewer: await loadMotionViewer(sessionUser) };
}
