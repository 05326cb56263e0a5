/** Fixed notices other pages can ask the sign-in page to show (never text from the URL itself). */
export const SIGN_IN_NOTICES: Record<string, string> = {
	abgemeldet: 'Sie sind abgemeldet.',
	'passwort-neu': 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
	'sitzung-beendet': 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
	'erneut-anmelden': 'Bitte melden Sie sich erneut an.'
};
