import { and, eq, sql } from 'drizzle-orm';
import type { OrganizationKind } from '../../shared/directory-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { organization } from '../territory/schema';
import { DirectoryError } from './directory-error';
import { loadDirectoryEditor, organizationFacts } from './person-access';

const TYPE_AND_CLASSIFICATION: Record<
	OrganizationKind,
	{ organizationType: 'faction' | 'committee'; classification: string }
> = {
	faction: { organizationType: 'faction', classification: 'Fraktion' },
	committee: { organizationType: 'committee', classification: 'Ausschuss' },
	// An Ortsteilvertretung (Ortsbeirat) is a committee-like body of the municipal council.
	district_council: { organizationType: 'committee', classification: 'Ortsteilvertretung' }
};

/**
 * A faction, committee or Ortsteilvertretung of a council. The board creates all of them; faction
 * admins committees and Ortsteilvertretungen of the councils their factions sit in.
 */
export async function createOrganization(options: {
	actor: SessionUser | null;
	parentId: string;
	kind: OrganizationKind;
	name: string;
	shortName: string | null;
	/** Joint factions: the other parties, e.g. "Die PARTEI". */
	partners: string | null;
	startDate: string | null;
	ip?: string | null;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'faction.manage');
	const editor = await loadDirectoryEditor(options.actor);
	const parent = await organizationFacts(options.parentId);
	if (!parent || parent.organizationType !== 'council') {
		throw new DirectoryError('parent_not_council', 'parentId');
	}
	if (!editor.board) {
		if (options.kind === 'faction') throw new DirectoryError('faction_board_only', 'kind');
		if (!editor.bodyIds.has(parent.bodyId)) {
			throw new DirectoryError('organization_out_of_scope', 'parentId');
		}
	}
	const [clash] = await db
		.select({ id: organization.id })
		.from(organization)
		.where(
			and(
				eq(organization.parentId, parent.id),
				sql`lower(${organization.name}) = lower(${options.name})`
			)
		)
		.limit(1);
	if (clash) throw new DirectoryError('organization_name_taken', 'name');

	const [row] = await db
		.insert(organization)
		.values({
			bodyId: parent.bodyId,
			parentId: parent.id,
			name: options.name,
			shortName: options.shortName,
			...TYPE_AND_CLASSIFICATION[options.kind],
			partners: options.kind === 'faction' ? options.partners : null,
			startDate: options.startDate
		})
		.returning({ id: organization.id });
	await recordAudit({
		actor: options.actor,
		action: 'organization.create',
		targetType: 'organization',
		targetId: row!.id,
		targetLabel: options.name,
		details: { council: parent.name, kind: options.kind },
		ip: options.ip
	});
	return { id: row!.id };
}
