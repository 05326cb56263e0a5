import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { requestImmediateAlerts } from '../../alerts/request-immediate-alerts';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { oparlFile, oparlObject } from '../schema';
import { outsideTransaction, type OparlExecutor } from './executor';
import { agendaItemDocuments, meetingDocuments } from './meeting-documents';
import { paperDocuments } from './paper-documents';
import { resolveTargets } from './resolve-targets';
import { OPARL_DOCUMENT_TYPES, removeDocumentsOfType, writeDocuments } from './write-documents';

export type { OparlExecutor } from './executor';

export interface IndexOutcome {
	/** Rows written because they were new or their content changed. */
	indexed: number;
	/** Rows removed (object deleted, placeholder, body no longer followed …). */
	removed: number;
}

/** Objects per round: keeps each statement's parameter list and the memory of one round small. */
const CHUNK = 500;

/**
 * Keeps the council documents of the one search in step with imported objects: call it with the
 * ids of every object whose stored state changed (the sync does after each list page, in the
 * page's transaction; the file download after a file's text is known). Objects of any type may
 * be passed: each is followed to the papers, meetings and agenda items that show it (see
 * resolveTargets), and those rows are rewritten, or removed when their object is deleted, still
 * a placeholder or its body is not followed (such objects have no page to link to). Everything
 * is public record and written with `access: 'public'`.
 */
export async function indexOparlObjects(
	executor: OparlExecutor,
	objectIds: readonly string[]
): Promise<IndexOutcome> {
	const outcome: IndexOutcome = { indexed: 0, removed: 0 };
	const unique = [...new Set(objectIds)];
	for (let start = 0; start < unique.length; start += CHUNK) {
		const targets = await resolveTargets(executor, unique.slice(start, start + CHUNK));
		const add = await indexTargets(executor, {
			paper: [...targets.papers],
			meeting: [...targets.meetings],
			agendaItem: [...targets.agendaItems]
		});
		outcome.indexed += add.indexed;
		outcome.removed += add.removed;
	}
	// Saved searches that mail at once look at what was just indexed (no-op without a queue).
	if (outcome.indexed > 0)
		await outsideTransaction(
			executor,
			'Der Versand zu gespeicherten Suchen',
			requestImmediateAlerts
		);
	return outcome;
}

async function indexTargets(
	executor: OparlExecutor,
	targets: Record<(typeof OPARL_DOCUMENT_TYPES)[number], string[]>
): Promise<IndexOutcome> {
	const built = {
		paper: await paperDocuments(executor, targets.paper),
		meeting: await meetingDocuments(executor, targets.meeting),
		agendaItem: await agendaItemDocuments(executor, targets.agendaItem)
	};
	let removed = 0;
	for (const type of OPARL_DOCUMENT_TYPES)
		removed += await removeDocumentsOfType(executor, type, built[type].gone);
	const indexed = await writeDocuments(executor, [
		...built.paper.rows,
		...built.meeting.rows,
		...built.agendaItem.rows
	]);
	return { indexed, removed };
}

/**
 * Rewrites the documents of whole bodies: after the board followed or unfollowed them (their
 * documents appear or leave), or after a body was matched to the directory (district and
 * council facets). Walks the body's papers, meetings and agenda items in chunks.
 */
export async function reindexOparlBodies(
	executor: OparlExecutor,
	bodyIds: readonly string[]
): Promise<IndexOutcome> {
	const outcome: IndexOutcome = { indexed: 0, removed: 0 };
	if (bodyIds.length === 0) return outcome;
	for (const type of OPARL_DOCUMENT_TYPES) {
		let after = '00000000-0000-0000-0000-000000000000';
		for (;;) {
			const ids = (
				await executor
					.select({ id: oparlObject.id })
					.from(oparlObject)
					.where(
						and(
							inArray(oparlObject.bodyId, [...bodyIds]),
							eq(oparlObject.type, type),
							sql`${oparlObject.id} > ${after}`
						)
					)
					.orderBy(oparlObject.id)
					.limit(CHUNK)
			).map((row) => row.id);
			if (ids.length === 0) break;
			const done = await indexTargets(executor, {
				paper: type === 'paper' ? ids : [],
				meeting: type === 'meeting' ? ids : [],
				agendaItem: type === 'agendaItem' ? ids : []
			});
			outcome.indexed += done.indexed;
			outcome.removed += done.removed;
			after = ids.at(-1)!;
		}
	}
	if (outcome.indexed > 0)
		await outsideTransaction(
			executor,
			'Der Versand zu gespeicherten Suchen',
			requestImmediateAlerts
		);
	return outcome;
}

/**
 * After a stored file's text was extracted (the files module's hook): the papers and agenda
 * items that carry a council file with these bytes become findable by its text.
 */
export async function reindexOparlObjectsWithFile(sha256: string): Promise<void> {
	const files = await db
		.select({ id: oparlFile.objectId })
		.from(oparlFile)
		.where(eq(oparlFile.sha256, sha256));
	if (files.length === 0) return;
	await indexOparlObjects(
		db,
		files.map((file) => file.id)
	);
}

/**
 * Drops council documents whose object is gone altogether (a source deleted without its rows,
 * a crash between the two): the search must not link to pages that no longer exist.
 */
export async function removeOrphanOparlDocuments(executor: OparlExecutor = db): Promise<number> {
	const removed = await executor
		.delete(searchDocument)
		.where(
			and(
				inArray(searchDocument.type, [...OPARL_DOCUMENT_TYPES]),
				notExists(
					executor
						.select({ one: sql`1` })
						.from(oparlObject)
						.where(eq(oparlObject.id, searchDocument.sourceId))
				)
			)
		)
		.returning({ id: searchDocument.id });
	return removed.length;
}
