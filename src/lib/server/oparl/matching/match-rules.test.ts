import { describe, expect, it } from 'vitest';
import { certainDirectoryBody } from './match-bodies';
import { certainDirectoryOrganization } from './match-organizations';
import { membershipRoleOf } from './membership-role';
import {
	creatableDirectoryKind,
	directoryFactionName,
	factionKey,
	importedOrganizationKind
} from './organization-kind';

const bodies = [
	{ id: 'vg', name: 'Landkreis Vorpommern-Greifswald', oparlId: null, ags: '13075' },
	{ id: 'nk1', name: 'Neuenkirchen', oparlId: null, ags: '13075099' },
	{ id: 'nk2', name: 'Neuenkirchen', oparlId: null, ags: '13073066' },
	{ id: 'hro', name: 'Hanse- und Universitätsstadt Rostock', oparlId: null, ags: '13003' }
];

describe('certainDirectoryBody', () => {
	it('finds the body by AGS in any of the forms council systems write it', () => {
		const imported = { oparlId: 'x', name: 'Kreis VG' };
		expect(certainDirectoryBody({ ...imported, ags: '13075000' }, bodies)).toBe('vg');
		expect(certainDirectoryBody({ ...imported, ags: '13003' }, bodies)).toBe('hro');
		expect(certainDirectoryBody({ ...imported, ags: '130730066066' }, bodies)).toBe('nk2');
	});

	it('falls back to a unique name, and leaves twins and mere likeness to the board', () => {
		expect(
			certainDirectoryBody(
				{ oparlId: 'x', name: 'Landkreis  Vorpommern-Greifswald', ags: null },
				bodies
			)
		).toBe('vg');
		expect(
			certainDirectoryBody({ oparlId: 'x', name: 'Neuenkirchen', ags: null }, bodies)
		).toBeNull();
		expect(
			certainDirectoryBody({ oparlId: 'x', name: 'Hansestadt Rostock', ags: null }, bodies)
		).toBeNull();
	});

	it('trusts a stated AGS over a name that matches elsewhere', () => {
		expect(
			certainDirectoryBody({ oparlId: 'x', name: 'Neuenkirchen', ags: '13075099' }, bodies)
		).toBe('nk1');
		// A key of a unit the directory lacks is no licence to guess by name.
		expect(
			certainDirectoryBody({ oparlId: 'x', name: 'Neuenkirchen', ags: '05358016' }, [bodies[1]!])
		).toBeNull();
	});
});

describe('organizations', () => {
	const candidates = [
		{
			id: 'kt',
			bodyId: 'b',
			name: 'Kreistag Vorpommern-Greifswald',
			organizationType: 'council' as const,
			classification: 'Kreistag'
		},
		{
			id: 'gruene',
			bodyId: 'b',
			name: 'Fraktion BÜNDNIS 90/DIE GRÜNEN',
			organizationType: 'faction' as const,
			classification: null
		},
		{
			id: 'cdu',
			bodyId: 'b',
			name: 'CDU-Fraktion',
			organizationType: 'faction' as const,
			classification: null
		},
		{
			id: 'fin',
			bodyId: 'b',
			name: 'Finanzausschuss',
			organizationType: 'committee' as const,
			classification: null
		}
	];

	it('tells councils, factions and committees apart as council systems file them', () => {
		expect(
			importedOrganizationKind({
				name: 'Gemeinderat',
				organizationType: 'Gremium',
				classification: 'Gremien'
			})
		).toBe('council');
		expect(
			importedOrganizationKind({
				name: 'Christlich Demokratische Union',
				organizationType: 'Fraktion',
				classification: null
			})
		).toBe('faction');
		expect(
			importedOrganizationKind({
				name: 'Haupt- und Finanzausschuss',
				organizationType: 'Gremium',
				classification: null
			})
		).toBe('committee');
	});

	it('matches factions by party, spelt out or abbreviated', () => {
		expect(factionKey('Bündnis 90/Die Grünen')).toBe(factionKey('Fraktion BÜNDNIS 90/DIE GRÜNEN'));
		expect(factionKey('Fraktion DIE LINKE')).toBe(factionKey('Die Linke'));
		const imported = (name: string, organizationType: string | null = 'Fraktion') => ({
			name,
			organizationType,
			classification: null
		});
		expect(
			certainDirectoryOrganization(imported('Christlich Demokratische Union'), candidates)
		).toBe('cdu');
		expect(certainDirectoryOrganization(imported('Bündnis 90/Die Grünen'), candidates)).toBe(
			'gruene'
		);
		expect(certainDirectoryOrganization(imported('Kreistag', 'Gremium'), candidates)).toBe('kt');
		expect(certainDirectoryOrganization(imported('Finanzausschuss', 'Gremium'), candidates)).toBe(
			'fin'
		);
		expect(certainDirectoryOrganization(imported('Freie Wähler'), candidates)).toBeNull();
	});
});

describe('membershipRoleOf', () => {
	it('reads the roles council systems write', () => {
		expect(membershipRoleOf('Mitglied', 'council')).toBe('member');
		expect(membershipRoleOf('stellv. Mitglied', 'committee')).toBe('deputy_member');
		expect(membershipRoleOf('Ausschussvorsitzender', 'committee')).toBe('chair');
		expect(membershipRoleOf('stellvertetender Ausschussvorsitzender', 'committee')).toBe(
			'vice_chair'
		);
		expect(membershipRoleOf('Vorsitzende', 'faction')).toBe('faction_chair');
		expect(membershipRoleOf('Sachkundiger Bürger', 'committee')).toBe('expert_citizen');
		expect(membershipRoleOf(null, 'council')).toBe('member');
	});
});

describe('creatableDirectoryKind', () => {
	const of = (
		name: string,
		organizationType: string | null,
		classification: string | null = null
	) => creatableDirectoryKind({ name, organizationType, classification });

	it('takes over factions and committees, Ortsbeiräte as the council’s committees', () => {
		expect(of('DIE LINKE', 'Fraktion')).toEqual({
			organizationType: 'faction',
			classification: 'Fraktion'
		});
		expect(of('Bündnis 90/Die Grünen', 'Gremium', 'Fraktion')).toMatchObject({
			organizationType: 'faction'
		});
		expect(of('Rechnungsprüfungsausschuss', 'Gremium')).toEqual({
			organizationType: 'committee',
			classification: 'Ausschuss'
		});
		expect(of('Ortsbeirat Wieck', 'Gremium')).toEqual({
			organizationType: 'committee',
			classification: 'Ortsteilvertretung'
		});
	});

	it('never the council itself, nor parties, administration or outside bodies', () => {
		expect(of('Kreistag', 'Gremium', 'Gremien')).toBeNull();
		expect(of('Bürgerschaft', null)).toBeNull();
		expect(of('SPD', 'Partei')).toBeNull();
		expect(of('Amt für Bauordnung', 'Verwaltungsbereich')).toBeNull();
		expect(of('Zweckverband Wasser', 'externes Gremium')).toBeNull();
		expect(of('Sparkasse', 'Institution')).toBeNull();
	});
});

describe('directoryFactionName', () => {
	it('writes "Fraktion" before a party name, once', () => {
		expect(directoryFactionName(' DIE LINKE ')).toBe('Fraktion DIE LINKE');
		expect(directoryFactionName('CDU-Fraktion')).toBe('CDU-Fraktion');
		expect(directoryFactionName('Fraktion Bündnis 90/Die Grünen')).toBe(
			'Fraktion Bündnis 90/Die Grünen'
		);
	});
});
