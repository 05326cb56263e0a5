import { changePassword } from '$lib/server/auth/account/change-password';
import { requestEmailChange } from '$lib/server/auth/account/request-email-change';
import { resendVerification } from '$lib/server/auth/account/resend-verification';
import { updateProfile } from '$lib/server/auth/account/update-profile';
import { applySetCookies } from '$lib/server/auth/cookies';
import { reloadSessionLocals } from '$lib/server/auth/fill-session-locals';
import { authFailure, scoped } from '$lib/server/auth/form-failure';
import { can, requireAccess } from '$lib/server/auth/policy';
import { requestContextOf } from '$lib/server/auth/request-event';
import { parseFormData } from '$lib/server/forms/parse-form';
import { changePasswordForm, emailChangeForm, profileForm } from '$lib/shared/account-forms';
import { receivesNewsletters, setNewsletterSubscription } from '$lib/server/newsletter/opt-out';
import { listFollows } from '$lib/server/oparl/follow/list-follows';
import { NEWSLETTER_ROLES } from '$lib/shared/newsletter';
import { ROLE_LABELS } from '$lib/shared/roles';

export async function load(event) {
	const user = requireAccess(event, 'account.manage');
	return {
		// Guests get no Rundbriefe, so they get no switch either.
		receivesNewsletters: (NEWSLETTER_ROLES as readonly string[]).includes(user.role)
			? await receivesNewsletters(user.id)
			: null,
		account: {
			name: user.name,
			email: user.email,
			emailVerified: user.emailVerified,
			roleLabel: ROLE_LABELS[user.role],
			twoFactorEnabled: user.twoFactorEnabled
		},
		welcome: event.url.searchParams.get('hinweis') === 'willkommen',
		// "Gefolgte Räte": only roles that get council briefings.
		followedCouncils: can(user, 'oparl.follow') ? await listFollows(user) : null,
		unfollowed: event.url.searchParams.has('entfolgt')
	};
}

export const actions = {
	newsletter: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		// A checkbox sends nothing when unticked: its absence is the "off".
		const receive = formData.get('receive') === 'on';
		await setNewsletterSubscription({ actor, receive, ip: event.getClientAddress() });
		return {
			scope: 'newsletter',
			success: receive
				? 'Gespeichert: Sie erhalten Rundbriefe.'
				: 'Gespeichert: Sie erhalten keine Rundbriefe mehr.'
		};
	},
	profile: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, profileForm);
		if (!parsed.ok) return scoped('profile', parsed.failure);
		await updateProfile({ actor, name: parsed.data.name });
		return { scope: 'profile', success: 'Ihr Name ist gespeichert.' };
	},
	email: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, emailChangeForm);
		if (!parsed.ok) return scoped('email', parsed.failure);
		try {
			await requestEmailChange({ actor, newEmail: parsed.data.email });
		} catch (caught) {
			return scoped('email', authFailure(caught, formData));
		}
		return {
			scope: 'email',
			success: `Wir haben einen Bestätigungslink an ${parsed.data.email} geschickt. Bis Sie ihn öffnen, bleibt Ihre bisherige Adresse gültig.`
		};
	},
	verify: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		try {
			await resendVerification({ actor });
		} catch (caught) {
			return scoped('verify', authFailure(caught));
		}
		return {
			scope: 'verify',
			success: `Wir haben den Bestätigungslink an ${actor.email} geschickt.`
		};
	},
	password: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, changePasswordForm);
		if (!parsed.ok) return scoped('password', parsed.failure);
		try {
			const { setCookies } = await changePassword({
				actor,
				currentPassword: parsed.data.currentPassword,
				newPassword: parsed.data.password,
				request: requestContextOf(event)
			});
			applySetCookies(event.cookies, setCookies);
			await reloadSessionLocals(event);
		} catch (caught) {
			return scoped('password', authFailure(caught, formData));
		}
		return {
			scope: 'password',
			success:
				'Ihr neues Passwort ist gespeichert. Auf allen anderen Geräten sind Sie jetzt abgemeldet.'
		};
	}
};
