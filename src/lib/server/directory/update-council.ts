import { and, eq, ne, sql } from 'drizzle-orm';
import type { CouncilClassification } from '../../shared/council-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { reindexMotionsOfCouncils } from '../motions/reindex-council-motions';
import { organization } from '../territory/schema';
import { DirectoryError } from './directory-error';
import { isUuid } from './is-uuid';

/**
 * The board renames a council or corrects what kind it is (a Stadt's "Stadtvertretung" the data
 * could not know, a Hansestadt's "Bürgerschaft"). The row then is the board's word, not the state
 * data's: its provenance is cleared, so a later load of the state data leaves it alone. Motions'
 * search rows carry the council type and are rebuilt; the change is audit-logged.
 */
export async function updateCouncil(options: {
	actor: SessionUser | null;
	id: string;
	name: string;
	classification: CouncilClassification;
	ip?: string | null;
}): Promise<{ changed: boolean }> {
	const { actor } = options;
	assertCan(actor, 'directory.manage');
	if (!isUuid(options.id)) throw new DirectoryError('organization_not_found');
	const [council] = await db
		.select()
		.from(organization)
		.where(and(eq(organization.id, options.id), eq(organization.organizationType, 'council')));
	if (!council) throw new DirectoryError('organization_not_found');
	if (council.name === options.name && council.classification === options.classification) {
		return { changed: false };
	}

	const [clash] = await db
		.select({ id: organization.id })
		.from(organization)
		.where(
			and(
				eq(organization.bodyId, council.bodyId),
				ne(organization.id, council.id),
				sql`lower(${organization.name}) = lower(${options.name})`
			)
		)
		.limit(1);
	if (clash) throw new DirectoryError('organization_name_taken', 'name');

	await db
		.update(organization)
		.set({
			name: options.name,
			classification: options.classification,
			factStatus: null,
			sources: null,
			modifiedAt: new Date()
		})
		.where(eq(organization.id, council.id));
	await reindexMotionsOfCouncils([council.id]);
	await recordAudit({
		actor,
		action: 'organization.update',
		targetType: 'organization',
		targetId: council.id,
		targetLabel: options.name,
		details: {
			before: { name: council.name, classification: council.classification },
			after: { name: options.name, classification: options.classification }
		},
		ip: options.ip
	});
	return { changed: true };
}
