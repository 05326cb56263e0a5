import { AccessDeniedError, requireAccess } from '$lib/server/auth/policy';
import { formError, parseForm } from '$lib/server/forms/parse-form';
import {
	confirmPersonMatch,
	rejectPersonMatch
} from '$lib/server/oparl/matching/decide-person-match';
import { listBodyMatches } from '$lib/server/oparl/matching/list-body-matches';
import { listOrganizationMatches } from '$lib/server/oparl/matching/list-organization-matches';
import {
	countOpenSuggestions,
	listPersonMatches,
	PERSON_MATCH_PAGE_SIZE
} from '$lib/server/oparl/matching/list-person-matches';
import { MatchingError } from '$lib/server/oparl/matching/matching-error';
import { setBodyMatch } from '$lib/server/oparl/matching/set-body-match';
import { setOrganizationMatch } from '$lib/server/oparl/matching/set-organization-match';
import { error } from '@sveltejs/kit';
import {
	bodyMatchInput,
	matchDecisionInput,
	matchFilterOf,
	organizationMatchInput
} from './match-forms';

export async function load(event) {
	const actor = requireAccess(event, 'oparl.manage');
	const filter = matchFilterOf(event.url.searchParams);
	const [bodies, organizations, list, openCount] = await Promise.all([
		listBodyMatches(actor),
		listOrganizationMatches(actor),
		listPersonMatches(actor, filter),
		countOpenSuggestions(actor)
	]);
	return {
		filter,
		bodies,
		organizations,
		openCount,
		total: list.total,
		items: list.items,
		pageCount: Math.max(1, Math.ceil(list.total / PERSON_MATCH_PAGE_SIZE))
	};
}

/** Domain refusals become a message above the list; anything else is a real error. */
function refusal(caught: unknown) {
	if (caught instanceof MatchingError) return formError(409, caught.message);
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}

export const actions = {
	confirm: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, matchDecisionInput);
		if (!parsed.ok) return parsed.failure;
		try {
			const { applied } = await confirmPersonMatch({
				actor,
				matchId: parsed.data.matchId,
				ip: event.getClientAddress()
			});
			return { decided: 'confirmed' as const, name: parsed.data.name, applied };
		} catch (caught) {
			return refusal(caught);
		}
	},
	reject: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, matchDecisionInput);
		if (!parsed.ok) return parsed.failure;
		try {
			await rejectPersonMatch({
				actor,
				matchId: parsed.data.matchId,
				ip: event.getClientAddress()
			});
			return { decided: 'rejected' as const, name: parsed.data.name, applied: 0 };
		} catch (caught) {
			return refusal(caught);
		}
	},
	body: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, bodyMatchInput);
		if (!parsed.ok) return parsed.failure;
		try {
			await setBodyMatch({
				actor,
				oparlBodyId: parsed.data.oparlBodyId,
				directoryBodyId: parsed.data.directoryBodyId || null,
				ip: event.getClientAddress()
			});
			return { bodySaved: parsed.data.oparlBodyId };
		} catch (caught) {
			return refusal(caught);
		}
	},
	organization: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, organizationMatchInput);
		if (!parsed.ok) return parsed.failure;
		try {
			await setOrganizationMatch({
				actor,
				oparlOrganizationId: parsed.data.oparlOrganizationId,
				directoryOrganizationId: parsed.data.directoryOrganizationId || null,
				ip: event.getClientAddress()
			});
			return { organizationSaved: parsed.data.oparlOrganizationId };
		} catch (caught) {
			return refusal(caught);
		}
	}
};
