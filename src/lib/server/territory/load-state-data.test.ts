import { asc, eq, like } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestDatabase, preparedTestDatabase } from '../testing/test-db';
import { listCouncils } from './list-councils';
import { loadStateData } from './load-state-data';
import { body, legislativeTerm, organization, territorialUnit } from './schema';
import { stateData, type StateData } from './state-data';

/** Preparing takes seconds, far more on a loaded machine: more than the default hook timeout. */
const PREPARE_TIMEOUT_MS = 180_000;

function copyOfMv(change: (data: StateData) => void = () => {}): StateData {
	const data = structuredClone(stateData('mv'));
	change(data);
	return data;
}

async function councilsByName() {
	const rows = await db
		.select({ name: organization.name, seats: organization.seats, body: body.name })
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.orderBy(asc(organization.name));
	return rows;
}

describe('loadStateData on an empty database', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('loads the Land, its 8 districts and cities, their bodies, councils and current terms', async () => {
		const result = await loadStateData({ state: 'mv' });
		expect(result).toMatchObject({ state: 'mv', upToDate: false, updated: 0 });

		const all = await db.select().from(territorialUnit).orderBy(asc(territorialUnit.ags));
		const units = all.filter((u) => u.kind !== 'gemeinde');
		expect(units.map((u) => [u.ags, u.kind])).toEqual([
			['13', 'land'],
			['13003', 'kreisfreie_stadt'],
			['13004', 'kreisfreie_stadt'],
			['13071', 'landkreis'],
			['13072', 'landkreis'],
			['13073', 'landkreis'],
			['13074', 'landkreis'],
			['13075', 'landkreis'],
			['13076', 'landkreis']
		]);
		const land = units[0]!;
		expect(units.slice(1).every((u) => u.parentId === land.id)).toBe(true);
		const lup = units.find((u) => u.ags === '13076')!;
		expect(lup).toMatchObject({
			name: 'Landkreis Ludwigslust-Parchim',
			seat: 'Parchim',
			population: 211844,
			populationDate: '2020-12-31',
			areaKm2: 4766.76,
			factStatus: 'verified'
		});
		expect(lup.sources).toContain('S1');
		expect(units.find((u) => u.ags === '13003')!.sources).toContain('G1');

		const gemeinden = all.filter((u) => u.kind === 'gemeinde');
		// 726 Gemeinden (S23) less Rostock and Schwerin, which are kreisfreie Städte.
		expect(gemeinden).toHaveLength(724);
		const vg = units.find((u) => u.ags === '13075')!;
		expect(gemeinden.find((g) => g.ags === '13075039')).toMatchObject({
			name: 'Greifswald',
			parentId: vg.id,
			sources: ['G2']
		});
		expect(gemeinden.every((g) => g.ags!.length === 8 && g.ags!.startsWith('130'))).toBe(true);

		const allCouncils = await councilsByName();
		expect(allCouncils).toContainEqual({
			name: 'Bürgerschaft Greifswald',
			seats: null,
			body: 'Universitäts- und Hansestadt Greifswald'
		});
		// The Land's and the districts' councils, without those of the Gemeinden (8-digit keys).
		const gemeindeBodies = new Set(
			(
				await db
					.select({ name: body.name })
					.from(body)
					.where(like(body.dataKey, 'mv:body:________'))
			).map((row) => row.name)
		);
		const councils = allCouncils.filter((c) => !gemeindeBodies.has(c.body));
		expect(councils).toHaveLength(9);
		expect(councils).toEqual(
			expect.arrayContaining([
				{
					name: 'Bürgerschaft Rostock',
					seats: 53,
					body: 'Hanse- und Universitätsstadt Rostock'
				},
				{ name: 'Stadtvertretung Schwerin', seats: 45, body: 'Landeshauptstadt Schwerin' },
				{
					name: 'Kreistag Vorpommern-Greifswald',
					seats: 69,
					body: 'Landkreis Vorpommern-Greifswald'
				},
				{
					name: 'Landtag Mecklenburg-Vorpommern',
					seats: 71,
					body: 'Land Mecklenburg-Vorpommern'
				}
			])
		);
		// The 2024 councils hold 520 seats together (dpa 2024, S5).
		const kommunal = councils.filter((c) => !c.name.startsWith('Landtag'));
		expect(kommunal.reduce((sum, c) => sum + (c.seats ?? 0), 0)).toBe(520);

		const terms = await db.select().from(legislativeTerm);
		expect(terms).toHaveLength(8 + 724);
		expect(
			terms.every(
				(t) =>
					t.name === 'Wahlperiode 2024–2029' &&
					t.startDate === '2024-06-09' &&
					t.endDate === null &&
					t.factStatus === 'derived'
			)
		).toBe(true);
		// Units, bodies (8 + Land + Gemeinden), councils and terms.
		expect(result.inserted).toBe(all.length + 9 + 724 + allCouncils.length + terms.length);
	});

	it('never stores unverified facts', async () => {
		const data = copyOfMv((d) => {
			d.units.find((u) => u.ags === '13074')!.council.status = 'unverified';
			d.units.find((u) => u.ags === '13075')!.agsStatus = 'unverified';
			d.elections.kommunalwahl_dates.at(-1)!.status = 'unverified';
		});
		await loadStateData({ state: 'mv', data });
		const names = (await councilsByName()).map((c) => c.name);
		expect(names).not.toContain('Kreistag Nordwestmecklenburg');
		expect(names).not.toContain('Kreistag Vorpommern-Greifswald');
		expect(await db.select().from(territorialUnit).where(eq(territorialUnit.ags, '13075'))).toEqual(
			[]
		);
		// Without the 2024 date the latest established election is 2019.
		const terms = await db.select().from(legislativeTerm);
		expect(terms.every((t) => t.startDate === '2019-05-26')).toBe(true);
	});
});

describe('loadStateData over loaded state data', () => {
	// The state's 724 Gemeinden load once per file; each test changes a copy of that database.
	const loadedDatabase = preparedTestDatabase(() => loadStateData({ state: 'mv' }));
	// The first call also prepares the database the copies come from.
	beforeEach(async () => {
		await loadedDatabase();
	}, PREPARE_TIMEOUT_MS);

	it('lists the loaded councils with the Landtag first', async () => {
		const councils = await listCouncils();
		expect(councils.map((c) => c.name)).toEqual([
			'Landtag Mecklenburg-Vorpommern',
			'Bürgerschaft Rostock',
			'Kreistag Ludwigslust-Parchim',
			'Kreistag Mecklenburgische Seenplatte',
			'Kreistag Nordwestmecklenburg',
			'Kreistag Rostock',
			'Kreistag Vorpommern-Greifswald',
			'Kreistag Vorpommern-Rügen',
			'Stadtvertretung Schwerin'
		]);
		expect(councils[1]).toMatchObject({ unitKind: 'kreisfreie_stadt', ags: '13003', seats: 53 });
	});

	it('changes nothing when run again', async () => {
		const before = await db.select().from(territorialUnit).orderBy(asc(territorialUnit.ags));
		const again = await loadStateData({ state: 'mv' });
		expect(again).toMatchObject({ upToDate: true, inserted: 0, updated: 0 });
		// Even a forced reload of the same version finds nothing to change.
		const same = copyOfMv((d) => (d.dataVersion += 1));
		const reloaded = await loadStateData({ state: 'mv', data: same });
		expect(reloaded).toMatchObject({ upToDate: false, inserted: 0, updated: 0 });
		expect(await db.select().from(territorialUnit).orderBy(asc(territorialUnit.ags))).toEqual(
			before
		);
		expect(await db.select().from(body)).toHaveLength(9 + 724);
		expect(await db.select().from(organization)).toHaveLength(9 + 724);
	});

	it('updates changed rows in place when the data version rises', async () => {
		const [oldRow] = await db
			.select()
			.from(territorialUnit)
			.where(eq(territorialUnit.ags, '13004'));
		const next = copyOfMv((d) => {
			d.dataVersion += 1;
			const schwerin = d.units.find((u) => u.ags === '13004')!;
			schwerin.population = 98_000;
			schwerin.populationDate = '2024-12-31';
			schwerin.council.seats = 47;
		});
		const result = await loadStateData({ state: 'mv', data: next });
		expect(result).toMatchObject({ upToDate: false, inserted: 0, updated: 2 });
		const [newRow] = await db
			.select()
			.from(territorialUnit)
			.where(eq(territorialUnit.ags, '13004'));
		expect(newRow).toMatchObject({ id: oldRow!.id, population: 98_000 });
		expect(newRow!.modifiedAt.getTime()).toBeGreaterThanOrEqual(oldRow!.modifiedAt.getTime());
		const councils = await councilsByName();
		expect(councils.find((c) => c.name === 'Stadtvertretung Schwerin')!.seats).toBe(47);
	});

	it('opens the next term and closes the previous one after a new Kommunalwahl', async () => {
		const next = copyOfMv((d) => {
			d.dataVersion += 1;
			d.elections.kommunalwahl_dates.push({
				value: '2025-05-04',
				status: 'verified',
				sources: ['S6']
			});
		});
		await loadStateData({ state: 'mv', data: next });
		const terms = await db.select().from(legislativeTerm).orderBy(asc(legislativeTerm.startDate));
		expect(terms).toHaveLength(2 * (8 + 724));
		const [old, current] = [terms.slice(0, 8 + 724), terms.slice(8 + 724)];
		expect(old.every((t) => t.endDate === '2025-05-04')).toBe(true);
		expect(current.every((t) => t.name === 'Wahlperiode 2025–2030' && !t.endDate)).toBe(true);
	});

	it('names the councils of the 82 Städte in the Landkreise after their Stadt', async () => {
		const rows = await db
			.select({
				name: organization.name,
				classification: organization.classification,
				factStatus: organization.factStatus,
				sources: organization.sources,
				ags: territorialUnit.ags
			})
			.from(organization)
			.innerJoin(body, eq(body.id, organization.bodyId))
			.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
			.where(eq(territorialUnit.kind, 'gemeinde'));
		const byAgs = new Map(rows.map((row) => [row.ags, row]));
		const count = (classification: string) =>
			rows.filter((row) => row.classification === classification).length;
		// 84 Städte (S23) less the kreisfreie Städte Rostock and Schwerin.
		expect(count('Stadtvertretung') + count('Bürgerschaft')).toBe(82);
		expect(count('Bürgerschaft')).toBe(3);
		expect(count('Gemeindevertretung')).toBe(724 - 82);
		expect(byAgs.get('13075039')).toMatchObject({
			name: 'Bürgerschaft Greifswald',
			factStatus: 'verified',
			sources: ['S25', 'S42', 'S28', 'G3']
		});
		expect(byAgs.get('13073088')).toMatchObject({
			name: 'Bürgerschaft Stralsund',
			factStatus: 'derived'
		});
		expect(byAgs.get('13074087')!.name).toBe('Bürgerschaft Wismar');
		expect(byAgs.get('13071107')).toMatchObject({
			name: 'Stadtvertretung Neubrandenburg',
			classification: 'Stadtvertretung',
			factStatus: 'derived',
			sources: ['S18', 'S25', 'G3']
		});
		// A Hansestadt the research does not name keeps the Stadtvertretung.
		expect(byAgs.get('13075005')!.name).toBe('Stadtvertretung Anklam');
		expect(byAgs.get('13075001')).toMatchObject({
			name: 'Gemeindevertretung Ahlbeck',
			classification: 'Gemeindevertretung',
			sources: ['G2']
		});
	});

	it('renames the Städte’s councils of an older load in place, but not one the board edited', async () => {
		const council = async (ags: string) =>
			(
				await db
					.select()
					.from(organization)
					.where(eq(organization.dataKey, `mv:council:${ags}`))
			)[0]!;
		const [greifswald, wismar] = [await council('13075039'), await council('13074087')];
		// As data version 2 stored them: every Gemeinde's council a Gemeindevertretung.
		await db
			.update(organization)
			.set({ name: 'Gemeindevertretung Greifswald', classification: 'Gemeindevertretung' })
			.where(eq(organization.id, greifswald.id));
		// The board's own name has no provenance; the loader leaves it.
		await db
			.update(organization)
			.set({ name: 'Bürgerschaft der Hansestadt Wismar', factStatus: null, sources: null })
			.where(eq(organization.id, wismar.id));
		const result = await loadStateData({
			state: 'mv',
			data: copyOfMv((d) => (d.dataVersion += 1))
		});
		expect(result).toMatchObject({ updated: 1, changedCouncilIds: [greifswald.id] });
		expect(await council('13075039')).toMatchObject({
			id: greifswald.id,
			name: 'Bürgerschaft Greifswald',
			classification: 'Bürgerschaft'
		});
		expect((await council('13074087')).name).toBe('Bürgerschaft der Hansestadt Wismar');
	});

	it('names the bodies of the Städte with their designation, and renames older ones unless the board did', async () => {
		const bodyOf = async (ags: string) =>
			(
				await db
					.select()
					.from(body)
					.where(eq(body.dataKey, `mv:body:${ags}`))
			)[0]!;
		expect((await bodyOf('13075039')).name).toBe('Universitäts- und Hansestadt Greifswald');
		expect((await bodyOf('13071107')).name).toBe('Vier-Tore-Stadt Neubrandenburg');
		expect((await bodyOf('13075001')).name).toBe('Gemeinde Ahlbeck');
		const [greifswald, wismar] = [await bodyOf('13075039'), await bodyOf('13074087')];
		// As data version 3 stored them: every Gemeinde's body "Gemeinde X".
		await db.update(body).set({ name: 'Gemeinde Greifswald' }).where(eq(body.id, greifswald.id));
		await db
			.update(body)
			.set({ name: 'Hansestadt Wismar (Verwaltung)', factStatus: null, sources: null })
			.where(eq(body.id, wismar.id));
		const result = await loadStateData({
			state: 'mv',
			data: copyOfMv((d) => (d.dataVersion += 1))
		});
		expect(result.updated).toBe(1);
		expect(await bodyOf('13075039')).toMatchObject({
			id: greifswald.id,
			name: 'Universitäts- und Hansestadt Greifswald'
		});
		expect((await bodyOf('13074087')).name).toBe('Hansestadt Wismar (Verwaltung)');
	});
});
