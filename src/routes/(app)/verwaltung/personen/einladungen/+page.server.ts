import { z } from 'zod';
import type { SessionUser } from '$lib/server/auth/types';
import { authFailure } from '$lib/server/auth/form-failure';
import { inviteUser } from '$lib/server/auth/invitations/invite-user';
import { listOpenInvitations } from '$lib/server/auth/invitations/list-invitations';
import { resendInvitation } from '$lib/server/auth/invitations/resend-invitation';
import { revokeInvitation } from '$lib/server/auth/invitations/revoke-invitation';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { formAction } from '$lib/server/forms/form-action';
import { inviteForm } from '$lib/shared/account-forms';
import { endOfBerlinDay } from '$lib/shared/berlin-time';

const invitationForm = z.object({ invitationId: z.uuid('Einladung fehlt.') });

/** Resend and revoke: the same guard, form and failure handling around one service call. */
const invitationListAction = (
	service: (options: { actor: SessionUser; invitationId: string; ip: string }) => Promise<unknown>,
	success: string
) =>
	formAction({
		permission: 'admin.users',
		schema: invitationForm,
		scope: 'list',
		failure: (caught) => authFailure(caught),
		run: ({ actor, data, ip }) => service({ actor, invitationId: data.invitationId, ip }),
		success
	});

export async function load(event) {
	const actor = requireAccess(event, 'admin.users');
	return {
		invitations: await listOpenInvitations({ actor }),
		demoBoard: skipsTwoFactorForDemo(actor)
	};
}

export const actions = {
	invite: formAction({
		permission: 'admin.users',
		schema: inviteForm,
		scope: 'invite',
		failure: authFailure,
		run: ({ actor, data, ip }) =>
			inviteUser({
				actor,
				email: data.email,
				role: data.role,
				accessExpiresAt: data.accessExpiresAt ? endOfBerlinDay(data.accessExpiresAt) : null,
				ip
			}),
		success: (_result, data) =>
			`Die Einladung an ${data.email} ist unterwegs. Der Link gilt 7 Tage.`
	}),
	resend: invitationListAction(
		resendInvitation,
		'Die Einladung ist erneut verschickt; der Link gilt wieder 7 Tage.'
	),
	revoke: invitationListAction(
		revokeInvitation,
		'Die Einladung ist zurückgezogen; ihr Link funktioniert nicht mehr.'
	)
};
