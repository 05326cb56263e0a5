import { berlinToday } from '../../shared/berlin-time';
import { listBodyTerms } from '../territory/terms/term-dates';
import type { EditableMembership } from './get-editable-person';
import { listBodyChoices, listOrganizationChoices } from './membership-choices';
import type { DirectoryEditor } from './person-access';

/**
 * What the mandate forms offer: the bodies to choose from, the organizations and factions of the
 * chosen body (`?gebiet=`; a GET form, so it works without JavaScript), and for each editable
 * membership the factions of its body.
 */
export async function membershipFormData(
	editor: DirectoryEditor,
	memberships: readonly EditableMembership[],
	url: URL
) {
	const bodyGroups = await listBodyChoices(editor);
	const offered = new Set(bodyGroups.flatMap((group) => group.bodies.map((b) => b.id)));
	const requested = url.searchParams.get('gebiet');
	const fallback =
		memberships.find((m) => m.current && offered.has(m.bodyId))?.bodyId ??
		(bodyGroups.length === 1 && bodyGroups[0]!.bodies.length === 1
			? bodyGroups[0]!.bodies[0]!.id
			: null);
	const bodyId = requested && offered.has(requested) ? requested : fallback;
	const chosen = bodyId
		? await listOrganizationChoices(editor, bodyId)
		: { organizations: [], factions: [] };

	const factionsByBody: Record<string, { id: string; name: string }[]> = {};
	for (const id of new Set(memberships.filter((m) => m.editable).map((m) => m.bodyId))) {
		factionsByBody[id] = (await listOrganizationChoices(editor, id)).factions.map(
			({ id, name }) => ({ id, name })
		);
	}
	return {
		bodyGroups,
		bodyId,
		terms: bodyId ? await listBodyTerms(bodyId) : [],
		organizations: chosen.organizations,
		factions: chosen.factions.map(({ id, name }) => ({ id, name })),
		factionsByBody,
		today: berlinToday()
	};
}
