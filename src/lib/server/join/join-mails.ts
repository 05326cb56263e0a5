/** The texts of every mail the join flow sends; links are absolute, built by the caller. */

import { formatLongDateTime } from '../../shared/format-date';
import { renderMail, type MailContent } from '../auth/mails/layout';

export function confirmationMail(input: {
	networkName: string;
	url: string;
	expiresAt: Date;
}): MailContent {
	return renderMail({
		subject: 'Bitte bestätigen Sie Ihre Anfrage zum Mitmachen',
		paragraphs: [
			`Sie möchten beim Kommunalnetz der ${input.networkName} mitmachen – schön! Bitte bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört. Erst dann geht Ihre Anfrage an den Sprecher*innenrat.`
		],
		action: { label: 'Anfrage bestätigen', url: input.url },
		notes: [
			`Der Link gilt bis ${formatLongDateTime(input.expiresAt)} Uhr. Unbestätigte Anfragen löschen wir nach 30 Tagen.`,
			'Wenn Sie das Formular nicht ausgefüllt haben, ignorieren Sie diese E-Mail einfach; dann speichern wir nichts weiter.'
		]
	});
}

/** A second submission while the first is already with the board: no second request. */
export function alreadyPendingMail(input: { networkName: string }): MailContent {
	return renderMail({
		subject: 'Ihre Anfrage zum Mitmachen liegt uns schon vor',
		paragraphs: [
			`Für diese E-Mail-Adresse liegt dem Sprecher*innenrat des Kommunalnetzes der ${input.networkName} bereits eine bestätigte Anfrage vor. Wir melden uns, sobald darüber entschieden ist; eine zweite Anfrage ist nicht nötig.`
		],
		notes: ['Wenn Sie das Formular nicht ausgefüllt haben, ignorieren Sie diese E-Mail einfach.']
	});
}

/** The address already has an account: the form must not reveal that, the mail may. */
export function existingAccountMail(input: { signInUrl: string; resetUrl: string }): MailContent {
	return renderMail({
		subject: 'Sie haben bereits ein Konto im Kommunalnetz',
		paragraphs: [
			'Jemand – vermutlich Sie – hat mit dieser E-Mail-Adresse das Formular „Mitmachen“ ausgefüllt. Für diese Adresse gibt es bereits ein Konto; eine Anfrage ist nicht nötig.',
			`Sie können sich hier anmelden: ${input.signInUrl}`
		],
		action: { label: 'Passwort vergessen?', url: input.resetUrl },
		notes: ['Wenn Sie das Formular nicht ausgefüllt haben, ignorieren Sie diese E-Mail einfach.']
	});
}

export function boardNotificationMail(input: {
	name: string;
	districtName: string;
	url: string;
}): MailContent {
	return renderMail({
		subject: `Neue Anfrage zum Mitmachen: ${input.name}`,
		paragraphs: [
			`${input.name} (${input.districtName}) möchte beim Kommunalnetz mitmachen und hat die E-Mail-Adresse bestätigt.`,
			'Sie können die Anfrage annehmen (die Person bekommt eine Einladung) oder ablehnen.'
		],
		action: { label: 'Anfrage ansehen', url: input.url },
		notes: ['Sie erhalten diese E-Mail als Mitglied des Sprecher*innenrats.']
	});
}

export function declineMail(input: { networkName: string; message: string }): MailContent {
	return renderMail({
		subject: 'Ihre Anfrage zum Mitmachen',
		paragraphs: [
			`vielen Dank für Ihr Interesse am Kommunalnetz der ${input.networkName}. Der Sprecher*innenrat hat Ihre Anfrage leider nicht angenommen.`,
			...(input.message ? [`Nachricht des Sprecher*innenrats:\n\n${input.message}`] : [])
		],
		notes: ['Ihre Angaben löschen wir nach Ablauf der Aufbewahrungsfrist.']
	});
}
