import { asc, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/types';
import { assertCan } from '../auth/policy';
import { db } from '../db';
import { loadPersonViews } from '../directory/load-person-views';
import type { PersonView } from '../directory/person-view';
import { personTopic, topic } from '../directory/schema';
import { loadDirectoryViewer } from '../directory/viewer';
import { districtAgsOf, listDistricts } from './district-of';

export interface TopicChoice {
	slug: string;
	name: string;
}

export interface TopicPerson {
	id: string;
	fullName: string;
	/** Current mandates and functions the viewer may see, e.g. "Mitglied · Kreistag Rostock". */
	mandates: string[];
	email: string | null;
	phone: string | null;
	/** The person has an address the viewer may not see: offer the contact form. */
	contactForm: boolean;
}

export interface TopicGroup {
	/** AGS of the district, `land` for the Landtag, `ohne` for people without a current seat. */
	key: string;
	name: string;
	people: TopicPerson[];
}

export interface TopicPeople {
	topic: { slug: string; name: string; description: string | null };
	groups: TopicGroup[];
	/** Each person once, however many districts they appear in. */
	peopleCount: number;
}

/** The topics offered for choosing, in the board's order. */
export async function listTopicChoices(): Promise<TopicChoice[]> {
	return db
		.select({ slug: topic.slug, name: topic.name })
		.from(topic)
		.where(isNull(topic.archivedAt))
		.orderBy(asc(topic.sortOrder), asc(topic.name));
}

/** "Sprecher*in für ÖPNV · Fraktion DIE LINKE (Kreistag Rostock)". */
function mandateLine(mandate: PersonView['mandates'][number]): string {
	const role = mandate.topic ? `${mandate.roleLabel} für ${mandate.topic.name}` : mandate.roleLabel;
	const council =
		mandate.council && mandate.organization.type !== 'council' ? ` (${mandate.council.name})` : '';
	return `${role} · ${mandate.organization.name}${council}`;
}

function asTopicPerson(view: PersonView): TopicPerson {
	return {
		id: view.id,
		fullName: view.fullName,
		mandates: view.mandates.filter((mandate) => mandate.current).map(mandateLine),
		email: view.email,
		phone: view.phone,
		contactForm: view.hasHiddenEmail && !view.recordOnly
	};
}

/** Where a person works: the districts of their current mandates, the Land, or none. */
function groupKeys(view: PersonView): string[] {
	const keys = new Set<string>();
	for (const mandate of view.mandates) {
		if (!mandate.current) continue;
		const district = districtAgsOf(mandate.area);
		if (district) keys.add(district);
		else if (mandate.area?.kind === 'land') keys.add('land');
	}
	return keys.size > 0 ? [...keys] : ['ohne'];
}

const byName = (a: PersonView, b: PersonView) =>
	a.familyName.localeCompare(b.familyName, 'de') || a.givenName.localeCompare(b.givenName, 'de');

/**
 * "Wer macht was?": the people working on a topic, per district, as the actor may see them.
 * People whose topics the actor may not see are left out entirely, since listing them under
 * the topic would reveal the topic. Contact data only as far as visible.
 */
export async function findTopicPeople(options: {
	actor: SessionUser | null;
	topicSlug: string;
}): Promise<TopicPeople | null> {
	const { actor } = options;
	assertCan(actor, 'network.read');
	const [chosen] = await db
		.select({ id: topic.id, slug: topic.slug, name: topic.name, description: topic.description })
		.from(topic)
		.where(eq(topic.slug, options.topicSlug))
		.limit(1);
	if (!chosen) return null;

	const viewer = await loadDirectoryViewer(actor);
	const ids = (
		await db
			.select({ personId: personTopic.personId })
			.from(personTopic)
			.where(eq(personTopic.topicId, chosen.id))
	).map((row) => row.personId);
	const views = (await loadPersonViews(viewer, ids))
		.filter((view) => view.topics?.some((entry) => entry.id === chosen.id))
		.sort(byName);

	const districts = await listDistricts();
	const names = new Map<string, string>([
		['land', 'Landesebene'],
		['ohne', 'Ohne aktuelles Mandat'],
		...districts.map((district): [string, string] => [district.ags, district.name])
	]);
	const order = ['land', ...districts.map((district) => district.ags), 'ohne'];
	const groups = new Map<string, TopicPerson[]>();
	for (const view of views) {
		for (const key of groupKeys(view)) {
			const list = groups.get(key) ?? [];
			list.push(asTopicPerson(view));
			groups.set(key, list);
		}
	}
	return {
		topic: { slug: chosen.slug, name: chosen.name, description: chosen.description },
		groups: order
			.filter((key) => groups.has(key))
			.map((key) => ({ key, name: names.get(key)!, people: groups.get(key)! })),
		peopleCount: views.length
	};
}
