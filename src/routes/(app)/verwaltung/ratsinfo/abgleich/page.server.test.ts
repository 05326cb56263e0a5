import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { db } from '$lib/server/db';
import { auditLog } from '$lib/server/audit/schema';
import { membership } from '$lib/server/directory/schema';
import { jarFor } from '$lib/server/directory/testing/edit-fixtures';
import { runMatching } from '$lib/server/oparl/matching/run-matching';
import { setOrganizationMatch } from '$lib/server/oparl/matching/set-organization-match';
import {
	addImportedOrganization,
	importedUrl,
	matchingFixtures,
	matchingTestDatabase,
	type MatchingFixtures
} from '$lib/server/oparl/matching/testing/matching-fixtures';
import { oparlBody, oparlOrganization, oparlPersonMatch } from '$lib/server/oparl/schema';
import { organization } from '$lib/server/territory/schema';
import { actions, load } from './+page.server';

const PATH = '/verwaltung/ratsinfo/abgleich';
let f: MatchingFixtures;

// Preparing the copied database (state data, fixtures, sign-ins) once takes longer than a hook
// may on a loaded machine; every test then starts from a quick copy.
beforeAll(() => matchingTestDatabase(), 180_000);

beforeEach(async () => {
	await matchingTestDatabase();
	f = matchingFixtures();
	await runMatching(db, f.imported.sourceId);
});

async function matchIdOf(oparlPersonId: string): Promise<string> {
	const [row] = await db
		.select({ id: oparlPersonMatch.id })
		.from(oparlPersonMatch)
		.where(eq(oparlPersonMatch.oparlPersonId, oparlPersonId));
	return row!.id;
}

async function seatsOfJuergen() {
	return db
		.select({
			organizationId: membership.organizationId,
			role: membership.role,
			oparlId: membership.oparlId,
			endDate: membership.endDate
		})
		.from(membership)
		.where(eq(membership.personId, f.directory.juergenId));
}

describe(PATH, () => {
	it('is the board’s: anonymous visitors sign in, members and faction admins get 403, from load and every action', async () => {
		const matchId = await matchIdOf(f.imported.juergenId);
		const form = { matchId, oparlBodyId: f.imported.bodyId, directoryBodyId: '' };
		const anonymous = await testEvent({ url: `${PATH}?/confirm`, form });
		expect(await thrownBy(() => load(anonymous.event as never))).toMatchObject({ status: 303 });
		for (const action of Object.values(actions)) {
			const { event } = await testEvent({ url: `${PATH}?/confirm`, form });
			expect(await thrownBy(() => action(event as never))).toMatchObject({
				status: 303,
				location: expect.stringContaining('/anmelden?weiter=')
			});
		}
		// Faction admins edit their faction's mandates, but matching is the board's.
		for (const account of [f.member, f.factionAdmin]) {
			const jar = await jarFor(account);
			expect(
				await thrownBy(async () => load((await testEvent({ url: PATH, jar })).event as never))
			).toMatchObject({ status: 403 });
			for (const action of Object.values(actions)) {
				const { event } = await testEvent({ url: `${PATH}?/confirm`, jar, form });
				expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 403 });
			}
		}
		expect((await seatsOfJuergen()).map((row) => row.oparlId)).toEqual([null]);
		const [body] = await db.select().from(oparlBody);
		expect(body!.directoryBodyId).toBe(f.directory.kreistag.bodyId);
	});

	it('shows both sides of a suggestion with what confirming would change, filtered by name', async () => {
		const jar = await jarFor(f.board);
		const { event } = await testEvent({ url: `${PATH}?name=k%C3%B6hler`, jar });
		const data = (await load(event as never)) as Exclude<Awaited<ReturnType<typeof load>>, void>;
		// Jürgen, Anna, and the other Anna Schmidt (a Kreistag member elsewhere in the state).
		expect(data.openCount).toBe(3);
		expect(data.total).toBe(1);
		const [match] = data.items;
		expect(match!.imported).toMatchObject({
			name: 'Herr Dr. Juergen Koehler',
			bodyName: 'Landkreis Vorpommern-Greifswald'
		});
		expect(match!.imported.memberships.map((row) => row.organizationName)).toContain(
			'Rechnungsprüfungsausschuss'
		);
		expect(match!.directory).toMatchObject({ id: f.directory.juergenId, name: 'Jürgen Köhler' });
		expect(match!.withoutMandate).toBe(false);
		expect(match!.changes.map((change) => change.kind).sort()).toEqual([
			'add',
			'add',
			'link',
			'unmatched'
		]);
		// The Rechnungsprüfungsausschuss has no counterpart: one Gremium waits for the board.
		expect(data.organizations).toEqual([
			expect.objectContaining({ bodyName: 'Landkreis Vorpommern-Greifswald', unmatched: 1 })
		]);
		expect(data.organizations[0]!.organizations).toHaveLength(4);
		expect(data.bodies).toEqual([
			expect.objectContaining({
				objectId: f.imported.bodyId,
				directoryBodyName: 'Landkreis Vorpommern-Greifswald'
			})
		]);
	});

	it('confirms and rejects by form, refuses a second decision and bad input with German messages', async () => {
		const jar = await jarFor(f.board);
		const juergen = await matchIdOf(f.imported.juergenId);
		const confirm = await testEvent({
			url: `${PATH}?/confirm`,
			jar,
			form: { matchId: juergen, name: 'Köhler' }
		});
		expect(await actions.confirm(confirm.event as never)).toEqual({
			decided: 'confirmed',
			name: 'Köhler',
			applied: 3
		});
		expect((await seatsOfJuergen()).every((row) => row.oparlId !== null)).toBe(true);

		const again = await testEvent({ url: `${PATH}?/confirm`, jar, form: { matchId: juergen } });
		expect(await actions.confirm(again.event as never)).toMatchObject({
			status: 409,
			data: { message: 'Über diesen Vorschlag wurde schon entschieden.' }
		});

		const reject = await testEvent({
			url: `${PATH}?/reject`,
			jar,
			form: { matchId: await matchIdOf(f.imported.annaId) }
		});
		expect(await actions.reject(reject.event as never)).toMatchObject({ decided: 'rejected' });

		const broken = await testEvent({ url: `${PATH}?/reject`, jar, form: { matchId: 'x' } });
		expect(await actions.reject(broken.event as never)).toMatchObject({
			status: 400,
			data: { errors: { matchId: [expect.stringContaining('Seite neu')] } }
		});
	});

	it('lets the board tie a body by hand and untie it', async () => {
		const jar = await jarFor(f.board);
		const untieFaction = await testEvent({
			url: `${PATH}?/organization`,
			jar,
			form: { oparlOrganizationId: f.imported.factionId, directoryOrganizationId: '' }
		});
		expect(await actions.organization(untieFaction.event as never)).toEqual({
			organizationSaved: f.imported.factionId
		});
		const untie = await testEvent({
			url: `${PATH}?/body`,
			jar,
			form: { oparlBodyId: f.imported.bodyId, directoryBodyId: '' }
		});
		expect(await actions.body(untie.event as never)).toEqual({ bodySaved: f.imported.bodyId });
		// The next sync does not tie it again by its AGS: the board decided.
		await runMatching(db, f.imported.sourceId);
		const [untied] = await db.select().from(oparlBody);
		expect(untied!.directoryBodyId).toBeNull();
		// Suggestions made for the former body are gone with it.
		expect(await db.select().from(oparlPersonMatch)).toEqual([]);

		const tie = await testEvent({
			url: `${PATH}?/body`,
			jar,
			form: { oparlBodyId: f.imported.bodyId, directoryBodyId: f.directory.kreistag.bodyId }
		});
		await actions.body(tie.event as never);
		expect((await db.select().from(oparlPersonMatch)).length).toBe(3);

		const unknown = await testEvent({
			url: `${PATH}?/body`,
			jar,
			form: {
				oparlBodyId: f.imported.bodyId,
				directoryBodyId: '00000000-0000-4000-8000-000000000000'
			}
		});
		expect(await actions.body(unknown.event as never)).toMatchObject({
			status: 409,
			data: { message: 'Bitte wählen Sie eine Körperschaft aus dem Verzeichnis.' }
		});
	});

	it('ranks a same-named person without a mandate in the body below the mandate holder', async () => {
		const jar = await jarFor(f.board);
		const { event } = await testEvent({ url: `${PATH}?name=schmidt`, jar });
		const data = (await load(event as never)) as Exclude<Awaited<ReturnType<typeof load>>, void>;
		expect(
			data.items.map((item) => [item.directory.id, item.percent, item.withoutMandate])
		).toEqual([
			[f.directory.annaId, 100, false],
			[f.directory.otherAnnaId, 100, true]
		]);
	});

	it('creates a missing Gremium from the council system in one click, audited, and applies its seats', async () => {
		const jar = await jarFor(f.board);
		await actions.confirm(
			(
				await testEvent({
					url: `${PATH}?/confirm`,
					jar,
					form: { matchId: await matchIdOf(f.imported.juergenId) }
				})
			).event as never
		);
		const before = await load((await testEvent({ url: PATH, jar })).event as never);
		const audit = before!.organizations[0]!.organizations.find(
			(item) => item.objectId === f.imported.auditCommitteeId
		);
		expect(audit).toMatchObject({ directoryOrganizationId: null, creatable: true });
		// Tied ones and the council itself offer no creating.
		expect(
			before!.organizations[0]!.organizations.filter((item) => item.creatable).map(
				(item) => item.name
			)
		).toEqual(['Rechnungsprüfungsausschuss']);

		const create = await testEvent({
			url: `${PATH}?/createOrganization`,
			jar,
			form: { oparlOrganizationId: f.imported.auditCommitteeId }
		});
		expect(await actions.createOrganization(create.event as never)).toEqual({
			organizationSaved: f.imported.auditCommitteeId,
			organizationCreated: 'Rechnungsprüfungsausschuss',
			membershipChanges: 1
		});
		const [created] = await db
			.select()
			.from(organization)
			.where(eq(organization.name, 'Rechnungsprüfungsausschuss'));
		expect(created).toMatchObject({
			bodyId: f.directory.kreistag.bodyId,
			parentId: f.directory.kreistag.id,
			organizationType: 'committee',
			classification: 'Ausschuss'
		});
		const [imported] = await db
			.select()
			.from(oparlOrganization)
			.where(eq(oparlOrganization.objectId, f.imported.auditCommitteeId));
		expect(imported).toMatchObject({
			directoryOrganizationId: created!.id,
			directoryMatchFixed: true
		});
		// Jürgen's deputy seat in it reached the directory as for a matched Gremium.
		expect((await seatsOfJuergen()).filter((seat) => seat.organizationId === created!.id)).toEqual([
			expect.objectContaining({ role: 'deputy_member', oparlId: importedUrl('membership/7-4') })
		]);
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'oparl.organization_create'));
		expect(entry).toMatchObject({
			targetId: created!.id,
			targetLabel: 'Rechnungsprüfungsausschuss'
		});

		// A second click (another tab) creates nothing more.
		const again = await testEvent({
			url: `${PATH}?/createOrganization`,
			jar,
			form: { oparlOrganizationId: f.imported.auditCommitteeId }
		});
		expect(await actions.createOrganization(again.event as never)).toMatchObject({
			status: 409,
			data: {
				message: expect.stringContaining('schon einem Gremium im Verzeichnis zugeordnet'),
				values: { oparlOrganizationId: f.imported.auditCommitteeId }
			}
		});
		expect(
			await db
				.select()
				.from(organization)
				.where(eq(organization.name, 'Rechnungsprüfungsausschuss'))
		).toHaveLength(1);
	});

	it('refuses to create a Gremium from bad input, a council, or a name the directory has, changing nothing', async () => {
		const jar = await jarFor(f.board);
		const count = async () => (await db.select().from(organization)).length;
		const organizations = await count();
		const post = async (oparlOrganizationId: string) =>
			actions.createOrganization(
				(
					await testEvent({
						url: `${PATH}?/createOrganization`,
						jar,
						form: { oparlOrganizationId }
					})
				).event as never
			);

		expect(await post('kein-gremium')).toMatchObject({
			status: 400,
			data: { errors: { oparlOrganizationId: [expect.stringContaining('Seite neu')] } }
		});
		expect(await post('00000000-0000-4000-8000-000000000000')).toMatchObject({
			status: 409,
			data: { message: expect.stringContaining('gibt es nicht mehr') }
		});
		// The imported Kreistag, untied: the council comes with the state data, it is chosen.
		await setOrganizationMatch({
			actor: f.board,
			oparlOrganizationId: f.imported.kreistagId,
			directoryOrganizationId: null
		});
		expect(await post(f.imported.kreistagId)).toMatchObject({
			status: 409,
			data: { message: expect.stringContaining('nur Fraktionen und Ausschüsse') }
		});
		// A Gremium named like one the directory has under the council is chosen, not doubled.
		const twin = await addImportedOrganization(f.imported, 'organization/5', {
			name: 'Ausschuss für Bildung und Kultur',
			organizationType: 'Gremium'
		});
		expect(await post(twin)).toMatchObject({
			status: 409,
			data: { message: expect.stringContaining('gibt es im Verzeichnis schon') }
		});
		expect(await count()).toBe(organizations);
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'oparl.organization_create'))
		).toEqual([]);
	});

	it('names a created faction as the directory does and files it as a faction', async () => {
		const jar = await jarFor(f.board);
		const greens = await addImportedOrganization(f.imported, 'organization/6', {
			name: 'BÜNDNIS 90/DIE GRÜNEN',
			organizationType: 'Fraktion'
		});
		const create = await testEvent({
			url: `${PATH}?/createOrganization`,
			jar,
			form: { oparlOrganizationId: greens }
		});
		expect(await actions.createOrganization(create.event as never)).toMatchObject({
			organizationCreated: 'Fraktion BÜNDNIS 90/DIE GRÜNEN',
			membershipChanges: 0
		});
		const [created] = await db
			.select()
			.from(organization)
			.where(eq(organization.name, 'Fraktion BÜNDNIS 90/DIE GRÜNEN'));
		expect(created).toMatchObject({ organizationType: 'faction', classification: 'Fraktion' });
	});
});
