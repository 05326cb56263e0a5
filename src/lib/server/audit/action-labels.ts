import { formatMediumDate } from '../../shared/format-date';
import { ROLE_LABELS, type Role } from '../../shared/roles';

/**
 * German names for audit action codes. Capabilities that record new actions add their codes
 * here; unknown codes are shown as they are, so nothing disappears from the log.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
	'auth.setup_complete': 'Ersteinrichtung abgeschlossen',
	'user.invite': 'Person eingeladen',
	'user.invitation_resend': 'Einladung erneut gesendet',
	'user.invitation_revoke': 'Einladung zurückgezogen',
	'user.invitation_accept': 'Einladung angenommen',
	'user.role_change': 'Rolle geändert',
	'user.deactivate': 'Konto deaktiviert',
	'user.reactivate': 'Konto reaktiviert',
	'user.password_change': 'Passwort geändert',
	'user.password_reset': 'Passwort zurückgesetzt',
	'user.email_change': 'E-Mail-Adresse geändert',
	'user.email_verify': 'E-Mail-Adresse bestätigt',
	'user.two_factor_enable': 'Zwei-Faktor-Anmeldung eingeschaltet',
	'user.two_factor_disable': 'Zwei-Faktor-Anmeldung ausgeschaltet',
	'user.backup_codes_regenerate': 'Wiederherstellungscodes erneuert',
	'session.revoke': 'Sitzung beendet',
	'session.revoke_others': 'Andere Sitzungen beendet',
	'api_token.create': 'API-Token erstellt',
	'api_token.revoke': 'API-Token widerrufen',
	'settings.update': 'Einstellungen geändert',
	'news.create': 'Beitrag (Aktuelles) angelegt',
	'news.update': 'Beitrag (Aktuelles) geändert',
	'news.publish': 'Beitrag (Aktuelles) veröffentlicht',
	'news.unpublish': 'Beitrag (Aktuelles) zurückgezogen',
	'news.delete': 'Beitrag (Aktuelles) gelöscht',
	'page.create': 'Seite angelegt',
	'page.update': 'Seite geändert',
	'page.publish': 'Seite veröffentlicht',
	'page.unpublish': 'Seite zurückgezogen',
	'page.delete': 'Seite gelöscht',
	'content.image_upload': 'Bild für die öffentliche Seite hochgeladen',
	'content.start_update': 'Texte der Startseite geändert',
	'contact.message': 'Nachricht über das Kontaktformular eingegangen',
	'user.delete': 'Konto gelöscht',
	'privacy.export': 'Eigene Daten heruntergeladen',
	'newsletter.create': 'Rundbrief angelegt',
	'newsletter.update': 'Rundbrief geändert',
	'newsletter.delete': 'Rundbrief-Entwurf gelöscht',
	'newsletter.test': 'Rundbrief als Testmail an sich selbst gesendet',
	'newsletter.send': 'Rundbrief versendet',
	'newsletter.opt_out': 'Rundbriefe abbestellt',
	'newsletter.opt_in': 'Rundbriefe wieder bestellt',
	'person.contact': 'Person über das Kontaktformular angeschrieben',
	'join.submit': 'Anfrage zum Mitmachen eingegangen (unbestätigt)',
	'join.confirm': 'Anfrage zum Mitmachen bestätigt',
	'join.accept': 'Anfrage zum Mitmachen angenommen',
	'join.decline': 'Anfrage zum Mitmachen abgelehnt',
	'join.notes_update': 'Notiz zu einer Anfrage zum Mitmachen geändert',
	'join.prune': 'Alte Anfragen zum Mitmachen gelöscht',
	'discussion.group_create': 'Arbeitskreis eröffnet',
	'discussion.group_update': 'Arbeitskreis geändert',
	'discussion.group_archive': 'Arbeitskreis archiviert',
	'discussion.group_restore': 'Arbeitskreis wieder geöffnet',
	'person.create': 'Person im Verzeichnis angelegt',
	'person.update': 'Personendaten geändert',
	'membership.create': 'Mandat oder Funktion eingetragen',
	'membership.update': 'Mandat oder Funktion geändert',
	'membership.end': 'Mandat oder Funktion beendet',
	'organization.create': 'Gremium angelegt',
	'organization.update': 'Vertretung umbenannt oder neu eingeordnet',
	'amt.create': 'Amt angelegt',
	'amt.update': 'Amt geändert',
	'amt.delete': 'Amt gelöscht',
	'term.create': 'Wahlperiode angelegt',
	'term.create_many': 'Wahlperiode für alle Körperschaften einer Art angelegt',
	'term.update': 'Wahlperiode geändert',
	'term.delete': 'Wahlperiode gelöscht',
	'event.create': 'Veranstaltung angelegt',
	'event.update': 'Veranstaltung geändert',
	'event.cancel': 'Veranstaltung abgesagt',
	'event.registration_cancel': 'Anmeldung zu einer Veranstaltung gestrichen',
	'event.attendees_export': 'Teilnehmendenliste exportiert',
	'event.material_add': 'Material zu einer Veranstaltung hinzugefügt',
	'event.material_remove': 'Material einer Veranstaltung entfernt',
	'motion.create': 'Antrag angelegt',
	'motion.reuse': 'Antrag übernommen',
	'motion.update': 'Antrag geändert',
	'motion.delete': 'Antrag gelöscht',
	'motion.comment_delete': 'Kommentar zu einem Antrag gelöscht',
	'motion.attachment_add': 'Datei an einen Antrag angehängt',
	'motion.attachment_remove': 'Anhang eines Antrags entfernt',
	'landtag.initiative_create': 'Landtagsinitiative veröffentlicht',
	'landtag.initiative_update': 'Landtagsinitiative geändert',
	'landtag.proposal_create': 'Themenvorschlag an die Landtagsfraktion gemacht',
	'landtag.proposal_status': 'Stand eines Themenvorschlags geändert',
	'topic.create': 'Thema angelegt',
	'topic.rename': 'Thema umbenannt',
	'topic.move': 'Themenreihenfolge geändert',
	'topic.archive': 'Thema archiviert',
	'topic.restore': 'Thema wiederhergestellt',
	'directory.import': 'Personen und Mandate importiert (CSV)',
	'directory.export': 'Personen und Mandate exportiert (CSV)',
	'oparl.source_add': 'Ratsinfo-Quelle hinzugefügt',
	'oparl.source_update': 'Einstellungen einer Ratsinfo-Quelle geändert',
	'oparl.bodies_follow': 'Auswahl der Körperschaften einer Ratsinfo-Quelle geändert',
	'oparl.sync_start': 'Abgleich einer Ratsinfo-Quelle gestartet',
	'oparl.source_delete': 'Ratsinfo-Quelle mit ihren Daten gelöscht',
	'oparl.body_match': 'Importierte Körperschaft dem Verzeichnis zugeordnet',
	'oparl.organization_match': 'Importiertes Gremium dem Verzeichnis zugeordnet',
	'oparl.organization_create': 'Gremium aus dem Ratsinformationssystem im Verzeichnis angelegt',
	'oparl.person_match.confirm': 'Person aus dem Ratsinformationssystem zugeordnet',
	'oparl.person_match.reject': 'Zuordnungsvorschlag einer Person abgelehnt',
	'oparl.person_match.unlink': 'Zuordnung einer Person zum Ratsinformationssystem gelöst'
};

/** German names of the directory fields an audit entry lists as changed. */
const CHANGED_FIELD_LABELS: Record<string, string> = {
	givenName: 'Vorname',
	familyName: 'Nachname',
	party: 'Partei',
	email: 'E-Mail-Adresse',
	emailVisibility: 'Sichtbarkeit der E-Mail-Adresse',
	phone: 'Telefonnummer',
	phoneVisibility: 'Sichtbarkeit der Telefonnummer',
	biography: 'Über mich',
	biographyVisibility: 'Sichtbarkeit von „Über mich“',
	topics: 'Themen',
	topicsVisibility: 'Sichtbarkeit der Themen',
	role: 'Funktion',
	onBehalfOfId: 'Fraktion',
	topicId: 'Thema',
	startDate: 'Beginn',
	endDate: 'Ende',
	requestsPerSecond: 'Anfragen pro Sekunde',
	concurrency: 'gleichzeitige Anfragen',
	timeoutSeconds: 'Zeitüberschreitung',
	maxFileBytes: 'größte Datei',
	syncIntervalHours: 'Abstand der Abgleiche',
	enabled: 'regelmäßiger Abgleich'
};

export function auditActionLabel(action: string): string {
	return AUDIT_ACTION_LABELS[action] ?? action;
}

function roleLabel(value: unknown): string {
	return typeof value === 'string' && value in ROLE_LABELS
		? ROLE_LABELS[value as Role]
		: String(value);
}

/** One readable line about what changed, from an entry's details. */
export function describeAuditDetails(
	action: string,
	details: Record<string, unknown> | null | undefined
): string | null {
	if (!details) return null;
	const parts: string[] = [];
	if (action === 'user.role_change') {
		parts.push(`${roleLabel(details.old)} → ${roleLabel(details.new)}`);
	} else if (typeof details.old === 'string' && typeof details.new === 'string') {
		parts.push(`${details.old} → ${details.new}`);
	} else if (typeof details.role === 'string') {
		parts.push(`Rolle: ${roleLabel(details.role)}`);
	}
	if (typeof details.accessExpiresAt === 'string') {
		parts.push(`Zugang bis ${formatMediumDate(new Date(details.accessExpiresAt))}`);
	}
	if (typeof details.organization === 'string') parts.push(details.organization);
	if (Array.isArray(details.fields) && details.fields.length > 0) {
		const names = details.fields.map((field) => CHANGED_FIELD_LABELS[String(field)] ?? field);
		parts.push(`Geändert: ${names.join(', ')}`);
	}
	const ended = details.endedSessions ?? details.count;
	if (typeof ended === 'number' && ended > 0) {
		parts.push(`${ended} ${ended === 1 ? 'Sitzung' : 'Sitzungen'} beendet`);
	}
	return parts.length > 0 ? parts.join(' · ') : null;
}
