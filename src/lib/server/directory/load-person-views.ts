import { inArray } from 'drizzle-orm';
import { berlinToday } from '../../shared/berlin-time';
import { db } from '../db';
import { loadMembershipFacts, loadTopics } from './person-facts';
import { projectPerson, type PersonRow, type PersonView } from './person-view';
import { person } from './schema';
import { currentFactionIds } from './viewer';
import type { DirectoryViewer } from './visibility';

/** The person columns a projection needs. */
export const personRowColumns = {
	id: person.id,
	givenName: person.givenName,
	familyName: person.familyName,
	fullName: person.fullName,
	party: person.party,
	email: person.email,
	emailVisibility: person.emailVisibility,
	phone: person.phone,
	phoneVisibility: person.phoneVisibility,
	biography: person.biography,
	biographyVisibility: person.biographyVisibility,
	topicsVisibility: person.topicsVisibility,
	recordOnlySince: person.recordOnlySince
};

/**
 * People by id as the viewer may see them, in the order of `ids`; people the viewer may not see
 * are left out. Three queries for any number of people.
 */
export async function loadPersonViews(
	viewer: DirectoryViewer,
	ids: readonly string[]
): Promise<PersonView[]> {
	if (ids.length === 0) return [];
	const rows: PersonRow[] = await db
		.select(personRowColumns)
		.from(person)
		.where(inArray(person.id, [...ids]));
	const [memberships, topics, factions] = await Promise.all([
		loadMembershipFacts(ids),
		loadTopics(ids),
		currentFactionIds(ids)
	]);
	const byId = new Map(rows.map((row) => [row.id, row]));
	const today = berlinToday();
	return ids.flatMap((personId) => {
		const row = byId.get(personId);
		if (!row) return [];
		const view = projectPerson(
			viewer,
			row,
			{
				memberships: memberships.get(personId) ?? [],
				topics: topics.get(personId) ?? [],
				currentFactionIds: factions.get(personId) ?? []
			},
			today
		);
		return view ? [view] : [];
	});
}
