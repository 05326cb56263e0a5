import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { directoryFilterOptions } from './directory-filter-options';
import { getArea } from './get-area';
import { getOrganization } from './get-organization';
import { seedDirectoryFixtures, type DirectoryFixtures } from './testing/directory-fixtures';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

const memberNames = (members: { person: { fullName: string }; mandate: { roleLabel: string } }[]) =>
	members.map((m) => `${m.person.fullName}: ${m.mandate.roleLabel}`);

describe('getArea', () => {
	it('shows a Landkreis with its council, factions, mandate holders and Gemeinden with mandates', async () => {
		const area = await getArea({ actor: null, ags: '13075' });
		expect(area!.unit).toMatchObject({
			name: 'Landkreis Vorpommern-Greifswald',
			kindLabel: 'Landkreis'
		});
		expect(area!.parent).toMatchObject({ ags: '13' });
		expect(area!.councils).toHaveLength(1);
		const [kreistag] = area!.councils;
		expect(kreistag!.council.name).toBe('Kreistag Vorpommern-Greifswald');
		expect(kreistag!.factions.map((o) => o.name)).toEqual(['Fraktion DIE LINKE']);
		// Otto's seat ended with the last term.
		expect(memberNames(kreistag!.members)).toEqual(['Greta Beispielhaft: Mitglied']);
		expect(area!.children).toEqual([
			expect.objectContaining({ ags: f.gemeindeAgs, mandateHolders: 1 })
		]);
		expect(area!.childCount).toBeGreaterThan(100);
	});

	it('shows the Land with its Kreise and kreisfreie Städte', async () => {
		const area = await getArea({ actor: null, ags: '13' });
		expect(area!.children).toHaveLength(8);
		expect(area!.councils.map((c) => c.council.name)).toEqual(['Landtag Mecklenburg-Vorpommern']);
	});

	it('knows no unknown or malformed AGS', async () => {
		expect(await getArea({ actor: null, ags: '99999' })).toBeNull();
		expect(await getArea({ actor: null, ags: '13075;' })).toBeNull();
	});
});

describe('getOrganization', () => {
	it('lists a faction with its members and the seats held for it', async () => {
		const page = await getOrganization({ actor: null, id: f.organizations.factionVg });
		expect(page!.council?.name).toBe('Kreistag Vorpommern-Greifswald');
		// Jonas (no elected seat) is not public record.
		expect(memberNames(page!.members)).toEqual([
			'Greta Beispielhaft: Fraktionsvorsitz',
			'Greta Beispielhaft: Mitglied'
		]);
		const asMember = await getOrganization({
			actor: f.users.member,
			id: f.organizations.factionVg
		});
		expect(memberNames(asMember!.members)).toEqual([
			'Greta Beispielhaft: Fraktionsvorsitz',
			'Greta Beispielhaft: Mitglied',
			'Jonas Fraktionsberg: Mitglied'
		]);
	});

	it('shows sachkundige Einwohner*innen of a committee to members only', async () => {
		const anonymous = await getOrganization({ actor: null, id: f.organizations.educationLup });
		expect(anonymous!.members).toEqual([]);
		const member = await getOrganization({
			actor: f.users.member,
			id: f.organizations.educationLup
		});
		expect(memberNames(member!.members)).toEqual(['Hanna Verborgen: Sachkundige*r Einwohner*in']);
		expect(JSON.stringify(member)).not.toContain('hanna.verborgen@example.org');
	});

	it('lists a council with its committees and factions', async () => {
		const page = await getOrganization({ actor: null, id: f.organizations.buergerschaft });
		expect(page!.factions.map((o) => [o.name, o.partners])).toEqual([
			['Fraktion DIE LINKE/Die PARTEI', 'Die PARTEI']
		]);
		expect(page!.committees.map((o) => o.name)).toEqual(['Finanzausschuss']);
		expect(await getOrganization({ actor: null, id: 'unbekannt' })).toBeNull();
	});
});

describe('directoryFilterOptions', () => {
	it('offers districts, councils and factions with current members, topics and functions', async () => {
		await expect(directoryFilterOptions({ actor: null })).rejects.toThrow();
		const options = await directoryFilterOptions({ actor: f.users.member });
		expect(options.areas).toHaveLength(9);
		expect(options.councils.map((o) => o.label).slice(0, 3)).toEqual([
			'Bürgerschaft Rostock',
			'Kreistag Ludwigslust-Parchim',
			'Kreistag Vorpommern-Greifswald'
		]);
		expect(options.councils[3]!.label).toMatch(/^Gemeindevertretung /);
		expect(options.councils).toHaveLength(4);
		expect(options.factions.map((o) => o.label)).toEqual([
			'Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald)',
			'Fraktion DIE LINKE/Die PARTEI (Bürgerschaft Rostock)'
		]);
		expect(options.topics.map((o) => o.label)).toEqual(['Haushalt', 'ÖPNV', 'Schule']);
		expect(options.roles).toContainEqual({ value: 'faction_chair', label: 'Fraktionsvorsitz' });
	});
});
