import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { followBody, unfollowBody } from '$lib/server/oparl/follow/follow-body';
import { FollowError } from '$lib/server/oparl/follow/follow-error';
import { followableBody } from '$lib/server/oparl/follow/followable-body';
import { followState } from '$lib/server/oparl/follow/list-follows';
import { BRIEFING_DAYS_BEFORE } from '$lib/shared/oparl';
import { followForm, safeReturnPath } from '$lib/shared/oparl-follow';
import type { RequestEvent } from './$types';

const NOT_FOUND = 'Diese Vertretung gibt es im Ratsinfo nicht.';

/**
 * Follow a council or some of its Gremien. The follow button on the council's page posts here
 * too (with `weiter`), so following works without JavaScript from there and from the account
 * page; this page itself offers the Gremien.
 */
export async function load(event) {
	const actor = requireAccess(event, 'oparl.follow');
	const body = await followableBody(event.params.bodyId);
	if (!body) error(404, NOT_FOUND);
	return {
		body,
		state: (await followState(actor, body.id))!,
		daysBefore: BRIEFING_DAYS_BEFORE
	};
}

async function change(event: RequestEvent, follow: boolean) {
	const actor = requireAccess(event, 'oparl.follow');
	const form = await event.request.formData();
	const parsed = parseFormData(form, followForm);
	if (!parsed.ok) return parsed.failure;
	const organizationId = parsed.data.organizationId || null;
	try {
		if (follow) await followBody({ actor, bodyId: event.params.bodyId, organizationId });
		else await unfollowBody({ actor, bodyId: event.params.bodyId, organizationId });
	} catch (caught) {
		if (caught instanceof FollowError && caught.code === 'body_not_found') error(404, NOT_FOUND);
		if (caught instanceof FollowError) return formError(400, caught.message);
		throw caught;
	}
	const back = safeReturnPath(form.get('weiter'));
	if (back) redirect(303, `${back}?${follow ? 'gefolgt' : 'entfolgt'}=1`);
	return {
		saved: follow
			? 'Gespeichert: Sie erhalten vor jeder dieser Sitzungen eine Mail.'
			: 'Gespeichert: Sie folgen hier nicht mehr.'
	};
}

export const actions = {
	follow: (event) => change(event, true),
	unfollow: (event) => change(event, false)
};
