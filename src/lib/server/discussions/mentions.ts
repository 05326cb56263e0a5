import { eq } from 'drizzle-orm';
import { user } from '../auth/schema';
import type { db } from '../db';
import { topicGroupMember } from './schema';

export interface MentionCandidate {
	userId: string;
	name: string;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The accounts a text mentions as `@Vorname Nachname`. Names hold spaces, so the text is not
 * split into words: each candidate's full name is looked for after an `@`, longest names first,
 * so "@Anna Maria Schulz" does not also count as "@Anna Maria". Case does not matter; the name
 * must end at a word boundary ("@Mira Mitgliedermannschaft" is not Mira).
 */
export function findMentions(text: string, candidates: readonly MentionCandidate[]): string[] {
	if (!text.includes('@')) return [];
	let rest = text;
	const found = new Set<string>();
	const byLength = [...candidates].sort((a, b) => b.name.length - a.name.length);
	for (const candidate of byLength) {
		const name = candidate.name.trim().replace(/\s+/g, ' ');
		if (!name) continue;
		const pattern = new RegExp(
			`(^|[^\\p{L}\\p{N}_])@${escapeRegExp(name).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`,
			'giu'
		);
		if (pattern.test(rest)) {
			found.add(candidate.userId);
			// Blank out what matched so a shorter name inside it is not found again.
			rest = rest.replace(pattern, '$1');
		}
	}
	return [...found];
}

/** Who can be mentioned in a group: its members, by the name of their account. */
export async function mentionCandidates(
	executor: Pick<typeof db, 'select'>,
	groupId: string
): Promise<MentionCandidate[]> {
	return executor
		.select({ userId: user.id, name: user.name })
		.from(topicGroupMember)
		.innerJoin(user, eq(user.id, topicGroupMember.userId))
		.where(eq(topicGroupMember.groupId, groupId));
}
