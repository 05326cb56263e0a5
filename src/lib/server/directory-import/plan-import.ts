import { randomUUID } from 'node:crypto';
import type { FieldVisibility, MembershipRole } from '../../shared/directory';
import { FACTION_MEMBER_LABEL, roleLabel, type Column, type ImportProblem } from './csv-format';
import type { ExistingMembership, ExistingPeople, ExistingPerson } from './existing-people';
import type { ParsedMandate, ParsedRow } from './parse-row';

export type RowStatus = 'new' | 'changed' | 'unchanged';

export interface PlannedRow {
	line: number;
	name: string;
	gremium: string;
	role: string;
	status: RowStatus;
}

type PersonFields = {
	givenName: string;
	familyName: string;
	email: string | null;
	phone: string | null;
	emailVisibility: FieldVisibility;
	phoneVisibility: FieldVisibility;
};

/** What applying the file writes; ids of new rows are chosen here so references need no lookup. */
export interface PlanWrites {
	newFactions: { id: string; bodyId: string; parentId: string; name: string }[];
	newPeople: ({ id: string } & PersonFields)[];
	personUpdates: { id: string; set: Partial<PersonFields> }[];
	newTopics: { personId: string; topicId: string }[];
	newMemberships: {
		id: string;
		personId: string;
		organizationId: string;
		role: MembershipRole;
		onBehalfOfId: string | null;
		topicId: string | null;
		startDate: string | null;
		endDate: string | null;
	}[];
	membershipUpdates: {
		id: string;
		set: { onBehalfOfId: string | null; startDate: string | null; endDate: string | null };
	}[];
}

export interface ImportPlan {
	problems: ImportProblem[];
	rows: PlannedRow[];
	counts: { rows: Record<RowStatus, number>; people: Record<RowStatus, number> };
	newFactionNames: string[];
	writes: PlanWrites;
}

interface PersonDraft {
	id: string;
	existing: ExistingPerson | null;
	fields: PersonFields;
	/** Which line set each field, to name conflicting lines. */
	setBy: Partial<Record<keyof PersonFields, number>>;
	topicIds: Set<string>;
	changed: boolean;
}

const PERSON_COLUMNS: Record<keyof PersonFields, Column> = {
	givenName: 'Vorname',
	familyName: 'Nachname',
	email: 'E-Mail',
	phone: 'Telefon',
	emailVisibility: 'E-Mail sichtbar',
	phoneVisibility: 'E-Mail sichtbar'
};

const overlaps = (
	a: { startDate: string | null; endDate: string | null },
	b: { startDate: string | null; endDate: string | null }
) => (a.startDate ?? '') <= (b.endDate ?? '9999') && (b.startDate ?? '') <= (a.endDate ?? '9999');

/**
 * Decides, row by row, what the file means for the directory: which person (matched by address,
 * else by name and body), which membership (same person, organization, function and topic; same
 * start, else the one whose period overlaps), and what is new or changed. Pure: the dry run shows
 * this plan, the import writes it.
 */
export function planImport(rows: readonly ParsedRow[], existing: ExistingPeople): ImportPlan {
	const problems: ImportProblem[] = [];
	const problem = (line: number, column: Column, message: string) =>
		problems.push({ line, column, message });
	const writes: PlanWrites = {
		newFactions: [],
		newPeople: [],
		personUpdates: [],
		newTopics: [],
		newMemberships: [],
		membershipUpdates: []
	};
	const drafts = new Map<string, PersonDraft>();
	const factionIds = new Map<string, string>();
	const newFactionNames: string[] = [];
	const seenMemberships = new Map<string, number>();
	const usedMemberships = new Set<string>();
	const emailOwners = new Map<string, { draftId: string; line: number }>();
	const planned: PlannedRow[] = [];

	/** The membership a row describes: matched, changed or new; or a duplicate of an earlier row. */
	function planMembership(
		line: number,
		mandate: ParsedMandate,
		topics: ParsedRow['topics'],
		draft: PersonDraft
	): RowStatus | 'duplicate' {
		// The faction, created once per body and name if the file names one that does not exist.
		let factionId: string | null = null;
		if (mandate.faction && 'id' in mandate.faction) factionId = mandate.faction.id;
		else if (mandate.faction) {
			const key = `${mandate.body.id}|${mandate.faction.create.toLowerCase()}`;
			factionId = factionIds.get(key) ?? null;
			if (!factionId) {
				factionId = randomUUID();
				factionIds.set(key, factionId);
				writes.newFactions.push({
					id: factionId,
					bodyId: mandate.body.id,
					parentId: mandate.councilId,
					name: mandate.faction.create
				});
				newFactionNames.push(`${mandate.faction.create} (${mandate.body.name})`);
			}
		}

		const organizationId = mandate.inFaction ? factionId! : mandate.gremium.id;
		const onBehalfOfId = mandate.inFaction ? null : factionId;
		const topicId = mandate.role === 'spokesperson' ? topics[0]!.id : null;
		const { role, startDate, endDate } = mandate;
		const duplicateKey = [draft.id, organizationId, role, topicId, startDate].join('|');
		const duplicateOf = seenMemberships.get(duplicateKey);
		if (duplicateOf !== undefined) {
			problem(
				line,
				'Gremium',
				`doppelt: dieselbe Person mit derselben Funktion und demselben Beginn steht schon in Zeile ${duplicateOf}.`
			);
			return 'duplicate';
		}
		seenMemberships.set(duplicateKey, line);

		const candidates = (draft.existing?.memberships ?? []).filter(
			(m) =>
				!usedMemberships.has(m.id) &&
				m.organizationId === organizationId &&
				m.role === role &&
				m.topicId === topicId
		);
		const overlapping = candidates.filter((m) => overlaps(m, mandate));
		const found: ExistingMembership | undefined =
			candidates.find((m) => m.startDate === startDate) ??
			(overlapping.length === 1 ? overlapping[0] : undefined);
		if (found) {
			usedMemberships.add(found.id);
			const set = { onBehalfOfId, startDate, endDate };
			const differs =
				found.onBehalfOfId !== onBehalfOfId ||
				found.startDate !== startDate ||
				found.endDate !== endDate;
			if (differs) writes.membershipUpdates.push({ id: found.id, set });
			return differs ? 'changed' : 'unchanged';
		}
		writes.newMemberships.push({
			id: randomUUID(),
			personId: draft.id,
			organizationId,
			role,
			onBehalfOfId,
			topicId,
			startDate,
			endDate
		});
		return 'new';
	}

	for (const row of rows) {
		const match = existing.match(row);
		if (match.ambiguous) {
			problem(
				row.line,
				'Nachname',
				`Mehrere Personen namens ${row.givenName} ${row.familyName} in ${row.mandate?.body.name}; bitte die E-Mail-Adresse angeben.`
			);
			continue;
		}
		if (match.person?.recordOnly && (row.email || row.phone || row.topics.length > 0)) {
			problem(
				row.line,
				row.email ? 'E-Mail' : row.phone ? 'Telefon' : 'Themen',
				`${row.givenName} ${row.familyName} hat das eigene Konto gelöscht; von ihr oder ihm bleibt nur der öffentliche Mandatsnachweis. Bitte E-Mail, Telefon und Themen leer lassen.`
			);
			continue;
		}
		const draftKey = match.person
			? match.person.id
			: (row.email ?? `${row.givenName} ${row.familyName}|${row.mandate?.body.id}`.toLowerCase());
		let draft = drafts.get(draftKey);
		const isFirstRowOfNewPerson = !draft && !match.person;
		if (!draft) {
			const base = match.person;
			draft = {
				id: base?.id ?? randomUUID(),
				existing: base,
				fields: base
					? {
							givenName: base.givenName,
							familyName: base.familyName,
							email: base.email,
							phone: base.phone,
							emailVisibility: base.emailVisibility,
							phoneVisibility: base.phoneVisibility
						}
					: {
							givenName: row.givenName,
							familyName: row.familyName,
							email: null,
							phone: null,
							emailVisibility: 'members',
							phoneVisibility: 'members'
						},
				setBy: {},
				topicIds: new Set(base?.topicIds),
				changed: false
			};
			drafts.set(draftKey, draft);
		}

		// Cells left empty keep what is stored; filled cells must agree across a person's rows.
		const given: Partial<PersonFields> = {
			givenName: row.givenName,
			familyName: row.familyName,
			...(row.email ? { email: row.email } : {}),
			...(row.phone ? { phone: row.phone } : {}),
			...(row.visibility
				? { emailVisibility: row.visibility, phoneVisibility: row.visibility }
				: {})
		};
		let rowChangesPerson = false;
		let conflict = false;
		const namedBy = draft.setBy.givenName;
		if (
			row.email &&
			namedBy !== undefined &&
			(draft.fields.givenName !== row.givenName || draft.fields.familyName !== row.familyName)
		) {
			problem(
				row.line,
				'E-Mail',
				`Dieselbe Adresse steht in Zeile ${namedBy} für eine andere Person (${draft.fields.givenName} ${draft.fields.familyName}).`
			);
			continue;
		}
		if (row.email) {
			const owner = emailOwners.get(row.email);
			if (owner && owner.draftId !== draft.id) {
				problem(
					row.line,
					'E-Mail',
					`Dieselbe Adresse steht in Zeile ${owner.line} für eine andere Person.`
				);
				continue;
			}
			emailOwners.set(row.email, { draftId: draft.id, line: row.line });
		}
		for (const [field, value] of Object.entries(given) as [keyof PersonFields, string][]) {
			const earlier = draft.setBy[field];
			if (earlier !== undefined && draft.fields[field] !== value) {
				if (field !== 'phoneVisibility')
					problem(
						row.line,
						PERSON_COLUMNS[field],
						`„${value}“ weicht von Zeile ${earlier} ab (dieselbe Person).`
					);
				conflict = true;
				continue;
			}
			draft.setBy[field] ??= row.line;
			const stored = draft.existing ? draft.existing[field] : undefined;
			if (draft.existing && (stored ?? null) !== value) rowChangesPerson = true;
			draft.fields[field] = value as never;
		}
		for (const t of row.topics) {
			if (draft.topicIds.has(t.id)) continue;
			draft.topicIds.add(t.id);
			writes.newTopics.push({ personId: draft.id, topicId: t.id });
			if (draft.existing) rowChangesPerson = true;
		}
		if (conflict) continue;
		if (rowChangesPerson) draft.changed = true;

		const membershipStatus = row.mandate
			? planMembership(row.line, row.mandate, row.topics, draft)
			: null;
		if (membershipStatus === 'duplicate') continue;
		const mandate = row.mandate;
		planned.push({
			line: row.line,
			name: `${row.givenName} ${row.familyName}`,
			gremium: !mandate
				? '–'
				: mandate.inFaction
					? `${mandate.gremium.name}, Fraktion`
					: mandate.gremium.name,
			role: !mandate
				? 'ohne Mandat'
				: mandate.inFaction && mandate.role === 'member'
					? FACTION_MEMBER_LABEL
					: roleLabel(mandate.role),
			status:
				isFirstRowOfNewPerson || membershipStatus === 'new'
					? 'new'
					: rowChangesPerson || membershipStatus === 'changed'
						? 'changed'
						: 'unchanged'
		});
	}

	const people: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0 };
	for (const draft of drafts.values()) {
		if (!draft.existing) {
			writes.newPeople.push({ id: draft.id, ...draft.fields });
			people.new++;
		} else if (draft.changed) {
			const set = Object.fromEntries(
				(Object.keys(draft.fields) as (keyof PersonFields)[])
					.filter((field) => draft.fields[field] !== (draft.existing![field] ?? null))
					.map((field) => [field, draft.fields[field]])
			);
			if (Object.keys(set).length > 0) writes.personUpdates.push({ id: draft.id, set });
			people.changed++;
		} else people.unchanged++;
	}
	const rowCounts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0 };
	for (const row of planned) rowCounts[row.status]++;
	return {
		problems,
		rows: planned,
		counts: { rows: rowCounts, people },
		newFactionNames,
		writes
	};
}
