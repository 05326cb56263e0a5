import { inArray } from 'drizzle-orm';
import { db } from '../../db';
import { findPeople } from '../../directory/people-query';
import { person, topic } from '../../directory/schema';
import type { DirectoryViewer } from '../../directory/visibility';
import type { MotionViewer } from '../../motions/visibility';
import type { KeyTerm } from '../similar/key-terms';
import { rankSimilar } from '../similar/rank-similar';

export interface BriefingMotion {
	id: string;
	title: string;
	url: string;
	kind: string | null;
	status: string | null;
}

export interface BriefingPerson {
	id: string;
	name: string;
	/** The topic they work on that brought them here. */
	topicName: string;
}

export interface ItemMatches {
	motions: BriefingMotion[];
	templates: BriefingMotion[];
	people: BriefingPerson[];
}

const MOTIONS_PER_ITEM = 3;
const TEMPLATES_PER_ITEM = 2;
const PEOPLE_PER_ITEM = 3;

const NON_TEMPLATE_KINDS = ['motion', 'inquiry', 'resolution', 'statement'] as const;

/**
 * The network's material on one agenda item, as this recipient may see it: motions and
 * templates through the search's access rule, people through the directory's (a person whose
 * topics only the board sees is named to the board only). People are found by the topics of
 * the matching motions: who works on the topic, not who wrote the motion (authors are accounts,
 * not public).
 */
export async function itemMatches(
	terms: KeyTerm[],
	viewers: { motions: MotionViewer; directory: DirectoryViewer }
): Promise<ItemMatches> {
	if (terms.length === 0) return { motions: [], templates: [], people: [] };
	const [motions, templates] = await Promise.all([
		rankSimilar({
			terms,
			viewer: viewers.motions,
			types: ['motion'],
			motionKinds: NON_TEMPLATE_KINDS,
			limit: MOTIONS_PER_ITEM
		}),
		rankSimilar({
			terms,
			viewer: viewers.motions,
			types: ['motion'],
			motionKinds: ['template'],
			limit: TEMPLATES_PER_ITEM
		})
	]);
	const topicIds = [...new Set([...motions, ...templates].flatMap((doc) => doc.topicIds))];
	const asMotion = (doc: (typeof motions)[number]): BriefingMotion => ({
		id: doc.sourceId,
		title: doc.title,
		url: doc.url,
		kind: doc.kind,
		status: doc.status
	});
	return {
		motions: motions.map(asMotion),
		templates: templates.map(asMotion),
		people: await peopleOnTopics(topicIds, viewers.directory)
	};
}

async function peopleOnTopics(
	topicIds: string[],
	viewer: DirectoryViewer
): Promise<BriefingPerson[]> {
	if (topicIds.length === 0 || viewer.role === 'anonymous') return [];
	const topics = await db
		.select({ id: topic.id, name: topic.name })
		.from(topic)
		.where(inArray(topic.id, topicIds));
	const found: { id: string; topicName: string }[] = [];
	for (const { id: topicId, name } of topics) {
		const { ids } = await findPeople({
			viewer,
			filters: { topicId },
			limit: PEOPLE_PER_ITEM + 1,
			offset: 0
		});
		for (const id of ids)
			if (id !== viewer.personId && !found.some((entry) => entry.id === id))
				found.push({ id, topicName: name });
		if (found.length >= PEOPLE_PER_ITEM) break;
	}
	const chosen = found.slice(0, PEOPLE_PER_ITEM);
	if (chosen.length === 0) return [];
	const names = await db
		.select({ id: person.id, name: person.fullName })
		.from(person)
		.where(
			inArray(
				person.id,
				chosen.map((entry) => entry.id)
			)
		);
	const nameOf = new Map(names.map((row) => [row.id, row.name]));
	return chosen.map((entry) => ({ ...entry, name: nameOf.get(entry.id) ?? '' }));
}
