import { inArray } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlMembership,
	oparlOrganization,
	oparlPaper,
	oparlPerson
} from '../schema';
import { chunks, IDS_PER_STATEMENT } from './batch';
import type { OparlExecutor } from './types';

/**
 * The typed table of each type that has one. Bodies are missing on purpose: their row carries
 * the board's choices (followed, directory match) and everything of the body hangs off it.
 */
export const PROJECTION_TABLES = {
	paper: oparlPaper,
	meeting: oparlMeeting,
	agendaItem: oparlAgendaItem,
	consultation: oparlConsultation,
	file: oparlFile,
	person: oparlPerson,
	organization: oparlOrganization,
	membership: oparlMembership
} as const;

/** Removes the projections of deleted objects; their raw rows stay as tombstones. */
export async function deleteProjections(
	executor: OparlExecutor,
	objects: readonly { id: string; type: OparlObjectType }[]
): Promise<void> {
	const byType = new Map<keyof typeof PROJECTION_TABLES, string[]>();
	for (const object of objects) {
		if (!(object.type in PROJECTION_TABLES)) continue;
		const type = object.type as keyof typeof PROJECTION_TABLES;
		const ids = byType.get(type);
		if (ids) ids.push(object.id);
		else byType.set(type, [object.id]);
	}
	for (const [type, ids] of byType) {
		const table = PROJECTION_TABLES[type];
		for (const part of chunks(ids, IDS_PER_STATEMENT))
			await executor.delete(table).where(inArray(table.objectId, part));
	}
}
