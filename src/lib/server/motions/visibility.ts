import { and, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { MotionStatus, MotionVisibility } from '$lib/shared/motions';
import type { Role } from '$lib/shared/roles';
import type { SessionUser } from '../auth/types';
import { effectiveRole } from '../auth/policy';
import { db } from '../db';
import { person } from '../directory/schema';
import { currentFactionIds } from '../directory/viewer';
import { searchDocument } from '../search/schema';
import { motion, motionAuthor } from './schema';

/**
 * The one place that decides who reads a motion. Pages, search, feeds, exports, alerts and the API
 * all ask here; nothing else compares motion visibilities. Rules:
 *
 * - `public`: everyone, signed in or not.
 * - `members`: the network (member, faction admin, board).
 * - `faction` (a draft until it is filed): its authors and the current members of its faction,
 *   if they belong to the network. Not the board as such: a faction's drafts are its own work.
 *
 * Editing: authors, the faction admins of the motion's faction, and the board, of what they read.
 */
export interface MotionViewer {
	role: Role;
	userId: string | null;
	/** Factions the viewer's person sits in today (members, or seats held for the faction). */
	factionIds: ReadonlySet<string>;
}

export const ANONYMOUS_MOTION_VIEWER: MotionViewer = {
	role: 'anonymous',
	userId: null,
	factionIds: new Set()
};

const NETWORK_ROLES: readonly Role[] = ['member', 'faction_admin', 'board'];

export function seesMembersMotions(viewer: MotionViewer): boolean {
	return NETWORK_ROLES.includes(viewer.role);
}

export async function loadMotionViewer(user: SessionUser | null): Promise<MotionViewer> {
	const role = effectiveRole(user);
	if (!user || role === 'anonymous') return ANONYMOUS_MOTION_VIEWER;
	const [own] = await db
		.select({ id: person.id })
		.from(person)
		.where(eq(person.userId, user.id))
		.limit(1);
	const factionIds = own
		? new Set((await currentFactionIds([own.id])).get(own.id))
		: new Set<string>();
	return { role, userId: user.id, factionIds };
}

export interface MotionAccessFacts {
	visibility: MotionVisibility;
	factionId: string | null;
	authorIds: readonly string[];
}

export function canReadMotion(viewer: MotionViewer, facts: MotionAccessFacts): boolean {
	if (facts.visibility === 'public') return true;
	if (!seesMembersMotions(viewer)) return false;
	if (facts.visibility === 'members') return true;
	return isInsider(viewer, facts);
}

/** Authors and the motion's faction: they share a draft. */
function isInsider(viewer: MotionViewer, facts: MotionAccessFacts): boolean {
	return (
		(viewer.userId !== null && facts.authorIds.includes(viewer.userId)) ||
		(facts.factionId !== null && viewer.factionIds.has(facts.factionId))
	);
}

export function canEditMotion(viewer: MotionViewer, facts: MotionAccessFacts): boolean {
	if (!canReadMotion(viewer, facts)) return false;
	if (viewer.role === 'board') return true;
	if (viewer.userId !== null && facts.authorIds.includes(viewer.userId)) return true;
	return (
		viewer.role === 'faction_admin' &&
		facts.factionId !== null &&
		viewer.factionIds.has(facts.factionId)
	);
}

/**
 * Deleting: whoever edits a draft may throw it away (authors, the faction's admins, the board);
 * once filed, a motion is part of the record and only the board removes it (moderation, with
 * `motions.moderate` checked by the service as well).
 */
export function canDeleteMotion(
	viewer: MotionViewer,
	facts: MotionAccessFacts,
	status: MotionStatus
): boolean {
	if (!canEditMotion(viewer, facts)) return false;
	return status === 'draft' || viewer.role === 'board';
}

/** SQL condition on `motion` for the motions a viewer reads (for lists, counts, feeds). */
export function motionReadCondition(viewer: MotionViewer): SQL {
	if (!seesMembersMotions(viewer)) return eq(motion.visibility, 'public');
	const insider: SQL[] = [];
	if (viewer.userId) {
		insider.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(motionAuthor)
					.where(and(eq(motionAuthor.motionId, motion.id), eq(motionAuthor.userId, viewer.userId)))
			)
		);
	}
	if (viewer.factionIds.size > 0) insider.push(inArray(motion.factionId, [...viewer.factionIds]));
	return or(
		inArray(motion.visibility, ['public', 'members']),
		insider.length > 0 ? and(eq(motion.visibility, 'faction'), or(...insider)) : sql`false`
	)!;
}

/** Who reads a search document made from a motion; stored with the document. */
export function searchAccessOf(facts: MotionAccessFacts): {
	access: 'public' | 'members' | 'restricted';
	readerFactionIds: string[];
	readerUserIds: string[];
} {
	if (facts.visibility === 'public' || facts.visibility === 'members') {
		return { access: facts.visibility, readerFactionIds: [], readerUserIds: [] };
	}
	return {
		access: 'restricted',
		readerFactionIds: facts.factionId ? [facts.factionId] : [],
		readerUserIds: [...facts.authorIds]
	};
}

/**
 * SQL condition on `search_document` for what a viewer reads; the same rules as above, applied to
 * the access facts each document carries (any capability's documents, not only motions).
 */
export function searchDocumentReadCondition(viewer: MotionViewer): SQL {
	if (!seesMembersMotions(viewer)) return eq(searchDocument.access, 'public');
	const insider: SQL[] = [];
	if (viewer.userId) {
		insider.push(sql`${viewer.userId} = ANY(${searchDocument.readerUserIds})`);
	}
	if (viewer.factionIds.size > 0) {
		const ids = sql.join(
			[...viewer.factionIds].map((id) => sql`${id}::uuid`),
			sql`, `
		);
		insider.push(sql`${searchDocument.readerFactionIds} && ARRAY[${ids}]`);
	}
	return or(
		inArray(searchDocument.access, ['public', 'members']),
		insider.length > 0 ? and(eq(searchDocument.access, 'restricted'), or(...insider)) : sql`false`
	)!;
}

/**
 * A draft shared with the faction becomes readable by the network once it is filed: "visible only
 * to the authors and their faction until filed". Public stays public; a filed motion never falls
 * back to `faction`.
 */
export function visibilityAfterStatus(
	visibility: MotionVisibility,
	status: MotionStatus
): MotionVisibility {
	return status !== 'draft' && visibility === 'faction' ? 'members' : visibility;
}
