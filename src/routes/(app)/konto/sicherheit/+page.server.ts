import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { applySetCookies } from '$lib/server/auth/cookies';
import { reloadSessionLocals } from '$lib/server/auth/fill-session-locals';
import { authFailure, scoped } from '$lib/server/auth/form-failure';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { requestContextOf } from '$lib/server/auth/request-event';
import { endOtherSessions, endSession } from '$lib/server/auth/sessions/end-sessions';
import { listSessions } from '$lib/server/auth/sessions/list-sessions';
import { confirmTwoFactorSetup } from '$lib/server/auth/two-factor/confirm-two-factor-setup';
import { disableTwoFactor } from '$lib/server/auth/two-factor/disable-two-factor';
import {
	cancelTwoFactorSetup,
	pendingTwoFactorSetup
} from '$lib/server/auth/two-factor/pending-two-factor-setup';
import { regenerateBackupCodes } from '$lib/server/auth/two-factor/regenerate-backup-codes';
import { startTwoFactorSetup } from '$lib/server/auth/two-factor/start-two-factor-setup';
import { parseFormData, type FormFailure } from '$lib/server/forms/parse-form';
import { confirmPasswordForm, twoFactorCodeForm } from '$lib/shared/account-forms';

const sessionForm = z.object({ sessionId: z.string().min(1, 'Sitzung fehlt.') });

export async function load(event) {
	const user = requireAccess(event, 'account.manage');
	const sessions = await listSessions({ actor: user, currentSessionId: event.locals.sessionId });
	return {
		twoFactorEnabled: user.twoFactorEnabled,
		isBoard: user.role === 'board',
		mandatory: event.url.searchParams.get('pflicht') === '2fa' && user.role === 'board',
		demoBoard: skipsTwoFactorForDemo(user),
		sessions
	};
}

export const actions = {
	twoFactorStart: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, confirmPasswordForm);
		if (!parsed.ok) return scoped('twoFactor', parsed.failure);
		try {
			const setup = await startTwoFactorSetup({
				actor,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
			return { scope: 'twoFactor', setup };
		} catch (caught) {
			return scoped('twoFactor', authFailure(caught, formData));
		}
	},
	twoFactorConfirm: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		// Forms work without JavaScript: a failed try renders the page anew, so show the QR code again.
		const retry = async (failure: ActionFailure<FormFailure>) =>
			fail(failure.status, {
				...failure.data,
				scope: 'twoFactor',
				setup: await pendingTwoFactorSetup({ actor })
			});
		const parsed = parseFormData(formData, twoFactorCodeForm);
		if (!parsed.ok) return retry(parsed.failure);
		try {
			const { setCookies, backupCodes } = await confirmTwoFactorSetup({
				actor,
				code: parsed.data.code,
				request: requestContextOf(event)
			});
			applySetCookies(event.cookies, setCookies);
			await reloadSessionLocals(event);
			return { scope: 'twoFactor', backupCodes, enabled: true };
		} catch (caught) {
			return retry(authFailure(caught, formData));
		}
	},
	twoFactorCancel: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		await cancelTwoFactorSetup({ actor });
		return { scope: 'twoFactor', cancelled: true };
	},
	backupCodes: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, confirmPasswordForm);
		if (!parsed.ok) return scoped('backupCodes', parsed.failure);
		try {
			const backupCodes = await regenerateBackupCodes({
				actor,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
			return { scope: 'backupCodes', backupCodes };
		} catch (caught) {
			return scoped('backupCodes', authFailure(caught, formData));
		}
	},
	twoFactorDisable: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, confirmPasswordForm);
		if (!parsed.ok) return scoped('twoFactorDisable', parsed.failure);
		try {
			const { setCookies } = await disableTwoFactor({
				actor,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
			applySetCookies(event.cookies, setCookies);
			await reloadSessionLocals(event);
		} catch (caught) {
			return scoped('twoFactorDisable', authFailure(caught, formData));
		}
		return { scope: 'twoFactorDisable', success: 'Die Zwei-Faktor-Anmeldung ist ausgeschaltet.' };
	},
	endSession: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, sessionForm);
		if (!parsed.ok) return scoped('sessions', parsed.failure);
		try {
			await endSession({
				actor,
				sessionId: parsed.data.sessionId,
				currentSessionId: event.locals.sessionId,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return scoped('sessions', authFailure(caught));
		}
		return { scope: 'sessions', success: 'Die Sitzung ist beendet.' };
	},
	endOtherSessions: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const ended = await endOtherSessions({
			actor,
			currentSessionId: event.locals.sessionId,
			ip: event.getClientAddress()
		});
		return {
			scope: 'sessions',
			success:
				ended === 0
					? 'Es gab keine anderen Sitzungen.'
					: ended === 1
						? 'Eine andere Sitzung ist beendet.'
						: `${ended} andere Sitzungen sind beendet.`
		};
	}
};
