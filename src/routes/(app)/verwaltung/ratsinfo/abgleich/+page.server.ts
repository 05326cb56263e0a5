import { AccessDeniedError, requireAccess } from '$lib/server/auth/policy';
import type { SessionUser } from '$lib/server/auth/types';
import { parseForm, type FormFailure } from '$lib/server/forms/parse-form';
import { createOrganizationFromImport } from '$lib/server/oparl/matching/create-organization-from-import';
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
import { error, fail } from '@sveltejs/kit';
import type { z } from 'zod';
import {
	bodyMatchInput,
	matchDecisionInput,
	matchFilterOf,
	organizationCreateInput,
	organizationMatchInput
} from './match-forms';
import type { RequestEvent } from './$types';

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

/**
 * Domain refusals become a German message, with the posted ids so the page shows it beside the
 * row it is about; anything else is a real error.
 */
function refusal(caught: unknown, values: Record<string, string>) {
	if (caught instanceof MatchingError) {
		return fail(409, { errors: {}, values, message: caught.message } satisfies FormFailure);
	}
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}

/**
 * Every action of the page: the board only, the form validated (400 with German field errors),
 * then one matching service whose refusals become a 409 with its German message.
 */
function boardAction<Schema extends z.ZodType, Result>(
	schema: Schema,
	run: (input: { actor: SessionUser; data: z.infer<Schema>; ip: string }) => Promise<Result>
) {
	return async (event: RequestEvent) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, schema);
		if (!parsed.ok) return parsed.failure;
		try {
			return await run({ actor, data: parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			return refusal(caught, parsed.values);
		}
	};
}

export const actions = {
	confirm: boardAction(matchDecisionInput, async ({ actor, data, ip }) => {
		const { applied } = await confirmPersonMatch({ actor, matchId: data.matchId, ip });
		return { decided: 'confirmed' as const, name: data.name, applied };
	}),
	reject: boardAction(matchDecisionInput, async ({ actor, data, ip }) => {
		await rejectPersonMatch({ actor, matchId: data.matchId, ip });
		return { decided: 'rejected' as const, name: data.name, applied: 0 };
	}),
	body: boardAction(bodyMatchInput, async ({ actor, data, ip }) => {
		await setBodyMatch({
			actor,
			oparlBodyId: data.oparlBodyId,
			directoryBodyId: data.directoryBodyId || null,
			ip
		});
		return { bodySaved: data.oparlBodyId };
	}),
	organization: boardAction(organizationMatchInput, async ({ actor, data, ip }) => {
		await setOrganizationMatch({
			actor,
			oparlOrganizationId: data.oparlOrganizationId,
			directoryOrganizationId: data.directoryOrganizationId || null,
			ip
		});
		return { organizationSaved: data.oparlOrganizationId };
	}),
	createOrganization: boardAction(organizationCreateInput, async ({ actor, data, ip }) => {
		const created = await createOrganizationFromImport({
			actor,
			oparlOrganizationId: data.oparlOrganizationId,
			ip
		});
		return {
			organizationSaved: data.oparlOrganizationId,
			organizationCreated: created.name,
			membershipChanges: created.membershipChanges
		};
	})
};
