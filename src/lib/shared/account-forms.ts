import { z } from 'zod';
import { ACCOUNT_ROLES } from './roles';
import { email, newPassword, optionalDay, requiredText } from './validation';

/** The forms of sign-in, setup, invitations and the account pages, with German messages. */
const password = z
	.string({ error: 'Bitte das Passwort eingeben.' })
	.min(1, 'Bitte das Passwort eingeben.');

interface PasswordPair {
	password: string;
	passwordRepeat?: string;
}

/** New password typed twice; a mismatch is reported at the second field. */
function withRepeat<Shape extends z.ZodRawShape>(shape: Shape) {
	return z
		.object({ ...shape, password: newPassword, passwordRepeat: z.string().optional() })
		.refine((data) => (data as PasswordPair).password === (data as PasswordPair).passwordRepeat, {
			path: ['passwordRepeat'],
			message: 'Die beiden Passwörter stimmen nicht überein.'
		});
}

export const signInForm = z.object({ email, password });

export const twoFactorCodeForm = z.object({
	code: z
		.string({ error: 'Bitte den Code eingeben.' })
		.trim()
		.min(6, 'Bitte den sechsstelligen Code oder einen Wiederherstellungscode eingeben.')
		.max(20, 'Dieser Code ist zu lang.')
});

export const setupForm = withRepeat({ name: requiredText('Ihren Namen', 120), email });

export const acceptInvitationForm = withRepeat({ name: requiredText('Ihren Namen', 120) });

export const forgotPasswordForm = z.object({ email });

export const resetPasswordForm = withRepeat({});

export const profileForm = z.object({ name: requiredText('Ihren Namen', 120) });

export const emailChangeForm = z.object({ email });

export const changePasswordForm = withRepeat({ currentPassword: password });

export const confirmPasswordForm = z.object({ password });

const accountRole = z.enum(ACCOUNT_ROLES, { error: 'Bitte eine Rolle auswählen.' });

/** The last day a guest's access works. */
const accessUntil = optionalDay('2026-12-31');

/** Guests need an end date; for other roles the field is ignored. */
function guestNeedsDate<T extends { role: string; accessExpiresAt: string | null }>(data: T) {
	return data.role !== 'guest' || Boolean(data.accessExpiresAt);
}
const guestDateIssue = {
	path: ['accessExpiresAt'],
	message: 'Für Gäste bitte angeben, bis wann der Zugang gilt.'
};

export const inviteForm = z
	.object({ email, role: accountRole, accessExpiresAt: accessUntil })
	.refine(guestNeedsDate, guestDateIssue);

export const roleForm = z
	.object({ role: accountRole, accessExpiresAt: accessUntil })
	.refine(guestNeedsDate, guestDateIssue);

/** Only paths on this site: no scheme, no `//host`, no backslash tricks. */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
		return fallback;
	}
	try {
		const url = new URL(value, 'http://same.invalid');
		if (url.origin !== 'http://same.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
