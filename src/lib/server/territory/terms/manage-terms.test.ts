import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { db } from '../../db';
import { membership, person } from '../../directory/schema';
import { createTestDatabase } from '../../testing/test-db';
import { kommunalTerms } from '../../insights/kommunal-terms';
import { recordedKommunalTerms } from '../../insights/recorded-kommunal-terms';
import { loadStateData } from '../load-state-data';
import { stateData } from '../state-data';
import { body, legislativeTerm, organization } from '../schema';
import { createTerm, createTermsForKinds } from './create-terms';
import { deleteTerm } from './delete-term';
import { listTermBodies } from './list-terms';
import { termOverview } from './term-overview';
import { actorWithRole, termsOfBody } from './testing/term-test-support';
import { updateTerm } from './update-term';

const actor = actorWithRole;
const board = actor('board');

let landtag: { bodyId: string; councilId: string };
/** Landtag seats of 2022 that the ninth term ended, one of them later ended by hand. */
let ended: string;
let byHand: string;
/** A Landtag seat that began on the ninth term's first planned day. */
let newcomer: string;
let kreistag: { bodyId: string; councilId: string };

async function councilOf(dataKey: string) {
	const [row] = await db
		.select({ bodyId: organization.bodyId, councilId: organization.id })
		.from(organization)
		.where(eq(organization.dataKey, dataKey));
	return row!;
}

async function seat(councilId: string, startDate: string | null, endDate: string | null = null) {
	const [p] = await db
		.insert(person)
		.values({ givenName: 'Test', familyName: `Person ${Math.random()}` })
		.returning({ id: person.id });
	const [m] = await db
		.insert(membership)
		.values({ personId: p!.id, organizationId: councilId, role: 'member', startDate, endDate })
		.returning({ id: membership.id });
	return m!.id;
}

async function endOf(membershipId: string) {
	const [row] = await db
		.select({ endDate: membership.endDate })
		.from(membership)
		.where(eq(membership.id, membershipId));
	return row!.endDate;
}

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	landtag = await councilOf('mv:council:13');
	kreistag = await councilOf('mv:council:13075');
});

describe('Wahlperioden', () => {
	it('refuses everyone but the board', async () => {
		for (const role of ['member', 'faction_admin', 'interested'] as const) {
			await expect(termOverview({ actor: actor(role) })).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(
				createTerm({
					actor: actor(role),
					bodyId: landtag.bodyId,
					fields: { name: 'Eingeschmuggelt', startDate: '2026-10-27', endDate: null }
				})
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
		expect(await termsOfBody(landtag.bodyId)).toEqual([]);
	});

	it('starts the Landtag’s new term: earlier seats end the day before, later ones stay', async () => {
		const sitting = await seat(landtag.councilId, '2021-10-26');
		newcomer = await seat(landtag.councilId, '2026-10-27');
		const overviewBefore = await termOverview({ actor: board });
		expect(overviewBefore.find((o) => o.kind === 'land')).toMatchObject({
			bodies: 1,
			withoutTerm: 1
		});

		const { id, mandatesEnded } = await createTerm({
			actor: board,
			bodyId: landtag.bodyId,
			fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null }
		});
		expect(mandatesEnded).toBe(1);
		expect(await endOf(sitting)).toBe('2026-10-26');
		expect(await endOf(newcomer)).toBeNull();

		const { bodies } = await listTermBodies({ actor: board, kinds: ['land'] });
		expect(bodies).toEqual([
			expect.objectContaining({
				councilName: 'Landtag Mecklenburg-Vorpommern',
				terms: [
					expect.objectContaining({ id, name: '9. Wahlperiode', mandates: 1, origin: 'board' })
				]
			})
		]);
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'term.create'), eq(auditLog.targetId, id)));
		expect(entry?.targetLabel).toBe('9. Wahlperiode – Land Mecklenburg-Vorpommern');
	});

	it('refuses an overlapping term and a second term on the same day, changing nothing', async () => {
		await expect(
			createTerm({
				actor: board,
				bodyId: landtag.bodyId,
				fields: { name: '8. Wahlperiode', startDate: '2021-10-26', endDate: '2026-11-30' }
			})
		).rejects.toMatchObject({ code: 'overlap', field: 'startDate', names: ['9. Wahlperiode'] });
		await expect(
			createTerm({
				actor: board,
				bodyId: landtag.bodyId,
				fields: { name: 'Doppelt', startDate: '2026-10-27', endDate: null }
			})
		).rejects.toMatchObject({ code: 'same_start' });
		expect((await termsOfBody(landtag.bodyId)).map((t) => t.name)).toEqual(['9. Wahlperiode']);

		// Slotted in before: ends where the next begins, and ends no mandates.
		await createTerm({
			actor: board,
			bodyId: landtag.bodyId,
			fields: { name: '8. Wahlperiode', startDate: '2021-10-26', endDate: '2026-10-27' }
		});
		const terms = await termsOfBody(landtag.bodyId);
		expect(terms.map((t) => [t.name, t.endDate])).toEqual([
			['8. Wahlperiode', '2026-10-27'],
			['9. Wahlperiode', null]
		]);
	});

	it('moves the first day: the term before and the ended seats follow, a hand-set end stays', async () => {
		const [ninth] = (await termsOfBody(landtag.bodyId)).filter((t) => t.name === '9. Wahlperiode');
		ended = await seat(landtag.councilId, '2022-01-01');
		byHand = await seat(landtag.councilId, '2022-01-01');
		// Both were ended by a term created after them.
		await db.delete(legislativeTerm).where(eq(legislativeTerm.id, ninth!.id));
		const { id } = await createTerm({
			actor: board,
			bodyId: landtag.bodyId,
			fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null }
		});
		await db.update(membership).set({ endDate: '2026-09-30' }).where(eq(membership.id, byHand));

		await updateTerm({
			actor: board,
			termId: id,
			fields: { name: '9. Wahlperiode (2026–2031)', startDate: '2026-10-29', endDate: null }
		});
		expect(await endOf(ended)).toBe('2026-10-28');
		expect(await endOf(byHand)).toBe('2026-09-30');
		expect(
			(await termsOfBody(landtag.bodyId)).map((t) => [t.name, t.startDate, t.endDate])
		).toEqual([
			['8. Wahlperiode', '2021-10-26', '2026-10-29'],
			['9. Wahlperiode (2026–2031)', '2026-10-29', null]
		]);

		await expect(
			updateTerm({
				actor: board,
				termId: id,
				fields: { name: 'Zu früh', startDate: '2021-01-01', endDate: '2022-01-01' }
			})
		).rejects.toMatchObject({ code: 'overlap', names: ['8. Wahlperiode'] });
		await expect(
			updateTerm({
				actor: board,
				termId: id,
				fields: { name: 'Rückwärts', startDate: '2026-10-29', endDate: '2026-10-01' }
			})
		).rejects.toMatchObject({ code: 'end_not_after_start', field: 'endDate' });
	});

	it('deletes only an unused term, giving back the ends it set', async () => {
		const terms = await termsOfBody(landtag.bodyId);
		const eighth = terms.find((t) => t.name === '8. Wahlperiode')!;
		const ninth = terms.find((t) => t.startDate === '2026-10-29')!;
		await expect(deleteTerm({ actor: board, termId: eighth.id })).rejects.toMatchObject({
			code: 'in_use'
		});
		// The newcomer's seat began before the moved first day, so it lasts into the ninth term.
		await expect(deleteTerm({ actor: board, termId: ninth.id })).rejects.toMatchObject({
			code: 'in_use',
			names: ['1 Mandat']
		});
		await db.delete(membership).where(eq(membership.id, newcomer));

		expect(await deleteTerm({ actor: board, termId: ninth.id })).toEqual({
			name: '9. Wahlperiode (2026–2031)'
		});
		expect(await endOf(ended)).toBeNull();
		expect(await endOf(byHand)).toBe('2026-09-30');
		expect((await termsOfBody(landtag.bodyId)).map((t) => [t.name, t.endDate])).toEqual([
			['8. Wahlperiode', null]
		]);
	});

	it('refuses to delete a state-data term or change an imported one', async () => {
		const [kreisTerm] = await termsOfBody(kreistag.bodyId);
		await expect(deleteTerm({ actor: board, termId: kreisTerm!.id })).rejects.toMatchObject({
			code: 'from_state_data'
		});
		const [imported] = await db
			.insert(legislativeTerm)
			.values({
				bodyId: kreistag.bodyId,
				name: 'Importiert',
				startDate: '2014-05-25',
				endDate: '2019-05-26',
				oparlId: 'https://ratsinfo.example.org/oparl/term/1'
			})
			.returning({ id: legislativeTerm.id });
		await expect(
			updateTerm({
				actor: board,
				termId: imported!.id,
				fields: { name: 'Geändert', startDate: '2014-05-25', endDate: '2019-05-26' }
			})
		).rejects.toMatchObject({ code: 'imported' });
		await db.delete(legislativeTerm).where(eq(legislativeTerm.id, imported!.id));
	});

	it('keeps a state-data term the board corrected when newer state data is loaded', async () => {
		const rostock = await councilOf('mv:council:13003');
		const [term] = await termsOfBody(rostock.bodyId);
		await updateTerm({
			actor: board,
			termId: term!.id,
			fields: {
				name: 'Wahlperiode 2024–2029 (Bürgerschaft)',
				startDate: '2024-06-09',
				endDate: null
			}
		});
		const data = stateData('mv');
		const reloaded = await loadStateData({
			state: 'mv',
			data: { ...data, dataVersion: data.dataVersion + 1 }
		});
		expect(reloaded.upToDate).toBe(false);
		const [after] = await termsOfBody(rostock.bodyId);
		expect(after).toMatchObject({ name: 'Wahlperiode 2024–2029 (Bürgerschaft)', factStatus: null });
	});

	it('starts the next Kommunal term for all Kreistage at once; a second run adds nothing', async () => {
		const kreisSeat = await seat(kreistag.councilId, '2024-06-09');
		const fields = { name: 'Wahlperiode 2029–2034', startDate: '2029-05-06', endDate: null };
		const first = await createTermsForKinds({
			actor: board,
			kinds: ['landkreis', 'kreisfreie_stadt'],
			fields
		});
		expect(first).toMatchObject({ skipped: 0, mandatesEnded: 1 });
		expect(first.termIds).toHaveLength(8);
		expect(await endOf(kreisSeat)).toBe('2029-05-05');
		expect(
			(await termsOfBody(kreistag.bodyId)).map((t) => [t.name, t.startDate, t.endDate])
		).toEqual([
			['Wahlperiode 2024–2029', '2024-06-09', '2029-05-06'],
			['Wahlperiode 2029–2034', '2029-05-06', null]
		]);
		const again = await createTermsForKinds({ actor: board, kinds: ['landkreis'], fields });
		expect(again).toMatchObject({ termIds: [], skipped: 6 });

		// „Wir in Zahlen“ counts from the new term's first day, comparing with the day before.
		expect(await recordedKommunalTerms(stateData('mv'), new Date('2029-06-01'))).toEqual({
			current: { name: 'Wahlperiode 2029–2034', startDate: '2029-05-06' },
			previous: {
				name: 'Wahlperiode 2024–2029',
				startDate: '2024-06-09',
				referenceDate: '2029-05-05'
			}
		});
		const now = new Date('2026-11-26');
		expect(await recordedKommunalTerms(stateData('mv'), now)).toEqual(
			kommunalTerms(stateData('mv'), now)
		);

		const kreise = (await termOverview({ actor: board })).find((o) => o.kind === 'landkreis')!;
		expect(kreise.terms.map((t) => [t.name, t.bodies, t.mandates])).toEqual([
			['Wahlperiode 2029–2034', 6, 0],
			['Wahlperiode 2024–2029', 6, 1]
		]);

		const [gemeinde] = await db
			.select({ id: body.id })
			.from(body)
			.where(eq(body.dataKey, 'mv:body:13075039'));
		if (gemeinde) {
			await expect(
				createTermsForKinds({
					actor: board,
					kinds: ['gemeinde'],
					fields: { name: 'Zu früh', startDate: '2020-01-01', endDate: '2025-01-01' }
				})
			).rejects.toMatchObject({ code: 'overlap' });
		}
	});
});
