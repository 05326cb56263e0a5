import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import { oparlBody, oparlObject } from '../schema';
import { excludedSet } from '../../db/upsert';
import { chunks, IDS_PER_STATEMENT, ROWS_PER_STATEMENT } from './batch';
import { loadKnownObjects } from './known-objects';
import { dropVanishedChildren, markDeleted, type DeletionTally } from './mark-deleted';
import { namedBodyUrls, planPage, type PageItem, type PlannedObject } from './plan-page';
import { deleteProjections } from './projection-tables';
import { recordOparlProblems } from './record-problems';
import type { OparlExecutor, OparlStoreContext, ProblemDraft, StoreOutcome } from './types';
import { writeProjections, type ProjectionInput } from './write-projection';

export type { PageItem } from './plan-page';

export interface StorePageOptions {
	/** The sync run storing it: problems are filed under it. */
	runId?: string | null;
	/**
	 * The items come from a page of a list (not fetched one by one at their own URL): the run
	 * becomes their `lastSeenRunId`, which the detection of vanished objects relies on. An object
	 * only ever fetched on its own (a filled placeholder, the System) is never counted as vanished
	 * from a list it was never on.
	 */
	listed?: boolean;
	/** Where the items were found (list page URL), for problems about entries without an id. */
	foundAt?: string;
	/** Problems found outside the objects (the page's own), filed with theirs. */
	problems?: readonly ProblemDraft[];
}

export interface StoredItem {
	/** `oparl_object.id`; null when the entry could not be stored at all (no usable id/type). */
	objectId: string | null;
	type: OparlObjectType | null;
	outcome: StoreOutcome;
}

export interface StorePageResult {
	/** One per item, in order. */
	items: StoredItem[];
	/** Every object whose stored state changed (written, embedded, marked deleted). */
	changedObjectIds: string[];
	/** Files written: candidates for download. */
	fileObjectIds: string[];
	/** Objects written (created or updated), embedded ones included. */
	written: number;
	/** Objects marked deleted, embedded children of tombstones included. */
	deleted: number;
	/** Problems newly filed. */
	problems: number;
}

/**
 * Columns a live object's upsert sets; a tombstone's also leaves `bodyId` and `parentId`. Neither
 * takes `lastSeenRunId` from an object fetched on its own (see StorePageOptions.listed).
 */
const LIVE_SET = [
	'type',
	'bodyId',
	'deleted',
	'placeholder',
	'raw',
	'contentHash',
	'created',
	'modified',
	'fetchedAt'
];
const TOMBSTONE_SET = LIVE_SET.filter((key) => key !== 'bodyId');

/**
 * Stores a page of raw OParl objects as the server sent them, with their embedded objects,
 * their typed projections and placeholders for what they reference, in a fixed number of
 * statements per page rather than per object: one lookup of the stored state of everything in
 * the page, one multi-row upsert per level of embedding and per table, one statement for what
 * vanished or was deleted. Bad data never throws: what is wrong is filed as a problem under the
 * run and the rest is kept. Unchanged objects (same content hash) are not written again, nor is
 * what they embed.
 *
 * Call it inside a transaction: a page is several statements.
 */
export async function storeOparlPage(
	executor: OparlExecutor,
	context: OparlStoreContext,
	items: readonly PageItem[],
	options: StorePageOptions = {}
): Promise<StorePageResult> {
	const problems: ProblemDraft[] = [...(options.problems ?? [])];
	const known = context.known ?? new Map();
	await loadKnownObjects(
		executor,
		context.sourceId,
		items.map((item) => item.raw),
		known
	);
	const plan = planPage(
		{
			bodyId: context.bodyId,
			known,
			bodies: context.bodyId ? new Map() : await bodiesByUrl(executor, context.sourceId, items),
			reportedOnce: context.reportedOnce ?? new Set(),
			foundAt: options.foundAt
		},
		items,
		problems
	);
	const storeContext = { ...context, known };
	const tally: DeletionTally = { changedObjectIds: [], deleted: 0 };
	const live = plan.objects.filter((object) => !object.tombstone);
	const tombstones = plan.objects.filter((object) => object.tombstone);

	await writeObjects(
		executor,
		storeContext,
		plan.objects,
		options.listed ? (options.runId ?? null) : null
	);

	const retyped = live.filter(
		(object) =>
			object.existing && !object.existing.placeholder && object.existing.type !== object.type
	);
	if (retyped.length > 0)
		await deleteProjections(
			executor,
			retyped.map((object) => ({ id: object.id!, type: object.existing!.type }))
		);
	const rewrittenParents = live.filter(
		(object) => (object.existing && !object.existing.placeholder) || object.rewritten
	);
	if (rewrittenParents.length > 0)
		await dropVanishedChildren(
			executor,
			rewrittenParents.map((object) => ({
				id: object.id!,
				kept: object.kept.map((kept) => (typeof kept === 'string' ? kept : kept.id!))
			})),
			tally
		);
	if (tombstones.length > 0)
		await markDeleted(
			executor,
			tombstones.map((object) => ({ id: object.id!, type: object.type })),
			tally
		);

	const parentTypes = await typesOf(
		executor,
		items.map((item) => item.parentId).filter((id): id is string => Boolean(id))
	);
	await writeProjections(
		executor,
		storeContext,
		live.map((object) => projectionInput(object, parentTypes)),
		problems
	);

	return {
		items: plan.items.map((occurrence) => ({
			objectId: occurrence.object?.id ?? occurrence.id ?? null,
			type: occurrence.type,
			outcome: occurrence.outcome
		})),
		changedObjectIds: [...live.map((object) => object.id!), ...tally.changedObjectIds],
		fileObjectIds: live.filter((object) => object.type === 'file').map((object) => object.id!),
		written: live.length,
		deleted: tally.deleted,
		problems: await recordOparlProblems(executor, context.sourceId, options.runId, problems)
	};
}

/**
 * Upserts the rows of the planned objects, parents before what they embed (a child's
 * `parentId` is its parent's new id), live objects and tombstones apart (a tombstone keeps its
 * body and parent). Sets each object's `id` and keeps the known objects current.
 */
async function writeObjects(
	executor: OparlExecutor,
	context: OparlStoreContext & { known: NonNullable<OparlStoreContext['known']> },
	objects: readonly PlannedObject[],
	listedInRun: string | null
): Promise<void> {
	const fetchedAt = new Date();
	const depths = [...new Set(objects.map((object) => object.depth))].sort((a, b) => a - b);
	for (const depth of depths) {
		for (const tombstone of [false, true]) {
			const level = objects.filter(
				(object) => object.depth === depth && object.tombstone === tombstone
			);
			for (const part of chunks(level, ROWS_PER_STATEMENT)) {
				const rows = await executor
					.insert(oparlObject)
					.values(
						part.map((object) => ({
							sourceId: context.sourceId,
							oparlId: object.oparlId,
							parentId: object.parent?.id ?? null,
							type: object.type,
							bodyId: object.bodyId,
							deleted: tombstone,
							placeholder: false,
							raw: object.reader.raw,
							contentHash: object.hash,
							created: object.reader.dateTime('created', true),
							modified: object.reader.dateTime('modified', true),
							fetchedAt,
							lastSeenRunId: listedInRun
						}))
					)
					.onConflictDoUpdate({
						target: [oparlObject.sourceId, oparlObject.oparlId],
						set: tombstone
							? excludedSet(TOMBSTONE_SET)
							: // An object fetched on its own keeps the parent it was once embedded in.
								{
									...excludedSet(LIVE_SET),
									parentId: sql`coalesce(excluded.parent_id, ${oparlObject.parentId})`,
									lastSeenRunId: sql`coalesce(excluded.last_seen_run_id, ${oparlObject.lastSeenRunId})`
								}
					})
					.returning({ id: oparlObject.id, oparlId: oparlObject.oparlId });
				const ids = new Map(rows.map((row) => [row.oparlId, row.id]));
				for (const object of part) {
					object.id = ids.get(object.oparlId)!;
					context.known.set(object.oparlId, {
						id: object.id,
						type: object.type,
						contentHash: object.hash,
						deleted: tombstone,
						placeholder: false
					});
				}
			}
		}
	}
}

function projectionInput(
	object: PlannedObject,
	parentTypes: ReadonlyMap<string, OparlObjectType>
): ProjectionInput {
	const { parent } = object;
	let parentRef: ProjectionInput['parent'] = null;
	if (parent && 'oparlId' in parent) parentRef = { id: parent.id!, type: parent.type };
	else if (parent && parentTypes.has(parent.id))
		parentRef = { id: parent.id, type: parentTypes.get(parent.id)! };
	return {
		objectId: object.id!,
		type: object.type,
		reader: object.reader,
		bodyId: object.bodyId,
		parent: parentRef,
		position: object.position
	};
}

/** Types of stored objects (the parents callers name for top-level items). */
async function typesOf(
	executor: OparlExecutor,
	ids: readonly string[]
): Promise<Map<string, OparlObjectType>> {
	const types = new Map<string, OparlObjectType>();
	for (const part of chunks([...new Set(ids)], IDS_PER_STATEMENT)) {
		const rows = await executor
			.select({ id: oparlObject.id, type: oparlObject.type })
			.from(oparlObject)
			.where(inArray(oparlObject.id, part));
		for (const row of rows) types.set(row.id, row.type);
	}
	return types;
}

/** The imported bodies the page's objects name in their `body` field, by URL. */
async function bodiesByUrl(
	executor: OparlExecutor,
	sourceId: string,
	items: readonly PageItem[]
): Promise<Map<string, string>> {
	const bodies = new Map<string, string>();
	for (const part of chunks(namedBodyUrls(items), IDS_PER_STATEMENT)) {
		const rows = await executor
			.select({ id: oparlBody.objectId, url: oparlObject.oparlId })
			.from(oparlBody)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
			.where(and(eq(oparlBody.sourceId, sourceId), inArray(oparlObject.oparlId, part)));
		for (const row of rows) bodies.set(row.url, row.id);
	}
	return bodies;
}
