import { asc, eq, inArray } from 'drizzle-orm';
import type { MotionStatus, MotionType, MotionVisibility } from '$lib/shared/motions';
import { user as userTable } from '../auth/schema';
import { can } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { person, topic } from '../directory/schema';
import { organization } from '../territory/schema';
import { readableMotion } from './attachments/motion-access';
import { offersDelete } from './delete-motion';
import {
	describeReuseFigures,
	motionOrigins,
	motionReuses,
	type LineageMotion,
	type ReuseFigures
} from './motion-lineage';
import { motion, motionTopic } from './schema';
import { seesMembersMotions } from './visibility';

export interface MotionView {
	id: string;
	type: MotionType;
	title: string;
	text: string;
	justification: string;
	answer: string | null;
	answeredOn: string | null;
	status: MotionStatus;
	visibility: MotionVisibility;
	filedOn: string | null;
	decidedOn: string | null;
	votesYes: number | null;
	votesNo: number | null;
	votesAbstain: number | null;
	council: { id: string; name: string } | null;
	faction: { id: string; name: string } | null;
	/** Network members see who wrote it; the public sees the faction. */
	authors: { userId: string; name: string }[] | null;
	topics: { id: string; slug: string; name: string }[];
	reusedFromId: string | null;
	/** Taken over from a motion that was deleted since (the link itself is gone). */
	reusedFromDeleted: boolean;
	origins: LineageMotion[];
	reuses: LineageMotion[];
	figures: ReuseFigures;
	/** "in 5 Kommunen eingebracht, 3 beschlossen", or null before the first filed reuse. */
	figuresText: string | null;
	createdAt: Date;
	modifiedAt: Date;
	canEdit: boolean;
	canDelete: boolean;
	canReuse: boolean;
}

/**
 * One motion as the actor may see it, or null when it does not exist or is hidden from them
 * (answered alike, so a draft's existence is never confirmed).
 */
export async function getMotion(
	actor: SessionUser | null,
	motionId: string
): Promise<MotionView | null> {
	const access = await readableMotion(actor, motionId);
	if (!access) return null;
	const [row] = await db.select().from(motion).where(eq(motion.id, motionId));
	if (!row) return null;

	const places = await organizationNames([row.councilId, row.factionId]);
	const [topics, authors, origins, reused] = await Promise.all([
		db
			.select({ id: topic.id, slug: topic.slug, name: topic.name })
			.from(motionTopic)
			.innerJoin(topic, eq(topic.id, motionTopic.topicId))
			.where(eq(motionTopic.motionId, motionId))
			.orderBy(asc(topic.sortOrder), asc(topic.name)),
		seesMembersMotions(access.viewer) ? authorNames(access.facts.authorIds) : null,
		motionOrigins(access.viewer, motionId),
		motionReuses(access.viewer, motionId)
	]);

	return {
		id: row.id,
		type: row.type,
		title: row.title,
		text: row.text,
		justification: row.justification,
		answer: row.answer,
		answeredOn: row.answeredOn,
		status: row.status,
		visibility: row.visibility,
		filedOn: row.filedOn,
		decidedOn: row.decidedOn,
		votesYes: row.votesYes,
		votesNo: row.votesNo,
		votesAbstain: row.votesAbstain,
		council: row.councilId ? (places.get(row.councilId) ?? null) : null,
		faction: row.factionId ? (places.get(row.factionId) ?? null) : null,
		authors,
		topics,
		reusedFromId: row.reusedFromId,
		reusedFromDeleted: row.reusedFromDeleted,
		origins,
		reuses: reused.reuses,
		figures: reused.figures,
		figuresText: describeReuseFigures(reused.figures),
		createdAt: row.createdAt,
		modifiedAt: row.modifiedAt,
		canEdit: access.canEdit,
		canDelete: offersDelete(actor, access, row.status),
		canReuse: can(actor, 'network.contribute')
	};
}

async function organizationNames(
	ids: (string | null)[]
): Promise<Map<string, { id: string; name: string }>> {
	const present = ids.filter((id): id is string => id !== null);
	if (present.length === 0) return new Map();
	const rows = await db
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(inArray(organization.id, present));
	return new Map(rows.map((row) => [row.id, row]));
}

/** The directory name where the account has an entry, else the account's name. */
export async function authorNames(
	userIds: readonly string[]
): Promise<{ userId: string; name: string }[]> {
	if (userIds.length === 0) return [];
	const rows = await db
		.select({ userId: userTable.id, accountName: userTable.name, fullName: person.fullName })
		.from(userTable)
		.leftJoin(person, eq(person.userId, userTable.id))
		.where(inArray(userTable.id, [...userIds]));
	return rows
		.map((row) => ({ userId: row.userId, name: row.fullName ?? row.accountName }))
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
