import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { TERRITORIAL_UNIT_KIND_LABELS, type TerritorialUnitKind } from '$lib/shared/territory';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { listAmts, type AmtSummary } from '../territory/amt/list-amts';
import { body, organization, territorialUnit } from '../territory/schema';
import { listOrganizations, type OrganizationSummary } from './list-organizations';
import { visibleMembers, type MemberEntry } from './organization-members';
import { loadDirectoryViewer } from './viewer';

export interface AreaRef {
	ags: string;
	name: string;
	kind: TerritorialUnitKind;
}

export interface AreaCouncil {
	council: OrganizationSummary;
	factions: OrganizationSummary[];
	committees: OrganizationSummary[];
	/** Seats in the council itself, as the viewer may see them. */
	members: MemberEntry[];
}

export interface AreaPage {
	unit: AreaRef & { kindLabel: string; seat: string | null; population: number | null };
	parent: AreaRef | null;
	councils: AreaCouncil[];
	/**
	 * Units below: for the Land its Kreise and kreisfreie Städte; for a Landkreis the Gemeinden
	 * where the viewer sees at least one mandate holder (hundreds of others would bury them).
	 */
	children: (AreaRef & { mandateHolders: number | null })[];
	/** How many units are below in all (Gemeinden of a Landkreis). */
	childCount: number;
	/** The Ämter of a Landkreis, or the Amt of a Gemeinde, with the Gemeinden they administer. */
	amts: AmtSummary[];
}

const AGS = /^\d{2}(\d{3}(\d{3})?)?$/;

async function unitByAgs(ags: string) {
	const [unit] = await db
		.select()
		.from(territorialUnit)
		.where(eq(territorialUnit.ags, ags))
		.limit(1);
	return unit ?? null;
}

async function unitRef(id: string | null): Promise<AreaRef | null> {
	if (!id) return null;
	const [row] = await db
		.select({ ags: territorialUnit.ags, name: territorialUnit.name, kind: territorialUnit.kind })
		.from(territorialUnit)
		.where(eq(territorialUnit.id, id));
	return row?.ags ? { ags: row.ags, name: row.name, kind: row.kind } : null;
}

/**
 * The page of a Land, Kreis, kreisfreie Stadt or Gemeinde: its councils with factions,
 * committees and mandate holders, and the units below; null for an unknown AGS.
 */
export async function getArea(options: {
	actor: SessionUser | null;
	ags: string;
}): Promise<AreaPage | null> {
	assertCan(options.actor, 'public.read');
	if (!AGS.test(options.ags)) return null;
	const unit = await unitByAgs(options.ags);
	if (!unit?.ags) return null;
	const viewer = await loadDirectoryViewer(options.actor);

	const councils = await listOrganizations({ unitIds: [unit.id], types: ['council'] });
	const below = await listOrganizations({ parentIds: councils.map((c) => c.id) });
	const areaCouncils: AreaCouncil[] = [];
	for (const council of councils) {
		const members = await visibleMembers(viewer, [council.id]);
		areaCouncils.push({
			council,
			factions: below.filter((o) => o.parentId === council.id && o.type === 'faction'),
			committees: below.filter((o) => o.parentId === council.id && o.type !== 'faction'),
			members: members.filter((entry) => entry.mandate.organization.id === council.id)
		});
	}

	const childUnits = await db
		.select({
			id: territorialUnit.id,
			ags: territorialUnit.ags,
			name: territorialUnit.name,
			kind: territorialUnit.kind
		})
		.from(territorialUnit)
		// Ämter sit below their Landkreis too, but are shown on their own (`amts`).
		.where(and(eq(territorialUnit.parentId, unit.id), ne(territorialUnit.kind, 'amt')))
		.orderBy(asc(territorialUnit.name));
	let children: AreaPage['children'] = [];
	if (unit.kind === 'land') {
		children = childUnits
			.filter((child) => child.ags)
			.map((child) => ({
				ags: child.ags!,
				name: child.name,
				kind: child.kind,
				mandateHolders: null
			}));
	} else if (childUnits.length > 0) {
		children = await childrenWithMandates(viewer, childUnits);
	}

	return {
		unit: {
			ags: unit.ags,
			name: unit.name,
			kind: unit.kind,
			kindLabel: TERRITORIAL_UNIT_KIND_LABELS[unit.kind],
			seat: unit.seat,
			population: unit.population
		},
		parent: await unitRef(unit.parentId),
		councils: areaCouncils,
		children,
		childCount: childUnits.length,
		amts:
			unit.kind === 'landkreis'
				? await listAmts({ landkreisId: unit.id })
				: unit.kind === 'gemeinde'
					? await listAmts({ gemeindeId: unit.id })
					: []
	};
}

async function childrenWithMandates(
	viewer: Awaited<ReturnType<typeof loadDirectoryViewer>>,
	units: { id: string; ags: string | null; name: string; kind: TerritorialUnitKind }[]
): Promise<AreaPage['children']> {
	const councils = await db
		.select({ id: organization.id, unitId: body.territorialUnitId })
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.where(
			and(
				eq(organization.organizationType, 'council'),
				inArray(
					body.territorialUnitId,
					units.map((unit) => unit.id)
				)
			)
		);
	const unitOfCouncil = new Map(councils.map((c) => [c.id, c.unitId]));
	const members = await visibleMembers(
		viewer,
		councils.map((c) => c.id)
	);
	const holders = new Map<string, Set<string>>();
	for (const entry of members) {
		const unitId = unitOfCouncil.get(entry.mandate.organization.id);
		if (!unitId) continue;
		const set = holders.get(unitId) ?? new Set<string>();
		set.add(entry.person.id);
		holders.set(unitId, set);
	}
	return units
		.filter((unit) => unit.ags && holders.has(unit.id))
		.map((unit) => ({
			ags: unit.ags!,
			name: unit.name,
			kind: unit.kind,
			mandateHolders: holders.get(unit.id)!.size
		}));
}
