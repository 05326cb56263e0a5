import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { loadNetworkFigures } from './network-figures';
import { addFaction, addMembership, addPerson, councilOf } from './test-fixtures';

const TODAY = new Date('2025-03-01T12:00:00Z');
const VG = '13075';
const LUP = '13076';
const ROSTOCK = '13003';
/** Gemeinden of Vorpommern-Greifswald and Ludwigslust-Parchim (AGS = Kreis + 3 digits). */
const VG_GEMEINDE = '13075001';
const LUP_GEMEINDE = '13076001';

describe('loadNetworkFigures', () => {
	let figures: Awaited<ReturnType<typeof loadNetworkFigures>>;

	beforeAll(async () => {
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		const kreistagVg = await councilOf(VG);
		const gemeindeVg = await councilOf(VG_GEMEINDE);
		const kreistagLup = await councilOf(LUP);
		const gemeindeLup = await councilOf(LUP_GEMEINDE);
		const landtag = await councilOf('13');

		// Kreistag and Gemeindevertretung: one person, two mandates.
		const greta = await addPerson({ givenName: 'Greta', familyName: 'Zwei' });
		await addMembership(greta, kreistagVg.id);
		await addMembership(greta, gemeindeVg.id, { role: 'chair' });
		// The party's name written out counts as the instance party, whatever its case.
		const named = await addPerson({ givenName: 'Nina', familyName: 'Benannt', party: 'Die Linke' });
		await addMembership(named, kreistagVg.id, { role: 'vice_chair' });
		// Not counted: another party, deputies, sachkundige Einwohner*innen, ended and future seats.
		const other = await addPerson({ givenName: 'Otto', familyName: 'Anders', party: 'CDU' });
		await addMembership(other, kreistagVg.id);
		const deputy = await addPerson({ givenName: 'Dora', familyName: 'Vertretung' });
		await addMembership(deputy, kreistagVg.id, { role: 'deputy_member' });
		const expert = await addPerson({ givenName: 'Erik', familyName: 'Sachkundig' });
		await addMembership(expert, kreistagVg.id, { role: 'expert_citizen' });
		const future = await addPerson({ givenName: 'Fritz', familyName: 'Später' });
		await addMembership(future, kreistagVg.id, { startDate: '2026-01-01' });

		// Vorpommern-Greifswald has a recorded past: three seats on 2024-06-08, one ended earlier.
		for (const name of ['Alt', 'Älter', 'Am Ältesten']) {
			const id = await addPerson({ givenName: 'Paul', familyName: name });
			await addMembership(id, kreistagVg.id, { startDate: '2019-05-26', endDate: '2024-06-08' });
		}
		const leftEarly = await addPerson({ givenName: 'Lea', familyName: 'Früh' });
		await addMembership(leftEarly, gemeindeVg.id, {
			startDate: '2019-05-26',
			endDate: '2021-01-31'
		});
		// Greta's Kreistag seat continued from the last term: counted then and now.
		await addMembership(greta, kreistagVg.id, { startDate: '2019-05-26', endDate: '2024-06-08' });

		// Ludwigslust-Parchim: seats now, nothing recorded about the previous term.
		const lup = await addPerson({ givenName: 'Lutz', familyName: 'Parchim' });
		await addMembership(lup, kreistagLup.id);
		await addMembership(lup, gemeindeLup.id);
		const landtagMember = await addPerson({ givenName: 'Lara', familyName: 'Landtag' });
		await addMembership(landtagMember, landtag.id, { startDate: '2021-10-26' });

		await addFaction(VG, 'Fraktion DIE LINKE', { startDate: '2024-06-09' });
		await addFaction(ROSTOCK, 'Fraktion DIE LINKE/Die PARTEI', { partners: 'Die PARTEI' });
		await addFaction(LUP, 'Fraktion DIE LINKE (alt)', { endDate: '2024-06-08' });

		figures = await loadNetworkFigures({ today: TODAY });
	});

	it('counts the elected seats of the party per district, Kreistag and Gemeinden apart', () => {
		const vg = figures.districts.find((district) => district.ags === VG)!;
		expect(vg).toMatchObject({
			name: 'Landkreis Vorpommern-Greifswald',
			shortName: 'VG',
			kind: 'landkreis',
			districtSeats: 2,
			municipalSeats: 1,
			seats: 3,
			factions: 1
		});
		expect(figures.districts.find((district) => district.ags === LUP)).toMatchObject({
			districtSeats: 1,
			municipalSeats: 1,
			seats: 2,
			factions: 0
		});
		expect(figures.districts).toHaveLength(8);
	});

	it('compares with the last day of the previous term only where that term is recorded', () => {
		expect(figures.previousTerm).toEqual({
			name: 'Wahlperiode 2019–2024',
			referenceDate: '2024-06-08'
		});
		expect(figures.districts.find((district) => district.ags === VG)!.previousSeats).toBe(4);
		expect(figures.districts.find((district) => district.ags === LUP)!.previousSeats).toBeNull();
		expect(
			figures.districts.find((district) => district.ags === ROSTOCK)!.previousSeats
		).toBeNull();
	});

	it('sums seats by council level; the Landtag is never compared with a Kommunalwahl term', () => {
		expect(figures.councilLevels).toEqual([
			{ level: 'land', label: 'Landtag', seats: 1, previousSeats: null },
			{ level: 'landkreis', label: 'Kreistage', seats: 3, previousSeats: 4 },
			{
				level: 'kreisfreie_stadt',
				label: 'Bürgerschaft und Stadtvertretung der kreisfreien Städte',
				seats: 0,
				previousSeats: null
			},
			{ level: 'gemeinde', label: 'Gemeinde- und Stadtvertretungen', seats: 2, previousSeats: 0 }
		]);
	});

	it('totals seats, distinct holders and current factions', () => {
		expect(figures.totals).toEqual({
			seats: 6,
			holders: 4,
			factions: 2,
			jointFactions: 1,
			districtsWithoutSeats: 6
		});
		expect(figures.currentTermName).toBe('Wahlperiode 2024–2029');
		expect(figures.partyName).toBe('DIE LINKE');
		expect(figures.asOf).toBe('2025-03-01');
	});
});
