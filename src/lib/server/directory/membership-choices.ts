import { aliasedTable, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { body, organization, territorialUnit } from '../territory/schema';
import type { DirectoryEditor } from './person-access';

/**
 * What the membership and organization forms offer an editor: the bodies (Körperschaften) they
 * may work in, and in one body the organizations and factions. Faction admins see only the bodies
 * of their factions and, of the factions, only their own; the services check the same again.
 */
export interface BodyChoiceGroup {
	label: string;
	bodies: { id: string; name: string }[];
}

export interface OrganizationChoice {
	id: string;
	name: string;
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other';
	classification: string | null;
}

const parentUnit = aliasedTable(territorialUnit, 'parent_unit');

/** Land, Kreise and kreisfreie Städte first, then the Ämter and Gemeinden grouped by Landkreis. */
export async function listBodyChoices(editor: DirectoryEditor): Promise<BodyChoiceGroup[]> {
	if (!editor.board && editor.bodyIds.size === 0) return [];
	const rows = await db
		.select({
			id: body.id,
			name: body.name,
			kind: territorialUnit.kind,
			parentName: parentUnit.name
		})
		.from(body)
		.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(parentUnit, eq(parentUnit.id, territorialUnit.parentId))
		.where(editor.board ? undefined : inArray(body.id, [...editor.bodyIds]))
		.orderBy(asc(body.name));
	const top: BodyChoiceGroup = { label: 'Land, Kreise und kreisfreie Städte', bodies: [] };
	const byKreis = new Map<string, BodyChoiceGroup>();
	for (const row of rows) {
		if ((row.kind === 'gemeinde' || row.kind === 'amt') && row.parentName) {
			const label = `${row.kind === 'amt' ? 'Ämter' : 'Gemeinden'} im ${row.parentName}`;
			if (!byKreis.has(label)) byKreis.set(label, { label, bodies: [] });
			byKreis.get(label)!.bodies.push({ id: row.id, name: row.name });
		} else {
			top.bodies.push({ id: row.id, name: row.name });
		}
	}
	// The Land's body leads: the Landtag is where a state network looks first.
	top.bodies.sort(
		(a, b) => Number(b.name.startsWith('Land ')) - Number(a.name.startsWith('Land '))
	);
	const groups = [...byKreis.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));
	return [top, ...groups].filter((group) => group.bodies.length > 0);
}

/** The organizations of one body the editor may put people in, councils first. */
export async function listOrganizationChoices(
	editor: DirectoryEditor,
	bodyId: string
): Promise<{ organizations: OrganizationChoice[]; factions: OrganizationChoice[] }> {
	if (!editor.board && !editor.bodyIds.has(bodyId)) return { organizations: [], factions: [] };
	const rows = await db
		.select({
			id: organization.id,
			name: organization.name,
			organizationType: organization.organizationType,
			classification: organization.classification
		})
		.from(organization)
		.where(eq(organization.bodyId, bodyId))
		.orderBy(asc(organization.name));
	const allowed = rows.filter(
		(row) => editor.board || row.organizationType !== 'faction' || editor.factionIds.has(row.id)
	);
	const rank = { council: 0, committee: 1, faction: 2, party: 3, other: 4 } as const;
	allowed.sort((a, b) => rank[a.organizationType] - rank[b.organizationType]);
	return {
		organizations: allowed,
		factions: allowed.filter((row) => row.organizationType === 'faction')
	};
}

/** The body of an organization, to preselect it in the forms. */
export async function bodyOfOrganization(organizationId: string): Promise<string | null> {
	const [row] = await db
		.select({ bodyId: organization.bodyId })
		.from(organization)
		.where(eq(organization.id, organizationId))
		.limit(1);
	return row?.bodyId ?? null;
}
