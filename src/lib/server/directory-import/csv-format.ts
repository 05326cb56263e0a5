import {
	FIELD_VISIBILITY_LABELS,
	MEMBERSHIP_ROLE_LABELS,
	type FieldVisibility,
	type MembershipRole
} from '../../shared/directory';

/**
 * The CSV format of people and mandates (issue 4), shared by the importer and the export: one row
 * per mandate or function, the person's data repeated on each of their rows.
 */
export const COLUMNS = [
	'Vorname',
	'Nachname',
	'E-Mail',
	'Telefon',
	'Gebietskörperschaft',
	'Gremium',
	'Fraktion',
	'Funktion',
	'Themen',
	'Beginn',
	'Ende',
	'E-Mail sichtbar'
] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns without which a row means nothing. */
export const REQUIRED_COLUMNS: readonly Column[] = [
	'Vorname',
	'Nachname',
	'Gebietskörperschaft',
	'Gremium'
];

/** Topics inside one cell. */
export const TOPIC_SEPARATOR = '|';

/** A problem of the file, named the way people find it in a spreadsheet. */
export interface ImportProblem {
	/** Line in the file, the header being line 1; null for the file as a whole. */
	line: number | null;
	column: Column | null;
	message: string;
}

export function describeProblem(problem: ImportProblem): string {
	const where = [
		problem.line !== null ? `Zeile ${problem.line}` : null,
		problem.column ? `Spalte ${problem.column}` : null
	].filter(Boolean);
	return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** `E-Mail sichtbar`: öffentlich | Mitglieder | Vorstand (also applies to the phone number). */
export function parseVisibility(value: string): FieldVisibility | null {
	const wanted = normalise(value);
	const entry = Object.entries(FIELD_VISIBILITY_LABELS).find(
		([, label]) => normalise(label) === wanted
	);
	return (entry?.[0] as FieldVisibility | undefined) ?? null;
}

export function visibilityLabel(visibility: FieldVisibility): string {
	return FIELD_VISIBILITY_LABELS[visibility];
}

/** Other spellings people write in the Funktion column, besides the labels the platform shows. */
const ROLE_SYNONYMS: Record<string, MembershipRole> = {
	mitglied: 'member',
	ratsmitglied: 'member',
	kreistagsmitglied: 'member',
	stellvertreter: 'deputy_member',
	stellvertreterin: 'deputy_member',
	'stellvertretendes mitglied': 'deputy_member',
	vorsitzende: 'chair',
	vorsitzender: 'chair',
	'stellvertretende vorsitzende': 'vice_chair',
	'stellvertretender vorsitzender': 'vice_chair',
	fraktionsvorsitzende: 'faction_chair',
	fraktionsvorsitzender: 'faction_chair',
	'sachkundige einwohnerin': 'expert_citizen',
	'sachkundiger einwohner': 'expert_citizen',
	'sachkundige*r einwohner*in': 'expert_citizen',
	'sachkundige bürgerin': 'expert_citizen',
	'sachkundiger bürger': 'expert_citizen',
	sprecherin: 'spokesperson',
	sprecher: 'spokesperson'
};

/**
 * Member of a faction without a seat for it (e.g. staff, the faction's own administrator): a
 * membership in the faction itself. Not one of the platform's role labels, so the CSV names it.
 */
export const FACTION_MEMBER_LABEL = 'Fraktionsmitglied';

/** Empty means Mitglied, the most common line. */
export function parseRole(value: string): MembershipRole | null {
	const wanted = normalise(value);
	if (wanted === '') return 'member';
	const entry = Object.entries(MEMBERSHIP_ROLE_LABELS).find(
		([, label]) => normalise(label) === wanted
	);
	return (entry?.[0] as MembershipRole | undefined) ?? ROLE_SYNONYMS[wanted] ?? null;
}

export function roleLabel(role: MembershipRole): string {
	return MEMBERSHIP_ROLE_LABELS[role];
}

/** `TT.MM.JJJJ` (also with one-digit day or month) or ISO `JJJJ-MM-TT`; null if not a real day. */
export function parseDate(value: string): string | null {
	const text = value.trim();
	let year: number, month: number, day: number;
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (german) [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
	else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2024-06-09` → `09.06.2024`, as the export writes dates. */
export function formatGermanDate(iso: string | null): string {
	if (!iso) return '';
	const [year, month, day] = iso.split('-');
	return `${day}.${month}.${year}`;
}
