import type { FieldVisibility, MembershipRole } from '../../shared/directory';
import { email as emailSchema } from '../../shared/validation';
import {
	FACTION_MEMBER_LABEL,
	REQUIRED_COLUMNS,
	TOPIC_SEPARATOR,
	parseDate,
	parseRole,
	parseVisibility,
	roleLabel,
	type Column,
	type ImportProblem
} from './csv-format';
import type { CsvRow } from './read-csv';
import type { BodyRef, OrganizationRef, ReferenceData } from './reference-data';

/** The mandate or function a row describes. */
export interface ParsedMandate {
	body: BodyRef;
	gremium: OrganizationRef;
	/** The council a new faction would belong to (the Gremium, or the committee's council). */
	councilId: string;
	/** Existing faction, or the name of one to create; null when the cell is empty. */
	faction: OrganizationRef | { create: string } | null;
	role: MembershipRole;
	/** Held in the faction itself (Fraktionsvorsitz, Sprecher*in, Fraktionsmitglied). */
	inFaction: boolean;
	startDate: string | null;
	endDate: string | null;
}

/** A row whose every cell made sense. */
export interface ParsedRow {
	line: number;
	givenName: string;
	familyName: string;
	/** Lower case; null when the cell is empty. */
	email: string | null;
	phone: string | null;
	/** Null for a row of a person without mandate (Gebietskörperschaft and Gremium empty). */
	mandate: ParsedMandate | null;
	topics: { id: string; name: string }[];
	/** `E-Mail sichtbar`, also for the phone; null: leave as it is (new people: Mitglieder). */
	visibility: FieldVisibility | null;
}

/** Roles held in the faction itself rather than in the Gremium. */
export const FACTION_ROLES: readonly MembershipRole[] = ['faction_chair', 'spokesperson'];

const PHONE = /^\+?[0-9][0-9 /()-]{3,30}$/;

/** Checks one row against the format and the platform's names; every problem, not just the first. */
export function parseRow(
	row: CsvRow,
	reference: ReferenceData
): { row: ParsedRow | null; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const problem = (column: Column, message: string) =>
		problems.push({ line: row.line, column, message });
	const v = row.values;

	// A person without mandate: only their own data, found or created by address.
	const personOnly =
		v.Gebietskörperschaft === '' &&
		v.Gremium === '' &&
		v.Fraktion === '' &&
		v.Funktion === '' &&
		v.Beginn === '' &&
		v.Ende === '';
	for (const column of REQUIRED_COLUMNS)
		if (v[column] === '' && !(personOnly && column !== 'Vorname' && column !== 'Nachname'))
			problem(column, 'fehlt.');
	if (personOnly && v['E-Mail'] === '')
		problem('E-Mail', 'fehlt; eine Zeile ohne Gremium braucht die E-Mail-Adresse der Person.');

	let email: string | null = null;
	if (v['E-Mail'] !== '') {
		const parsed = emailSchema.safeParse(v['E-Mail']);
		if (parsed.success) email = parsed.data.toLowerCase();
		else problem('E-Mail', `„${v['E-Mail']}“ ist keine gültige E-Mail-Adresse.`);
	}
	const phone = v.Telefon === '' ? null : v.Telefon;
	if (phone !== null && !PHONE.test(phone))
		problem('Telefon', `„${phone}“ ist keine Telefonnummer (nur Ziffern, Leerzeichen, + / ( ) -).`);

	const factionMember = v.Funktion.trim().toLowerCase() === FACTION_MEMBER_LABEL.toLowerCase();
	const role = factionMember ? 'member' : parseRole(v.Funktion);
	const inFaction = factionMember || (role !== null && FACTION_ROLES.includes(role));
	if (!role)
		problem(
			'Funktion',
			`„${v.Funktion}“ ist keine bekannte Funktion (z. B. Mitglied, Vorsitz, Fraktionsvorsitz, ` +
				'Sachkundige*r Einwohner*in, Sprecher*in).'
		);

	const startDate = v.Beginn === '' ? null : parseDate(v.Beginn);
	if (v.Beginn !== '' && !startDate)
		problem('Beginn', `„${v.Beginn}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).`);
	const endDate = v.Ende === '' ? null : parseDate(v.Ende);
	if (v.Ende !== '' && !endDate)
		problem('Ende', `„${v.Ende}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).`);
	if (startDate && endDate && endDate < startDate) problem('Ende', 'liegt vor dem Beginn.');

	const visibility = v['E-Mail sichtbar'] === '' ? null : parseVisibility(v['E-Mail sichtbar']);
	if (v['E-Mail sichtbar'] !== '' && !visibility)
		problem(
			'E-Mail sichtbar',
			`„${v['E-Mail sichtbar']}“ ist nicht erlaubt; möglich sind öffentlich, Mitglieder oder Vorstand.`
		);

	const topics: { id: string; name: string }[] = [];
	for (const name of v.Themen.split(TOPIC_SEPARATOR).map((t) => t.trim())) {
		if (name === '') continue;
		const found = reference.topic(name);
		if (!found) problem('Themen', `Das Thema „${name}“ gibt es nicht in der Themenliste.`);
		else if (!topics.some((t) => t.id === found.id)) topics.push(found);
	}

	let body: BodyRef | null = null;
	let gremium: OrganizationRef | null = null;
	if (v.Gebietskörperschaft !== '') {
		const found = reference.body(v.Gebietskörperschaft);
		if (found.ok) body = found.value;
		else problem('Gebietskörperschaft', found.message);
	}
	if (body && v.Gremium !== '') {
		const found = reference.gremium(body, v.Gremium);
		if (found.ok) gremium = found.value;
		else problem('Gremium', found.message);
	}
	const councilId = gremium ? (gremium.type === 'council' ? gremium.id : gremium.parentId) : null;
	if (gremium && !councilId) problem('Gremium', `„${gremium.name}“ gehört zu keiner Vertretung.`);

	let faction: ParsedMandate['faction'] = null;
	if (v.Fraktion !== '' && body)
		faction = reference.faction(body, v.Fraktion) ?? { create: v.Fraktion };
	if (inFaction && v.Fraktion === '')
		problem(
			'Fraktion',
			`Für die Funktion „${factionMember ? FACTION_MEMBER_LABEL : roleLabel(role!)}“ muss die Fraktion angegeben sein.`
		);
	if (role === 'spokesperson' && topics.length === 0 && v.Themen === '')
		problem('Themen', 'Für Sprecher*innen muss das Thema angegeben sein (das erste Thema zählt).');

	if (problems.length > 0 || !role) return { row: null, problems };
	const mandate =
		body && gremium && councilId
			? { body, gremium, councilId, faction, role, inFaction, startDate, endDate }
			: null;
	if (!personOnly && !mandate) return { row: null, problems };
	return {
		row: {
			line: row.line,
			givenName: v.Vorname,
			familyName: v.Nachname,
			email,
			phone,
			mandate,
			topics,
			visibility
		},
		problems
	};
}
