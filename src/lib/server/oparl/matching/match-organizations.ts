import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlBody, oparlOrganization } from '../schema';
import type { Executor } from './executor';
import { selectImportedOrganizations } from './imported-organizations';
import {
	factionKey,
	importedOrganizationKind,
	organizationKey,
	type ImportedOrganizationKind
} from './organization-kind';

interface DirectoryOrganization {
	id: string;
	bodyId: string;
	name: string;
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other';
	classification: string | null;
}

interface ImportedOrganization {
	name: string;
	organizationType: string | null;
	classification: string | null;
}

function only<T>(items: T[]): T | null {
	return items.length === 1 ? items[0]! : null;
}

/**
 * The directory organization an imported one certainly is, among the organizations of the
 * matched directory body: its one council, the faction of the same party, the committee of the
 * same name. Two candidates are no certainty, so nothing is matched then.
 */
export function certainDirectoryOrganization(
	imported: ImportedOrganization,
	candidates: DirectoryOrganization[]
): string | null {
	const kind: ImportedOrganizationKind = importedOrganizationKind(imported);
	if (kind === 'council') {
		return (
			only(candidates.filter((candidate) => candidate.organizationType === 'council'))?.id ?? null
		);
	}
	if (kind === 'faction') {
		const key = factionKey(imported.name);
		return (
			only(
				candidates.filter(
					(candidate) =>
						candidate.organizationType === 'faction' && factionKey(candidate.name) === key
				)
			)?.id ?? null
		);
	}
	const key = organizationKey(imported.name);
	const sameName = candidates.filter(
		(candidate) =>
			candidate.organizationType !== 'faction' && organizationKey(candidate.name) === key
	);
	// A committee named like the council ("Kreistag") is the council: prefer a non-council match.
	return (
		only(sameName.filter((candidate) => candidate.organizationType !== 'council'))?.id ??
		only(sameName)?.id ??
		null
	);
}

/**
 * Ties the imported organizations (council, committees, factions) of the source's matched
 * bodies to the directory's organizations of those bodies. Matches already made are kept, and
 * what the board decided (even "none") is never redone.
 */
export async function matchOrganizations(executor: Executor, sourceId: string): Promise<number> {
	const unmatched = await selectImportedOrganizations(
		executor,
		and(
			eq(oparlBody.sourceId, sourceId),
			isNotNull(oparlBody.directoryBodyId),
			isNull(oparlOrganization.directoryOrganizationId),
			eq(oparlOrganization.directoryMatchFixed, false)
		)
	);
	if (unmatched.length === 0) return 0;
	const bodyIds = [...new Set(unmatched.map((row) => row.directoryBodyId!))];
	const candidates = await executor
		.select({
			id: directoryOrganization.id,
			bodyId: directoryOrganization.bodyId,
			name: directoryOrganization.name,
			organizationType: directoryOrganization.organizationType,
			classification: directoryOrganization.classification
		})
		.from(directoryOrganization)
		.where(inArray(directoryOrganization.bodyId, bodyIds));
	let matched = 0;
	for (const imported of unmatched) {
		const directoryOrganizationId = certainDirectoryOrganization(
			imported,
			candidates.filter((candidate) => candidate.bodyId === imported.directoryBodyId)
		);
		if (!directoryOrganizationId) continue;
		await executor
			.update(oparlOrganization)
			.set({ directoryOrganizationId })
			.where(
				and(
					eq(oparlOrganization.objectId, imported.objectId),
					isNull(oparlOrganization.directoryOrganizationId)
				)
			);
		matched++;
	}
	return matched;
}
