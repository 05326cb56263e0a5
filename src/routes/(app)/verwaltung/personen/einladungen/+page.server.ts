import type { RequestEvent } from './$types';
import { z } from 'zod';
import type { SessionUser } from '$lib/server/auth/types';
import { authFailure, scoped } from '$lib/server/auth/form-failure';
import { inviteUser } from '$lib/server/auth/invitations/invite-user';
import { listOpenInvitations } from '$lib/server/auth/invitations/list-invitations';
import { resendInvitation } from '$lib/server/auth/invitations/resend-invitation';
import { revokeInvitation } from '$lib/server/auth/invitations/revoke-invitation';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { inviteForm } from '$lib/shared/account-forms';
import { endOfBerlinDay } from '$lib/shared/berlin-time';

const invitationForm = z.object({ invitationId: z.uuid('Einladung fehlt.') });

/** Resend and revoke: the same guard, form and failure handling around one service call. */
async function invitationListAction(
	event: RequestEvent,
	service: (options: { actor: SessionUser; invitationId: string; ip: string }) => Promise<unknown>,
	success: string
) {
	const actor = requireAccess(event, 'admin.users');
	const parsed = parseFormData(await event.request.formData(), invitationForm);
	if (!parsed.ok) return scoped('list', parsed.failure);
	try {
		await service({ actor, invitationId: parsed.data.invitationId, ip: event.getClientAddress() });
	} catch (caught) {
		return scoped('list', authFailure(caught));
	}
	return { scope: 'list', success };
}

export async function load(event) {
	const actor = requireAccess(event, 'admin.users');
	return {
		invitations: await listOpenInvitations({ actor }),
		demoBoard: skipsTwoFactorForDemo(actor)
	};
}

export const actions = {
	invite: async (event) => {
		const actor = requireAccess(event, 'admin.users');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, inviteForm);
		if (!parsed.ok) return scoped('invite', parsed.failure);
		try {
			await inviteUser({
				actor,
				email: parsed.data.email,
				role: parsed.data.role,
				accessExpiresAt: parsed.data.accessExpiresAt
					? endOfBerlinDay(parsed.data.accessExpiresAt)
					: null,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return scoped('invite', authFailure(caught, formData));
		}
		return {
			scope: 'invite',
			success: `Die Einladung an ${parsed.data.email} ist unterwegs. Der Link gilt 7 Tage.`
		};
	},
	resend: (event) =>
		invitationListAction(
			event,
			resendInvitation,
			'Die Einladung ist erneut verschickt; der Link gilt wieder 7 Tage.'
		),
	revoke: (event) =>
		invitationListAction(
			event,
			revokeInvitation,
			'Die Einladung ist zurückgezogen; ihr Link funktioniert nicht mehr.'
		)
};
