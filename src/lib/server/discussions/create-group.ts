import { and, eq, isNull, like, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { groupForm, type GroupInput } from '../../shared/discussions';
import { slugify } from '../../shared/slug';
import { DiscussionError } from './errors';
import { topicGroup } from './schema';
import { RESERVED_SLUGS } from './slug';

export interface CreateGroupOptions {
	actor: SessionUser | null;
	input: GroupInput;
	ip?: string | null;
}

/** The topic must exist and still be offered; archived topics are not for new groups. */
export async function assertTopicOffered(topicId: string | null): Promise<void> {
	if (!topicId) return;
	const [row] = await db
		.select({ id: topic.id })
		.from(topic)
		.where(and(eq(topic.id, topicId), isNull(topic.archivedAt)));
	if (!row) throw new DiscussionError('Dieses Thema gibt es nicht (mehr).', 'topicId');
}

export async function assertNameFree(name: string, exceptId?: string): Promise<void> {
	const [row] = await db
		.select({ id: topicGroup.id })
		.from(topicGroup)
		.where(eq(topicGroup.name, name));
	if (row && row.id !== exceptId)
		throw new DiscussionError('Einen Arbeitskreis mit diesem Namen gibt es schon.', 'name');
}

async function freeSlug(name: string): Promise<string> {
	const base = slugify(name, { maxLength: 60, fallback: 'arbeitskreis' });
	const taken = new Set(
		(
			await db
				.select({ slug: topicGroup.slug })
				.from(topicGroup)
				.where(or(eq(topicGroup.slug, base), like(topicGroup.slug, `${base}-%`)))
		).map((row) => row.slug)
	);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!taken.has(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate;
	}
}

/** The board opens a topic group. Its address comes from the name and never changes after. */
export async function createGroup(
	options: CreateGroupOptions
): Promise<{ id: string; slug: string }> {
	const actor = options.actor;
	assertCan(actor, 'discussions.manage');
	const input = groupForm.parse(options.input);
	await assertNameFree(input.name);
	await assertTopicOffered(input.topicId);
	const [row] = await db
		.insert(topicGroup)
		.values({
			slug: await freeSlug(input.name),
			name: input.name,
			description: input.description,
			topicId: input.topicId,
			createdByUserId: actor.id
		})
		.returning({ id: topicGroup.id, slug: topicGroup.slug });
	await recordAudit({
		actor,
		action: 'discussion.group_create',
		targetType: 'topic_group',
		targetId: row!.id,
		targetLabel: input.name,
		ip: options.ip ?? null
	});
	return row!;
}
