import { isAPIError } from 'better-auth/api';
import { rateLimitMessage } from '../security/rate-limit';
import { ACCOUNT_DEACTIVATED, GUEST_ACCESS_EXPIRED } from './create-auth';

/** Everything that can go wrong in an account flow, as data; routes turn it into German text. */
export const AUTH_ERROR_MESSAGES = {
	invalid_credentials: 'E-Mail-Adresse oder Passwort stimmen nicht.',
	account_deactivated:
		'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an den Sprecher*innenrat.',
	guest_access_expired:
		'Ihr Gastzugang ist abgelaufen. Bitte wenden Sie sich an den Sprecher*innenrat.',
	wrong_password: 'Das Passwort stimmt nicht.',
	weak_password: 'Das Passwort muss mindestens 10 Zeichen lang sein.',
	two_factor_invalid_code: 'Der Code stimmt nicht. Bitte den aktuellen Code eingeben.',
	two_factor_invalid_backup_code: 'Dieser Wiederherstellungscode ist ungültig oder schon benutzt.',
	two_factor_challenge_expired:
		'Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an.',
	two_factor_locked:
		'Zu viele falsche Codes. Die Zwei-Faktor-Anmeldung ist für 15 Minuten gesperrt.',
	two_factor_already_enabled: 'Die Zwei-Faktor-Anmeldung ist bereits eingeschaltet.',
	two_factor_not_enabled: 'Die Zwei-Faktor-Anmeldung ist nicht eingeschaltet.',
	two_factor_setup_missing:
		'Die Einrichtung ist abgelaufen. Bitte beginnen Sie noch einmal mit Ihrem Passwort.',
	two_factor_required_for_board:
		'Für den Sprecher*innenrat ist die Zwei-Faktor-Anmeldung Pflicht und kann nicht ausgeschaltet werden.',
	token_invalid:
		'Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.',
	token_expired: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
	invitation_expired:
		'Diese Einladung ist abgelaufen. Bitte bitten Sie den Sprecher*innenrat um eine neue Einladung.',
	invitation_used:
		'Diese Einladung wurde bereits angenommen. Melden Sie sich mit Ihrer E-Mail-Adresse an.',
	invitation_revoked: 'Diese Einladung wurde zurückgezogen.',
	invitation_open:
		'Für diese Adresse gibt es schon eine offene Einladung. Sie können sie erneut senden.',
	email_taken: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
	email_unchanged: 'Das ist bereits Ihre E-Mail-Adresse.',
	email_already_verified: 'Ihre E-Mail-Adresse ist bereits bestätigt.',
	last_board:
		'Das ist das letzte aktive Konto im Sprecher*innenrat. Ernennen Sie zuerst eine weitere Person, sonst kann niemand mehr die Plattform verwalten.',
	guest_needs_expiry: 'Für Gäste bitte angeben, bis wann der Zugang gilt.',
	not_found: 'Dieses Konto gibt es nicht.',
	invitation_not_found: 'Diese Einladung gibt es nicht mehr.',
	session_not_found: 'Diese Sitzung gibt es nicht mehr.',
	current_session: 'Die aktuelle Sitzung beenden Sie über „Abmelden“.',
	setup_done: 'Die Einrichtung ist bereits abgeschlossen.',
	setup_token_invalid:
		'Der Einrichtungslink ist ungültig. Den aktuellen Link zeigt der Server beim Start an (auch in setup-link.txt im Datenverzeichnis).',
	already_deactivated: 'Dieses Konto ist bereits deaktiviert.',
	not_deactivated: 'Dieses Konto ist aktiv.',
	rate_limited: 'Zu viele Versuche. Bitte später erneut versuchen.'
} as const;

export type AuthErrorCode = keyof typeof AUTH_ERROR_MESSAGES;

export class AuthError extends Error {
	constructor(
		readonly code: AuthErrorCode,
		/** The form field the problem belongs to, if any. */
		readonly field?: string
	) {
		super(AUTH_ERROR_MESSAGES[code]);
		this.name = 'AuthError';
	}
}

export class RateLimitedError extends AuthError {
	constructor(readonly retryAfterSeconds: number) {
		super('rate_limited');
		this.name = 'RateLimitedError';
		this.message = rateLimitMessage(retryAfterSeconds);
	}
}

/** better-auth error codes we expect in our flows. */
const API_CODES: Record<string, AuthErrorCode> = {
	INVALID_EMAIL_OR_PASSWORD: 'invalid_credentials',
	INVALID_EMAIL: 'invalid_credentials',
	INVALID_PASSWORD: 'wrong_password',
	PASSWORD_TOO_SHORT: 'weak_password',
	[ACCOUNT_DEACTIVATED]: 'account_deactivated',
	[GUEST_ACCESS_EXPIRED]: 'guest_access_expired',
	INVALID_CODE: 'two_factor_invalid_code',
	INVALID_BACKUP_CODE: 'two_factor_invalid_backup_code',
	INVALID_TWO_FACTOR_COOKIE: 'two_factor_challenge_expired',
	TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'two_factor_challenge_expired',
	ACCOUNT_TEMPORARILY_LOCKED: 'two_factor_locked',
	TOTP_ALREADY_ENABLED: 'two_factor_already_enabled',
	TOTP_NOT_ENABLED: 'two_factor_setup_missing',
	TWO_FACTOR_NOT_ENABLED: 'two_factor_not_enabled',
	BACKUP_CODES_NOT_ENABLED: 'two_factor_not_enabled',
	INVALID_TOKEN: 'token_invalid'
};

/**
 * Turns what better-auth throws into our error. Unknown failures are rethrown: they are bugs or
 * outages and belong in the server log, not in a form message.
 */
export function fromAuthApiError(error: unknown, field?: string): never {
	if (isAPIError(error)) {
		const code = (error.body as { code?: string } | undefined)?.code;
		const mapped = code ? API_CODES[code] : undefined;
		if (mapped) throw new AuthError(mapped, field);
	}
	throw error;
}
