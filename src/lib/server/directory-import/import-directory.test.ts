import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { membership, person, personTopic } from '../directory/schema';
import { loadStateData } from '../territory/load-state-data';
import { organization } from '../territory/schema';
import { createTestDatabase } from '../testing/test-db';
import { COLUMNS, describeProblem } from './csv-format';
import { importDirectory } from './import-directory';

const board: SessionUser = {
	id: 'board-1',
	email: 'vorstand@example.org',
	name: 'Vera Vorstand',
	role: 'board',
	emailVerified: true,
	twoFactorEnabled: true,
	accessExpiresAt: null
};

/** A CSV from rows of cells, header included; `;` and a BOM unless told otherwise. */
function csv(rows: string[][], options: { delimiter?: string; bom?: boolean } = {}): Uint8Array {
	const delimiter = options.delimiter ?? ';';
	const text = [COLUMNS as readonly string[], ...rows]
		.map((cells) =>
			cells
				.map((c) => (c.includes(delimiter) || c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c))
				.join(delimiter)
		)
		.join('\r\n');
	return new TextEncoder().encode((options.bom === false ? '' : '\uFEFF') + text + '\r\n');
}

const KREISTAG_VG = ['Landkreis Vorpommern-Greifswald', 'Kreistag Vorpommern-Greifswald'];

async function tableCounts() {
	const count = async (table: typeof person | typeof membership | typeof organization) =>
		((await db.select({ n: sql<number>`count(*)::int` }).from(table)) as [{ n: number }])[0].n;
	return {
		people: await count(person),
		memberships: await count(membership),
		organizations: await count(organization)
	};
}

async function personByEmail(email: string) {
	const [row] = await db.select().from(person).where(eq(person.email, email));
	return row;
}

async function membershipsOf(personId: string) {
	return db
		.select({
			role: membership.role,
			organization: organization.name,
			startDate: membership.startDate,
			endDate: membership.endDate,
			onBehalfOfId: membership.onBehalfOfId
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(eq(membership.personId, personId));
}

describe('CSV import of people and mandates', () => {
	beforeAll(async () => {
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
	});

	it('lists every problem by line and column in a dry run, and writes nothing', async () => {
		const before = await tableCounts();
		const file = csv([
			[
				'Ada',
				'Alt',
				'ada@example.org',
				'0381 5551234',
				...KREISTAG_VG,
				'Fraktion DIE LINKE',
				'Mitglied',
				'Haushalt',
				'09.06.2024',
				'',
				'Mitglieder'
			],
			[
				'Bea',
				'',
				'bea@',
				'12ab',
				'Landkreis Nirgendwo',
				'Kreistag',
				'',
				'Kaiserin',
				'Raumfahrt',
				'31.02.2024',
				'2020-01-01',
				'geheim'
			],
			[
				'Cem',
				'Cirkel',
				'',
				'',
				'Landkreis Rostock',
				'Kreistag Vorpommern-Greifswald',
				'',
				'Fraktionsvorsitz',
				'',
				'2024-06-09',
				'2024-06-01',
				''
			]
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: true });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Nachname: fehlt.',
			'Zeile 3, Spalte E-Mail: „bea@“ ist keine gültige E-Mail-Adresse.',
			'Zeile 3, Spalte Telefon: „12ab“ ist keine Telefonnummer (nur Ziffern, Leerzeichen, + / ( ) -).',
			'Zeile 3, Spalte Funktion: „Kaiserin“ ist keine bekannte Funktion (z. B. Mitglied, Vorsitz, Fraktionsvorsitz, Sachkundige*r Einwohner*in, Sprecher*in).',
			'Zeile 3, Spalte Beginn: „31.02.2024“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).',
			'Zeile 3, Spalte E-Mail sichtbar: „geheim“ ist nicht erlaubt; möglich sind öffentlich, Mitglieder oder Vorstand.',
			'Zeile 3, Spalte Themen: Das Thema „Raumfahrt“ gibt es nicht in der Themenliste.',
			'Zeile 3, Spalte Gebietskörperschaft: Keine Gebietskörperschaft heißt „Landkreis Nirgendwo“.',
			'Zeile 4, Spalte Ende: liegt vor dem Beginn.',
			expect.stringMatching(
				/^Zeile 4, Spalte Gremium: Landkreis Rostock hat kein Gremium „Kreistag Vorpommern-Greifswald“/
			),
			'Zeile 4, Spalte Fraktion: Für die Funktion „Fraktionsvorsitz“ muss die Fraktion angegeben sein.'
		]);
		expect(await tableCounts()).toEqual(before);
	});

	it('refuses a file with problems even when not a dry run', async () => {
		const before = await tableCounts();
		const file = csv([
			['Dora', 'Dach', 'dora@example.org', '', ...KREISTAG_VG, '', 'Mitglied', '', '', '', ''],
			[
				'Emil',
				'Ende',
				'emil@example.org',
				'',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'gestern',
				'',
				''
			]
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: false });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Beginn: „gestern“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).'
		]);
		expect(await tableCounts()).toEqual(before);
	});

	it('imports people, mandates, topics and a new faction; the same file again changes nothing', async () => {
		const rows = [
			[
				'Frieda',
				'Feld',
				'Frieda.Feld@example.org',
				'0383 5559001',
				...KREISTAG_VG,
				'Fraktion Neu',
				'Mitglied',
				'Haushalt|ÖPNV',
				'09.06.2024',
				'',
				'öffentlich'
			],
			[
				'Frieda',
				'Feld',
				'frieda.feld@example.org',
				'',
				...KREISTAG_VG,
				'Fraktion Neu',
				'Fraktionsvorsitz',
				'Haushalt',
				'2024-06-09',
				'',
				''
			],
			[
				'Gustav',
				'Gans',
				'gustav.gans@example.org',
				'',
				'Greifswald',
				'Stadtvertretung Greifswald',
				'',
				'Mitglied',
				'Kita',
				'09.06.2024',
				'',
				'Vorstand'
			],
			[
				'Hilde',
				'Hof',
				'',
				'',
				'Landkreis Ludwigslust-Parchim',
				'Kreistag Ludwigslust-Parchim',
				'',
				'Mitglied',
				'',
				'2019-05-26',
				'08.06.2024',
				''
			]
		];
		const first = await importDirectory({
			by: board,
			input: csv(rows),
			dryRun: false,
			fileName: 'liste.csv'
		});
		expect(first.problems).toEqual([]);
		expect(first.applied).toBe(true);
		expect(first.counts.rows).toEqual({ new: 4, changed: 0, unchanged: 0 });
		expect(first.counts.people).toEqual({ new: 3, changed: 0, unchanged: 0 });
		expect(first.newFactionNames).toEqual(['Fraktion Neu (Landkreis Vorpommern-Greifswald)']);

		const frieda = (await personByEmail('frieda.feld@example.org'))!;
		expect(frieda).toMatchObject({
			phone: '0383 5559001',
			emailVisibility: 'public',
			phoneVisibility: 'public'
		});
		const friedaSeats = await membershipsOf(frieda.id);
		expect(friedaSeats).toHaveLength(2);
		const [faction] = await db
			.select()
			.from(organization)
			.where(eq(organization.name, 'Fraktion Neu'));
		const [council] = await db
			.select()
			.from(organization)
			.where(eq(organization.name, 'Kreistag Vorpommern-Greifswald'));
		expect(faction).toMatchObject({
			organizationType: 'faction',
			parentId: council!.id,
			bodyId: council!.bodyId
		});
		expect(friedaSeats).toEqual(
			expect.arrayContaining([
				{
					role: 'member',
					organization: 'Kreistag Vorpommern-Greifswald',
					startDate: '2024-06-09',
					endDate: null,
					onBehalfOfId: faction!.id
				},
				{
					role: 'faction_chair',
					organization: 'Fraktion Neu',
					startDate: '2024-06-09',
					endDate: null,
					onBehalfOfId: null
				}
			])
		);
		expect(
			await db.select().from(personTopic).where(eq(personTopic.personId, frieda.id))
		).toHaveLength(2);
		const gustav = (await personByEmail('gustav.gans@example.org'))!;
		expect(await membershipsOf(gustav.id)).toMatchObject([
			{ organization: 'Gemeindevertretung Greifswald' }
		]);
		const [hilde] = await db.select().from(person).where(eq(person.fullName, 'Hilde Hof'));
		expect(await membershipsOf(hilde!.id)).toMatchObject([
			{ startDate: '2019-05-26', endDate: '2024-06-08' }
		]);

		const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'directory.import'));
		expect(audit).toMatchObject({ actorUserId: 'board-1', targetLabel: 'liste.csv' });

		// Again, as `,` without BOM: nothing changes.
		const before = await tableCounts();
		const again = await importDirectory({
			by: board,
			input: csv(rows, { delimiter: ',', bom: false }),
			dryRun: false
		});
		expect(again.problems).toEqual([]);
		expect(again.counts.rows).toEqual({ new: 0, changed: 0, unchanged: 4 });
		expect(again.counts.people).toEqual({ new: 0, changed: 0, unchanged: 3 });
		expect(await tableCounts()).toEqual(before);
		expect((await personByEmail('frieda.feld@example.org'))!.modifiedAt).toEqual(frieda.modifiedAt);
	});

	it('updates the person and the mandate of a changed row, matching by name and body without address', async () => {
		const rows = (phone: string, end: string) => [
			[
				'Ida',
				'Igel',
				'ida.igel@example.org',
				phone,
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'09.06.2024',
				end,
				'Mitglieder'
			],
			[
				'Jan',
				'Jansen-Test',
				'',
				'',
				...KREISTAG_VG,
				'',
				'Sachkundige*r Einwohner*in',
				'',
				'01.09.2024',
				end,
				''
			]
		];
		await importDirectory({ by: board, input: csv(rows('0383 5550001', '')), dryRun: false });
		const before = await tableCounts();
		const dry = await importDirectory({
			by: board,
			input: csv(rows('0383 5550002', '31.12.2025')),
			dryRun: true
		});
		expect(dry.rows.map((r) => r.status)).toEqual(['changed', 'changed']);
		expect((await personByEmail('ida.igel@example.org'))!.phone).toBe('0383 5550001');

		const result = await importDirectory({
			by: board,
			input: csv(rows('0383 5550002', '31.12.2025')),
			dryRun: false
		});
		expect(result.counts.rows).toEqual({ new: 0, changed: 2, unchanged: 0 });
		expect(await tableCounts()).toEqual(before);
		const ida = (await personByEmail('ida.igel@example.org'))!;
		expect(ida.phone).toBe('0383 5550002');
		expect(await membershipsOf(ida.id)).toMatchObject([{ endDate: '2025-12-31' }]);
		const [jan] = await db.select().from(person).where(eq(person.fullName, 'Jan Jansen-Test'));
		expect(await membershipsOf(jan!.id)).toMatchObject([
			{ role: 'expert_citizen', endDate: '2025-12-31' }
		]);
	});

	it('reports duplicates and contradictions inside the file', async () => {
		const file = csv([
			[
				'Karl',
				'Kamm',
				'karl@example.org',
				'0381 5550003',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'09.06.2024',
				'',
				''
			],
			[
				'Karl',
				'Kamm',
				'karl@example.org',
				'0381 5550004',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'',
				'',
				''
			],
			[
				'Karl',
				'Kamm',
				'KARL@example.org',
				'',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'2024-06-09',
				'',
				''
			],
			['Lena', 'Lamm', 'karl@example.org', '', ...KREISTAG_VG, '', 'Mitglied', '', '', '', '']
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: false });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Telefon: „0381 5550004“ weicht von Zeile 2 ab (dieselbe Person).',
			'Zeile 4, Spalte Gremium: doppelt: dieselbe Person mit derselben Funktion und demselben Beginn steht schon in Zeile 2.',
			'Zeile 5, Spalte E-Mail: Dieselbe Adresse steht in Zeile 2 für eine andere Person (Karl Kamm).'
		]);
		expect(await personByEmail('karl@example.org')).toBeUndefined();
	});

	it('reads the header, refuses other encodings and missing columns', async () => {
		const latin1 = new Uint8Array([
			...new TextEncoder().encode(COLUMNS.join(';') + '\nJ'),
			0xf6,
			0x0a
		]);
		expect(
			(await importDirectory({ by: board, input: latin1, dryRun: true })).problems.map(
				describeProblem
			)
		).toEqual([
			'Die Datei ist nicht in UTF-8 gespeichert. Bitte als „CSV UTF-8“ speichern und erneut hochladen.'
		]);
		const noColumn = 'Vorname;Nachname;Mail\nA;B;c@example.org\n';
		const [problem] = (await importDirectory({ by: board, input: noColumn, dryRun: true }))
			.problems;
		expect(describeProblem(problem!)).toMatch(
			/^Zeile 1: Es fehlen die Spalten „E-Mail“, „Telefon“/
		);
	});

	it('takes a row without Gremium as a person without mandate, found by address', async () => {
		const row = (topics: string) => [
			['Nina', 'Netz', 'nina.netz@example.org', '', '', '', '', '', topics, '', '', 'Vorstand'],
			['Otto', 'Ohne', '', '', '', '', '', '', '', '', '', '']
		];
		const problems = await importDirectory({ by: board, input: csv(row('Kita')), dryRun: true });
		expect(problems.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte E-Mail: fehlt; eine Zeile ohne Gremium braucht die E-Mail-Adresse der Person.'
		]);
		const file = (topics: string) => csv(row(topics).slice(0, 1));
		expect((await importDirectory({ by: board, input: file('Kita'), dryRun: false })).applied).toBe(
			true
		);
		const nina = (await personByEmail('nina.netz@example.org'))!;
		expect(nina.emailVisibility).toBe('board');
		expect(await membershipsOf(nina.id)).toEqual([]);
		const again = await importDirectory({ by: board, input: file('Kita|Schule'), dryRun: false });
		expect(again.counts.rows).toEqual({ new: 0, changed: 1, unchanged: 0 });
		expect(
			await db.select().from(personTopic).where(eq(personTopic.personId, nina.id))
		).toHaveLength(2);
	});

	it('puts no contact data back on the public record of a deleted account', async () => {
		const row = (email: string, phone: string) => [
			'Rita',
			'Rest',
			email,
			phone,
			...KREISTAG_VG,
			'',
			'Mitglied',
			'',
			'09.06.2024',
			'',
			''
		];
		await importDirectory({ by: board, input: csv([row('', '')]), dryRun: false });
		const [rita] = await db.select().from(person).where(eq(person.familyName, 'Rest'));
		await db.update(person).set({ recordOnlySince: new Date() }).where(eq(person.id, rita!.id));

		const result = await importDirectory({
			by: board,
			input: csv([row('rita@example.org', '0381 5550199')]),
			dryRun: false
		});
		expect(result.problems.map(describeProblem)).toEqual([
			expect.stringMatching(/^Zeile 2, Spalte E-Mail: Rita Rest hat das eigene Konto gelöscht/)
		]);
		const [after] = await db.select().from(person).where(eq(person.id, rita!.id));
		expect(after).toMatchObject({ email: null, phone: null });
		// Without contact data the public record itself can still be kept up to date.
		const same = await importDirectory({ by: board, input: csv([row('', '')]), dryRun: true });
		expect(same.problems).toEqual([]);
	});

	it('lets only the board import', async () => {
		await expect(
			importDirectory({ by: { ...board, role: 'faction_admin' }, input: csv([]), dryRun: true })
		).rejects.toThrow(AccessDeniedError);
		const [{ n }] = (await db
			.select({ n: sql<number>`count(*)::int` })
			.from(person)
			.where(and(eq(person.givenName, 'Mallory')))) as [{ n: number }];
		expect(n).toBe(0);
	});
});
