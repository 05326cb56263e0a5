import { inArray } from 'drizzle-orm';
import { db } from '../../db';
import { oparlOrganization } from '../schema';

/**
 * Names of Gremien referenced by meetings and consultations. Tombstoned organizations have no
 * projection any more and simply drop out; a placeholder has no name yet.
 */
export async function organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return new Map();
	const rows = await db
		.select({ id: oparlOrganization.objectId, name: oparlOrganization.name })
		.from(oparlOrganization)
		.where(inArray(oparlOrganization.objectId, wanted));
	return new Map(rows.filter((row) => row.name.trim() !== '').map((row) => [row.id, row.name]));
}

/** The names of these Gremien in their order, those without a name (or projection) left out. */
export function namesOf(names: ReadonlyMap<string, string>, ids: readonly string[]): string[] {
	return ids.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
}
