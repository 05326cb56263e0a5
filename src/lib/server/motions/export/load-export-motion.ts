import { asc, eq, inArray } from 'drizzle-orm';
import { DECIDED_STATUSES, MOTION_STATUS_LABELS, MOTION_TYPE_LABELS } from '$lib/shared/motions';
import { formatLongDate } from '$lib/shared/format-date';
import { user as account } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { topic } from '../../directory/schema';
import { instanceConfig } from '../../instance/instance-config';
import { organization } from '../../territory/schema';
import { readableMotion } from '../attachments/motion-access';
import { motion, motionAuthor, motionTopic } from '../schema';
import { seesMembersMotions } from '../visibility';
import type { ExportMotion } from './export-model';

/**
 * The motion as the exports print it, for a reader of the motion only (null for hidden and
 * unknown alike). Authors' account names are the network's business: they are printed for
 * members, not for the public, the same as nobody outside sees who has an account.
 */
export async function loadExportMotion(
	user: SessionUser | null,
	motionId: string
): Promise<ExportMotion | null> {
	const access = await readableMotion(user, motionId);
	if (!access) return null;
	const [row] = await db.select().from(motion).where(eq(motion.id, access.motionId));
	if (!row) return null;
	const places = [row.councilId, row.factionId].filter((id): id is string => id !== null);
	const [organizations, topics, authors] = await Promise.all([
		places.length > 0
			? db
					.select({ id: organization.id, name: organization.name })
					.from(organization)
					.where(inArray(organization.id, places))
			: [],
		db
			.select({ name: topic.name })
			.from(motionTopic)
			.innerJoin(topic, eq(topic.id, motionTopic.topicId))
			.where(eq(motionTopic.motionId, row.id))
			.orderBy(asc(topic.sortOrder), asc(topic.name)),
		seesMembersMotions(access.viewer)
			? db
					.select({ name: account.name })
					.from(motionAuthor)
					.innerJoin(account, eq(account.id, motionAuthor.userId))
					.where(eq(motionAuthor.motionId, row.id))
					.orderBy(asc(account.name))
			: []
	]);
	const nameOf = (id: string | null) => organizations.find((org) => org.id === id)?.name ?? null;
	return {
		typeLabel: MOTION_TYPE_LABELS[row.type],
		statusLabel: MOTION_STATUS_LABELS[row.status],
		title: row.title,
		councilName: nameOf(row.councilId),
		factionName: nameOf(row.factionId),
		filedOn: longDate(row.filedOn),
		authors: authors.map((author) => author.name),
		topics: topics.map((item) => item.name),
		text: row.text,
		justification: row.justification,
		answer: row.answer,
		answeredOn: longDate(row.answeredOn),
		decision: decision(row),
		sourceLabel: instanceConfig().networkName
	};
}

function longDate(value: string | null): string | null {
	// Noon UTC: the same calendar day in Berlin whatever the season.
	return value ? formatLongDate(new Date(`${value}T12:00:00Z`)) : null;
}

function decision(row: typeof motion.$inferSelect): string | null {
	if (!DECIDED_STATUSES.includes(row.status)) return null;
	const votes = [
		row.votesYes !== null ? `${row.votesYes} Ja` : null,
		row.votesNo !== null ? `${row.votesNo} Nein` : null,
		row.votesAbstain !== null
			? `${row.votesAbstain} ${row.votesAbstain === 1 ? 'Enthaltung' : 'Enthaltungen'}`
			: null
	].filter(Boolean);
	const when = row.decidedOn ? ` am ${longDate(row.decidedOn)}` : '';
	return `${MOTION_STATUS_LABELS[row.status]}${when}${votes.length ? `: ${votes.join(', ')}` : ''}`;
}
