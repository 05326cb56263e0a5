/** The texts of every mail the account system sends; links are absolute, built by the caller. */

import { formatLongDateTime } from '../../../shared/format-date';
import { ROLE_LABELS, type AccountRole } from '../../../shared/roles';
import { renderMail, type MailContent } from './layout';

export function invitationMail(input: {
	inviterName: string | null;
	role: AccountRole;
	url: string;
	expiresAt: Date;
}): MailContent {
	const who = input.inviterName ? `${input.inviterName} lädt Sie` : 'Sie werden';
	return renderMail({
		subject: 'Einladung ins Kommunalnetz',
		paragraphs: [
			`${who} ins Kommunalnetz ein, das Netzwerk für Kommunalpolitik. Sie erhalten die Rolle „${ROLE_LABELS[input.role]}“.`,
			'Über den Link legen Sie Ihren Namen und Ihr Passwort fest; danach sind Sie angemeldet.'
		],
		action: { label: 'Einladung annehmen', url: input.url },
		notes: [
			`Der Link gilt bis ${formatLongDateTime(input.expiresAt)} Uhr und nur einmal.`,
			'Wenn Sie mit dieser Einladung nichts anfangen können, ignorieren Sie diese E-Mail einfach.'
		]
	});
}

export function emailConfirmationMail(input: {
	url: string;
	change: boolean;
	expiresAt: Date;
}): MailContent {
	return renderMail({
		subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
		paragraphs: [
			input.change
				? 'Sie möchten diese Adresse künftig für Ihr Konto im Kommunalnetz verwenden. Bitte bestätigen Sie, dass sie Ihnen gehört; bis dahin bleibt Ihre bisherige Adresse gültig.'
				: 'Bitte bestätigen Sie, dass diese E-Mail-Adresse zu Ihrem Konto im Kommunalnetz gehört.'
		],
		action: { label: 'E-Mail-Adresse bestätigen', url: input.url },
		notes: [
			`Der Link gilt bis ${formatLongDateTime(input.expiresAt)} Uhr.`,
			'Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail einfach.'
		]
	});
}

export function emailChangedMail(input: { newEmail: string }): MailContent {
	return renderMail({
		subject: 'Ihre E-Mail-Adresse wurde geändert',
		paragraphs: [
			`Ihr Konto im Kommunalnetz verwendet ab sofort die Adresse ${input.newEmail}. An diese Adresse schicken wir keine Nachrichten mehr.`
		],
		notes: [
			'Wenn Sie das nicht selbst waren, wenden Sie sich bitte umgehend an den Sprecher*innenrat.'
		]
	});
}

export function passwordResetMail(input: { url: string; expiresAt: Date }): MailContent {
	return renderMail({
		subject: 'Neues Passwort für das Kommunalnetz',
		paragraphs: [
			'Jemand – hoffentlich Sie – möchte das Passwort Ihres Kontos im Kommunalnetz neu festlegen.'
		],
		action: { label: 'Neues Passwort festlegen', url: input.url },
		notes: [
			`Der Link gilt bis ${formatLongDateTime(input.expiresAt)} Uhr und nur einmal. Danach werden alle Sitzungen Ihres Kontos beendet.`,
			'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.'
		]
	});
}

export function roleChangedMail(input: {
	oldRole: AccountRole;
	newRole: AccountRole;
	signInUrl: string;
}): MailContent {
	return renderMail({
		subject: 'Ihre Rolle im Kommunalnetz hat sich geändert',
		paragraphs: [
			`Ihre Rolle im Kommunalnetz ist jetzt „${ROLE_LABELS[input.newRole]}“ (bisher „${ROLE_LABELS[input.oldRole]}“).`,
			'Bitte melden Sie sich neu an, damit die neue Rolle gilt.'
		],
		action: { label: 'Anmelden', url: input.signInUrl },
		notes: ['Bei Fragen wenden Sie sich bitte an den Sprecher*innenrat.']
	});
}

export function twoFactorEnabledMail(input: { securityUrl: string }): MailContent {
	return renderMail({
		subject: 'Zwei-Faktor-Anmeldung eingeschaltet',
		paragraphs: [
			'Für Ihr Konto im Kommunalnetz ist jetzt die Zwei-Faktor-Anmeldung eingeschaltet. Bei jeder Anmeldung fragen wir nach einem Code aus Ihrer Authenticator-App.',
			'Bewahren Sie Ihre Wiederherstellungscodes sicher auf; mit ihnen kommen Sie auch ohne Ihr Telefon in Ihr Konto.'
		],
		action: { label: 'Sicherheitseinstellungen ansehen', url: input.securityUrl },
		notes: [
			'Wenn Sie das nicht selbst waren, ändern Sie bitte sofort Ihr Passwort und wenden Sie sich an den Sprecher*innenrat.'
		]
	});
}
