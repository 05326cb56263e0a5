/**
 * Council watch (OParl import) words shared by server and pages; schema in
 * `server/oparl/schema.ts`. Object types use OParl's own names in lower camel case.
 */
export const OPARL_OBJECT_TYPES = [
	'system',
	'body',
	'legislativeTerm',
	'organization',
	'person',
	'membership',
	'meeting',
	'agendaItem',
	'paper',
	'consultation',
	'file',
	'location'
] as const;
export type OparlObjectType = (typeof OPARL_OBJECT_TYPES)[number];

export const OPARL_OBJECT_TYPE_LABELS: Record<OparlObjectType, string> = {
	system: 'System',
	body: 'Körperschaft',
	legislativeTerm: 'Wahlperiode',
	organization: 'Gremium',
	person: 'Person',
	membership: 'Mitgliedschaft',
	meeting: 'Sitzung',
	agendaItem: 'Tagesordnungspunkt',
	paper: 'Vorlage',
	consultation: 'Beratung',
	file: 'Datei',
	location: 'Ort'
};

/**
 * The short type of a full OParl type URI (`https://schema.oparl.org/1.0/Paper` → `paper`), or
 * null for anything that is not an OParl type.
 */
export function oparlTypeFromUri(uri: unknown): OparlObjectType | null {
	if (typeof uri !== 'string') return null;
	const match = /^https?:\/\/schema\.oparl\.org\/1\.[01]\/([A-Za-z]+)$/.exec(uri.trim());
	const typeName = match?.[1];
	if (!typeName) return null;
	const name = typeName.charAt(0).toLowerCase() + typeName.slice(1);
	return (OPARL_OBJECT_TYPES as readonly string[]).includes(name)
		? (name as OparlObjectType)
		: null;
}

export const OPARL_VERSIONS = ['1.0', '1.1'] as const;
export type OparlVersion = (typeof OPARL_VERSIONS)[number];

export const SYNC_RUN_KINDS = ['full', 'incremental'] as const;
export type SyncRunKind = (typeof SYNC_RUN_KINDS)[number];
export const SYNC_RUN_KIND_LABELS: Record<SyncRunKind, string> = {
	full: 'Vollständiger Import',
	incremental: 'Abgleich der Änderungen'
};

export const SYNC_RUN_STATUSES = ['running', 'succeeded', 'failed', 'interrupted'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];
export const SYNC_RUN_STATUS_LABELS: Record<SyncRunStatus, string> = {
	running: 'läuft',
	succeeded: 'abgeschlossen',
	failed: 'fehlgeschlagen',
	interrupted: 'unterbrochen'
};

/** What can be wrong with a source's data or with fetching it; each problem names its URL. */
export const OPARL_PROBLEM_KINDS = [
	'http_error',
	'timeout',
	'network_error',
	'invalid_json',
	'missing_type',
	'unexpected_type',
	'missing_field',
	'invalid_value',
	'invalid_date',
	'invalid_url',
	'dangling_reference',
	'count_mismatch',
	'vendor_field',
	'file_too_large',
	'file_download_failed',
	'foreign_host',
	'blocked_address',
	'mass_vanish'
] as const;
export type OparlProblemKind = (typeof OPARL_PROBLEM_KINDS)[number];

export const OPARL_PROBLEM_KIND_LABELS: Record<OparlProblemKind, string> = {
	http_error: 'HTTP-Fehler',
	timeout: 'Zeitüberschreitung',
	network_error: 'Verbindungsfehler',
	invalid_json: 'Kein gültiges JSON',
	missing_type: 'Typ fehlt',
	unexpected_type: 'Unerwarteter Typ',
	missing_field: 'Pflichtfeld fehlt',
	invalid_value: 'Ungültiger Feldwert',
	invalid_date: 'Ungültiges Datum',
	invalid_url: 'Ungültige Adresse',
	dangling_reference: 'Verweis ins Leere',
	count_mismatch: 'Listenlänge stimmt nicht',
	vendor_field: 'Herstellerfeld',
	file_too_large: 'Datei zu groß',
	file_download_failed: 'Datei nicht ladbar',
	foreign_host: 'Fremder Host',
	blocked_address: 'Interne Adresse',
	mass_vanish: 'Viele Objekte verschwunden – nicht gelöscht'
};

/** Download state of a council file (its text state is the stored file's). */
export const OPARL_FILE_DOWNLOAD_STATUSES = [
	'pending',
	'stored',
	'too_large',
	'failed',
	'unavailable',
	'unsupported'
] as const;
export type OparlFileDownloadStatus = (typeof OPARL_FILE_DOWNLOAD_STATUSES)[number];
export const OPARL_FILE_DOWNLOAD_STATUS_LABELS: Record<OparlFileDownloadStatus, string> = {
	pending: 'wird geladen',
	stored: 'gespeichert',
	too_large: 'zu groß',
	failed: 'Laden fehlgeschlagen',
	unavailable: 'keine Download-Adresse',
	unsupported: 'Dateiformat nicht übernommen'
};

export const PERSON_MATCH_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export type PersonMatchStatus = (typeof PERSON_MATCH_STATUSES)[number];
export const PERSON_MATCH_STATUS_LABELS: Record<PersonMatchStatus, string> = {
	suggested: 'Vorschlag',
	confirmed: 'bestätigt',
	rejected: 'abgelehnt'
};

/** Default limits of a new source; the board can change them per source. */
export const OPARL_SOURCE_DEFAULTS = {
	requestsPerSecond: 5,
	concurrency: 2,
	timeoutSeconds: 30,
	maxFileMegabytes: 20,
	syncIntervalHours: 6
} as const;

/** How many days before a meeting its briefing mail goes out. */
export const BRIEFING_DAYS_BEFORE = 5;
