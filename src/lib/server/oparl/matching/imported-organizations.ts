import { and, eq, type SQL } from 'drizzle-orm';
import { oparlBody, oparlObject, oparlOrganization } from '../schema';
import type { Executor } from './executor';

/**
 * Imported organizations as matching reads them (how the council system files them, their ties
 * to the directory, their body), narrowed by `where`; the caller may still order, limit or lock
 * the rows. Organizations the council system deleted are never matched, offered or created.
 */
export function selectImportedOrganizations(executor: Executor, where?: SQL) {
	return executor
		.select({
			objectId: oparlOrganization.objectId,
			name: oparlOrganization.name,
			shortName: oparlOrganization.shortName,
			organizationType: oparlOrganization.organizationType,
			classification: oparlOrganization.classification,
			startDate: oparlOrganization.startDate,
			endDate: oparlOrganization.endDate,
			directoryOrganizationId: oparlOrganization.directoryOrganizationId,
			bodyId: oparlBody.objectId,
			bodyName: oparlBody.name,
			sourceId: oparlBody.sourceId,
			directoryBodyId: oparlBody.directoryBodyId
		})
		.from(oparlOrganization)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlOrganization.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlOrganization.bodyId))
		.where(and(eq(oparlObject.deleted, false), where));
}
