import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { person, personTopic } from '../directory/schema';
import { organization } from '../territory/schema';
import { describeProblem } from './csv-format';
import { importDirectory } from './import-directory';
import {
	board,
	createImportTestDatabase,
	csv,
	KREISTAG_VG,
	membershipsOf,
	personByEmail,
	tableCounts
} from './testing/import-test-support';

describe('CSV import of people and mandates', () => {
	beforeAll(createImportTestDatabase);

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
			// Written as "Stadtvertretung Greifswald": the Stadt’s council is its Bürgerschaft.
			{ organization: 'Bürgerschaft Greifswald' }
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

	it('finds a Stadt by its official body name, its own name, or the plain "Gemeinde X" and "Stadt X"', async () => {
		const row = (bodyName: string, council: string, n: number) => [
			'Paula',
			`Probe${n}`,
			`paula.probe${n}@example.org`,
			'',
			bodyName,
			council,
			'',
			'Mitglied',
			'',
			'09.06.2024',
			'',
			''
		];
		const result = await importDirectory({
			by: board,
			input: csv([
				row('Hansestadt Stralsund', 'Bürgerschaft Stralsund', 1),
				row('Universitäts- und Hansestadt Greifswald', 'Bürgerschaft Greifswald', 2),
				row('Gemeinde Greifswald', 'Bürgerschaft Greifswald', 3),
				row('Stadt Neubrandenburg', 'Stadtvertretung Neubrandenburg', 4),
				row('Neubrandenburg', 'Stadtvertretung Neubrandenburg', 5)
			]),
			dryRun: true
		});
		expect(result.problems.map(describeProblem)).toEqual([]);
		expect(result.counts.rows.new).toBe(5);
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
