import { requireAccess } from '$lib/server/auth/policy';
import { domainFailure, notFoundAsPage } from '$lib/server/forms/domain-failure';
import { formAction } from '$lib/server/forms/form-action';
import {
	acceptJoinRequest,
	declineJoinRequest,
	updateJoinNotes
} from '$lib/server/join/decide-join-request';
import { JoinError, JoinRequestNotFoundError } from '$lib/server/join/errors';
import { getJoinRequest } from '$lib/server/join/get-join-request';
import { ROLE_LABELS } from '$lib/shared/roles';
import { joinDecisionForm, joinDeclineForm, joinNotesForm } from '$lib/shared/join';

const failure = domainFailure(JoinError, JoinRequestNotFoundError);
const asPage = notFoundAsPage(JoinRequestNotFoundError);

export async function load(event) {
	const actor = requireAccess(event, 'join.manage');
	return { request: await asPage(getJoinRequest({ actor, id: event.params.id })) };
}

export const actions = {
	accept: formAction({
		permission: 'join.manage',
		schema: joinDecisionForm,
		scope: 'decision',
		failure,
		run: ({ actor, data, ip, event }) =>
			acceptJoinRequest({ actor, id: event.params.id!, role: data.role, ip }),
		success: (result, data) =>
			`Angenommen: Die Einladung als ${ROLE_LABELS[data.role]} ist an ${result.email} unterwegs.`
	}),
	decline: formAction({
		permission: 'join.manage',
		schema: joinDeclineForm,
		scope: 'decision',
		failure,
		run: ({ actor, data, ip, event }) =>
			declineJoinRequest({
				actor,
				id: event.params.id!,
				notify: data.notify,
				message: data.message,
				ip
			}),
		success: (result) =>
			result.mailed
				? `Abgelehnt. ${result.name} hat eine E-Mail bekommen.`
				: 'Abgelehnt, ohne E-Mail an die Person.'
	}),
	notes: formAction({
		permission: 'join.manage',
		schema: joinNotesForm,
		scope: 'notes',
		failure,
		run: ({ actor, data, ip, event }) =>
			updateJoinNotes({ actor, id: event.params.id!, notes: data.notes, ip }),
		success: 'Die Notiz ist gespeichert.'
	})
};
