import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import { membership } from '$lib/server/directory/schema';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { legislativeTerm, organization } from '$lib/server/territory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: EditFixtures;
let landtagBodyId: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
	const [landtag] = await db
		.select({ bodyId: organization.bodyId })
		.from(organization)
		.where(eq(organization.dataKey, 'mv:council:13'));
	landtagBodyId = landtag!.bodyId;
});

const URL = '/verwaltung/wahlperioden';

async function eventAs(account: SessionUser | null, form?: Record<string, string>, url = URL) {
	const jar = account ? await jarFor(account) : undefined;
	return (await testEvent({ url, jar, form })).event;
}

async function landtagTerms() {
	return db
		.select()
		.from(legislativeTerm)
		.where(eq(legislativeTerm.bodyId, landtagBodyId))
		.orderBy(legislativeTerm.startDate);
}

type PageData = Exclude<Awaited<ReturnType<typeof load>>, void>;

describe('/verwaltung/wahlperioden', () => {
	it('is the board’s: everyone else is sent to sign in or refused, in the page and every action', async () => {
		const anonymous = await thrownBy(async () => load((await eventAs(null)) as never));
		expect(anonymous).toMatchObject({ status: 303 });
		const [kreisTerm] = await db
			.select({ id: legislativeTerm.id })
			.from(legislativeTerm)
			.where(eq(legislativeTerm.bodyId, f.councils.kreistagVg.bodyId));
		const form = {
			bodyId: landtagBodyId,
			kinds: 'land',
			termId: kreisTerm!.id,
			name: 'Eingeschmuggelt',
			startDate: '2026-10-27'
		};
		for (const account of [f.users.interested, f.users.member, f.users.factionAdmin]) {
			expect(await thrownBy(async () => load((await eventAs(account)) as never))).toMatchObject({
				status: 403
			});
			for (const action of Object.values(actions)) {
				const attempt = await eventAs(account, form);
				expect(await thrownBy(() => action(attempt as never))).toMatchObject({ status: 403 });
			}
		}
		for (const action of Object.values(actions)) {
			const attempt = await eventAs(null, form);
			expect(await thrownBy(() => action(attempt as never))).toMatchObject({ status: 303 });
		}
		expect(await landtagTerms()).toEqual([]);
		const [still] = await db
			.select()
			.from(legislativeTerm)
			.where(eq(legislativeTerm.id, kreisTerm!.id));
		expect(still?.name).toBe('Wahlperiode 2024–2029');
	});

	it('shows the board every kind, the Landtag first, and filters by kind and name', async () => {
		const data = (await load((await eventAs(f.users.board)) as never)) as PageData;
		expect(data.overview.map((o) => o.kind)).toEqual([
			'land',
			'landkreis',
			'kreisfreie_stadt',
			'gemeinde'
		]);
		expect(data.overview[0]).toMatchObject({ bodies: 1, withoutTerm: 1, terms: [] });
		expect(data.list.total).toBe(9);
		expect(data.list.bodies[0]?.councilName).toBe('Landtag Mecklenburg-Vorpommern');
		const vg = data.list.bodies.find((b) => b.councilName === 'Kreistag Vorpommern-Greifswald');
		expect(vg?.terms).toEqual([
			expect.objectContaining({ name: 'Wahlperiode 2024–2029', mandates: 1, origin: 'state_data' })
		]);

		const gemeinden = (await load(
			(await eventAs(f.users.board, undefined, `${URL}?art=gemeinde&q=Wolgast`)) as never
		)) as PageData;
		expect(gemeinden.list.bodies.length).toBeGreaterThan(0);
		expect(gemeinden.list.bodies.every((b) => b.kind === 'gemeinde')).toBe(true);
		expect(gemeinden.list.bodies.every((b) => /Wolgast/.test(`${b.name} ${b.councilName}`))).toBe(
			true
		);
	});

	it('creates the Landtag’s new term; bad input gets German messages and keeps what was typed', async () => {
		const backwards = await eventAs(f.users.board, {
			bodyId: landtagBodyId,
			name: '9. Wahlperiode',
			startDate: '2026-10-27',
			endDate: '2026-10-01'
		});
		expect(await actions.create(backwards as never)).toMatchObject({
			status: 400,
			data: {
				scope: `b:${landtagBodyId}`,
				values: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: '2026-10-01' },
				errors: { endDate: ['Das Ende muss nach dem Beginn liegen.'] }
			}
		});
		const noStart = await eventAs(f.users.board, { bodyId: landtagBodyId, name: '9. Wahlperiode' });
		expect(await actions.create(noStart as never)).toMatchObject({
			status: 400,
			data: { errors: { startDate: ['Bitte den ersten Tag der Wahlperiode angeben.'] } }
		});
		const noDay = await eventAs(f.users.board, {
			bodyId: landtagBodyId,
			name: '9. Wahlperiode',
			startDate: '2026-02-31'
		});
		expect(await actions.create(noDay as never)).toMatchObject({
			status: 400,
			data: { errors: { startDate: ['Dieses Datum gibt es nicht.'] } }
		});
		expect(await landtagTerms()).toEqual([]);

		const good = await eventAs(f.users.board, {
			bodyId: landtagBodyId,
			name: '9. Wahlperiode',
			startDate: '2026-10-27',
			endDate: ''
		});
		expect(await actions.create(good as never)).toEqual({
			scope: `b:${landtagBodyId}`,
			success: '„9. Wahlperiode“ ist angelegt.'
		});
		expect((await landtagTerms()).map((t) => [t.name, t.startDate, t.endDate])).toEqual([
			['9. Wahlperiode', '2026-10-27', null]
		]);

		const overlapping = await eventAs(f.users.board, {
			bodyId: landtagBodyId,
			name: '8. Wahlperiode',
			startDate: '2021-10-26',
			endDate: '2026-12-01'
		});
		expect(await actions.create(overlapping as never)).toMatchObject({
			status: 400,
			data: {
				values: { name: '8. Wahlperiode' },
				errors: {
					startDate: [
						'Die Wahlperiode überschneidet sich mit einer anderen derselben Körperschaft: 9. Wahlperiode.'
					]
				}
			}
		});
		const unknownBody = await eventAs(f.users.board, {
			bodyId: '00000000-0000-4000-8000-000000000000',
			name: 'X',
			startDate: '2026-10-27'
		});
		expect(await thrownBy(() => actions.create(unknownBody as never))).toMatchObject({
			status: 404
		});
	});

	it('starts a term for all Kreistage, ending their seats; refuses without a kind', async () => {
		const none = await eventAs(f.users.board, {
			name: 'Wahlperiode 2029–2034',
			startDate: '2029-05-06',
			endOrganizations: 'on'
		});
		expect(await actions.createMany(none as never)).toMatchObject({
			status: 400,
			data: {
				scope: 'many',
				values: { name: 'Wahlperiode 2029–2034', endOrganizations: 'on' },
				errors: { kinds: ['Bitte mindestens eine Art von Körperschaft auswählen.'] }
			}
		});
		const kreise = await eventAs(f.users.board, {
			kinds: 'landkreis',
			name: 'Wahlperiode 2029–2034',
			startDate: '2029-05-06',
			endOrganizations: 'on'
		});
		expect(await actions.createMany(kreise as never)).toEqual({
			scope: 'many',
			success:
				'„Wahlperiode 2029–2034“ ist für 6 Körperschaften angelegt. 3 Mandate und Funktionen der Wahlperiode davor enden am Vortag. Eine Fraktion oder ein Ausschuss ohne Mandat in der neuen Wahlperiode endet ebenfalls.'
		});
		// The faction whose seat ended; the other Kreistag faction, with no seat that ended, stays.
		const ends = await db
			.select({ id: organization.id, endDate: organization.endDate })
			.from(organization)
			.where(inArray(organization.id, [f.organizations.factionVg, f.organizations.otherFactionVg]));
		expect(Object.fromEntries(ends.map((o) => [o.id, o.endDate]))).toEqual({
			[f.organizations.factionVg]: '2029-05-05',
			[f.organizations.otherFactionVg]: null
		});
		const [greta] = await db
			.select({ endDate: membership.endDate })
			.from(membership)
			.where(eq(membership.personId, f.people.greta));
		expect(greta?.endDate).toBe('2029-05-05');
	});

	it('corrects a term and deletes an unused one; a term with seats stays', async () => {
		const [ninth] = await landtagTerms();
		const edit = await eventAs(f.users.board, {
			termId: ninth!.id,
			name: '9. Wahlperiode',
			startDate: '2026-10-28',
			endDate: ''
		});
		expect(await actions.update(edit as never)).toEqual({
			scope: `t:${ninth!.id}`,
			success: 'Gespeichert.'
		});
		expect((await landtagTerms())[0]?.startDate).toBe('2026-10-28');
		const blank = await eventAs(f.users.board, { termId: ninth!.id, name: ' ', startDate: '' });
		expect(await actions.update(blank as never)).toMatchObject({
			status: 400,
			data: { scope: `t:${ninth!.id}`, errors: { name: [expect.any(String)] } }
		});

		const [kreisTerm] = await db
			.select({ id: legislativeTerm.id })
			.from(legislativeTerm)
			.where(eq(legislativeTerm.bodyId, f.councils.kreistagVg.bodyId))
			.orderBy(legislativeTerm.startDate);
		const used = await eventAs(f.users.board, {
			termId: kreisTerm!.id,
			bodyId: f.councils.kreistagVg.bodyId
		});
		expect(await actions.delete(used as never)).toMatchObject({
			status: 400,
			data: {
				scope: `b:${f.councils.kreistagVg.bodyId}`,
				message: expect.stringContaining('Landesdaten')
			}
		});

		const remove = await eventAs(f.users.board, { termId: ninth!.id, bodyId: landtagBodyId });
		expect(await actions.delete(remove as never)).toEqual({
			scope: `b:${landtagBodyId}`,
			success: '„9. Wahlperiode“ ist gelöscht.'
		});
		expect(await landtagTerms()).toEqual([]);
		const gone = await eventAs(f.users.board, { termId: ninth!.id, bodyId: landtagBodyId });
		expect(await thrownBy(() => actions.delete(gone as never))).toMatchObject({ status: 404 });
	});
});
