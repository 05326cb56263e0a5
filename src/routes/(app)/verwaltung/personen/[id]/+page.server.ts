import { error, redirect } from '@sveltejs/kit';
import { changeRole } from '$lib/server/auth/admin/change-role';
import { deactivateUser } from '$lib/server/auth/admin/deactivate-user';
import { getAccount } from '$lib/server/auth/admin/get-account';
import { reactivateUser } from '$lib/server/auth/admin/reactivate-user';
import { AuthError } from '$lib/server/auth/errors';
import { authFailure, scoped } from '$lib/server/auth/form-failure';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { roleForm } from '$lib/shared/account-forms';
import { berlinDay, endOfBerlinDay } from '$lib/shared/berlin-time';

export async function load(event) {
	const actor = requireAccess(event, 'admin.users');
	try {
		const account = await getAccount({ actor, userId: event.params.id });
		return {
			account,
			accessUntilDay: account.accessExpiresAt ? berlinDay(account.accessExpiresAt) : '',
			isSelf: account.id === actor.id,
			demoBoard: skipsTwoFactorForDemo(actor)
		};
	} catch (caught) {
		if (caught instanceof AuthError && caught.code === 'not_found') error(404, caught.message);
		throw caught;
	}
}

export const actions = {
	role: async (event) => {
		const actor = requireAccess(event, 'admin.users');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, roleForm);
		if (!parsed.ok) return scoped('role', parsed.failure);
		let changed: boolean;
		try {
			({ changed } = await changeRole({
				actor,
				userId: event.params.id,
				role: parsed.data.role,
				accessExpiresAt: parsed.data.accessExpiresAt
					? endOfBerlinDay(parsed.data.accessExpiresAt)
					: null,
				ip: event.getClientAddress()
			}));
		} catch (caught) {
			return scoped('role', authFailure(caught, formData));
		}
		// Changing one's own role ends one's own sessions, too.
		if (changed && event.params.id === actor.id) redirect(303, '/anmelden?hinweis=sitzung-beendet');
		return {
			scope: 'role',
			success: changed
				? 'Die Rolle ist geändert. Die Person ist abgemeldet und hat eine E-Mail bekommen.'
				: 'Die Rolle war schon so eingestellt.'
		};
	},
	deactivate: async (event) => {
		const actor = requireAccess(event, 'admin.users');
		try {
			await deactivateUser({ actor, userId: event.params.id, ip: event.getClientAddress() });
		} catch (caught) {
			return scoped('status', authFailure(caught));
		}
		if (event.params.id === actor.id) redirect(303, '/anmelden?hinweis=sitzung-beendet');
		return {
			scope: 'status',
			success: 'Das Konto ist deaktiviert; alle Sitzungen der Person sind beendet.'
		};
	},
	reactivate: async (event) => {
		const actor = requireAccess(event, 'admin.users');
		try {
			await reactivateUser({ actor, userId: event.params.id, ip: event.getClientAddress() });
		} catch (caught) {
			return scoped('status', authFailure(caught));
		}
		return { scope: 'status', success: 'Das Konto ist wieder aktiv.' };
	}
};
