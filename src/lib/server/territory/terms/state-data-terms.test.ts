import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { loadStateData } from '../load-state-data';
import { body, legislativeTerm, territorialUnit } from '../schema';
import { stateData } from '../state-data';
import { createTerm } from './create-terms';
import { actorWithRole, termsOfBody } from './testing/term-test-support';

const board = actorWithRole('board');

async function bodyOf(kind: 'landkreis' | 'gemeinde') {
	const [row] = await db
		.select({ id: body.id })
		.from(body)
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(eq(territorialUnit.kind, kind))
		.orderBy(asc(territorialUnit.ags))
		.limit(1);
	return row!.id;
}

const data = stateData('mv');
let kreis: string;
let gemeinde: string;

beforeAll(async () => {
	await createTestDatabase();
	// State data that do not know the last Kommunalwahl yet: no terms.
	await loadStateData({
		state: 'mv',
		data: { ...data, elections: { ...data.elections, kommunalwahl_dates: [] } }
	});
	kreis = await bodyOf('landkreis');
	gemeinde = await bodyOf('gemeinde');
});

describe('state data and the board’s Wahlperioden', () => {
	it('keeps the board’s term when the state data bring the same one, and records that they know it', async () => {
		expect(await termsOfBody(kreis)).toEqual([]);
		const startDate = '2024-06-09';
		for (const bodyId of [kreis, gemeinde]) {
			await createTerm({
				actor: board,
				bodyId,
				fields: { name: 'Kommunalwahlperiode 2024', startDate, endDate: null }
			});
		}
		// A term of the same body that begins another day is a term of its own.
		await createTerm({
			actor: board,
			bodyId: kreis,
			fields: { name: 'Vorige', startDate: '2019-05-26', endDate: '2024-06-09' }
		});

		const loaded = await loadStateData({
			state: 'mv',
			data: { ...data, dataVersion: data.dataVersion + 1 }
		});
		expect(loaded.upToDate).toBe(false);
		for (const bodyId of [kreis, gemeinde]) {
			const terms = (await termsOfBody(bodyId)).filter((t) => t.startDate === startDate);
			expect(terms).toEqual([
				expect.objectContaining({
					name: 'Kommunalwahlperiode 2024',
					endDate: null,
					dataKey: expect.stringMatching(/^mv:term:\d+:2024-06-09$/),
					factStatus: null,
					sources: null
				})
			]);
		}
		expect((await termsOfBody(kreis)).map((t) => [t.name, t.dataKey])).toEqual([
			['Vorige', null],
			['Kommunalwahlperiode 2024', expect.any(String)]
		]);
		// Bodies the board left alone get the state data's term as before.
		const [other] = await db
			.select({ n: legislativeTerm.id })
			.from(legislativeTerm)
			.where(
				and(
					eq(legislativeTerm.name, 'Wahlperiode 2024–2029'),
					eq(legislativeTerm.startDate, startDate)
				)
			)
			.limit(1);
		expect(other).toBeDefined();
	});

	it('changes nothing on the next load', async () => {
		const before = await db.select().from(legislativeTerm).orderBy(legislativeTerm.id);
		await loadStateData({ state: 'mv', data: { ...data, dataVersion: data.dataVersion + 2 } });
		const after = await db.select().from(legislativeTerm).orderBy(legislativeTerm.id);
		expect(after.map(({ modifiedAt: _, ...row }) => row)).toEqual(
			before.map(({ modifiedAt: _, ...row }) => row)
		);
	});
});
