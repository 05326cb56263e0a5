import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import { oparlTypeFromUri, type OparlObjectType } from '$lib/shared/oparl';
import { oparlBody, oparlObject } from '../schema';
import { contentHash } from './content-hash';
import { embeddedObjects, OWNED_EMBEDDED_TYPES } from './embedded-fields';
import { FieldReader } from './field-reader';
import type { KnownObject } from './known-objects';
import { deleteProjections } from './projection-tables';
import { recordOparlProblems } from './record-problems';
import { reportVendorFields } from './vendor-fields';
import { writeProjection } from './write-projection';
import type {
	OparlExecutor,
	OparlStoreContext,
	ProblemDraft,
	StoreOparlObjectOptions,
	StoreOparlObjectResult,
	StoreOutcome
} from './types';

const httpUrl = z.url({ protocol: /^https?$/ });

interface Stored {
	objectId: string | null;
	type: OparlObjectType | null;
	outcome: StoreOutcome;
}

/**
 * Stores one raw OParl object as the server sent it, with its embedded objects, its typed
 * projection and placeholders for what it references. Bad data never throws: what is wrong is
 * filed as a problem under the run and the rest is kept. An object whose content hash is
 * unchanged is not written again (nor are the objects embedded in it).
 *
 * Call it inside a transaction: an object and its embedded objects are several statements.
 */
export async function storeOparlObject(
	executor: OparlExecutor,
	context: OparlStoreContext,
	raw: unknown,
	options: StoreOparlObjectOptions = {}
): Promise<StoreOparlObjectResult> {
	const result: StoreOparlObjectResult = {
		objectId: null,
		type: null,
		outcome: 'skipped',
		changedObjectIds: [],
		fileObjectIds: [],
		written: 0,
		deleted: 0,
		problems: 0
	};
	const problems: ProblemDraft[] = [];
	const run = { context: { ...context, reportedOnce: context.reportedOnce ?? new Set() }, result };
	const stored = await storeOne(executor, run, raw, options, problems);
	result.objectId = stored.objectId;
	result.type = stored.type;
	result.outcome = stored.outcome;
	result.problems = await recordOparlProblems(executor, context.sourceId, options.runId, problems);
	return result;
}

/** Embedded objects know their parent's type without asking the database. */
type InnerOptions = StoreOparlObjectOptions & { parentType?: OparlObjectType };

interface Run {
	context: OparlStoreContext & { reportedOnce: Set<string> };
	result: StoreOparlObjectResult;
}

async function storeOne(
	executor: OparlExecutor,
	run: Run,
	raw: unknown,
	options: InnerOptions,
	problems: ProblemDraft[]
): Promise<Stored> {
	const skipped: Stored = { objectId: null, type: null, outcome: 'skipped' };
	const where = options.foundAt ?? '(unbekannt)';
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		problems.push({ kind: 'invalid_value', url: where, message: 'Eintrag ist kein JSON-Objekt' });
		return skipped;
	}
	const object = raw as Record<string, unknown>;
	const id = typeof object.id === 'string' ? object.id.trim() : null;
	if (!id) {
		problems.push({
			kind: 'missing_field',
			url: where,
			message: 'Objekt ohne „id“ wurde übersprungen',
			details: { type: object.type ?? null }
		});
		return skipped;
	}
	if (!httpUrl.safeParse(id).success) {
		problems.push({
			kind: 'invalid_url',
			url: where,
			message: `Objekt-ID ist keine gültige Adresse: ${id.slice(0, 120)}`
		});
		return skipped;
	}
	const { context } = run;
	const existing = await lookUp(executor, context, id);
	const hash = contentHash(object);
	const reader = new FieldReader(object, id, problems);

	if (object.deleted === true)
		return storeTombstone(executor, run, reader, hash, existing, options);

	let type = oparlTypeFromUri(object.type);
	if (!type) {
		problems.push({
			kind: object.type === undefined ? 'missing_type' : 'unexpected_type',
			url: id,
			message:
				object.type === undefined
					? 'Objekt ohne „type“' +
						(options.expectedType ? '; nach seinem Fundort als Typ gelesen' : '; übersprungen')
					: `Unbekannter Typ „${String(object.type).slice(0, 80)}“`
		});
		type = options.expectedType ?? null;
		if (!type) return skipped;
	} else if (options.expectedType && type !== options.expectedType) {
		problems.push({
			kind: 'unexpected_type',
			url: id,
			message: `Typ „${type}“ an einer Stelle, an der „${options.expectedType}“ erwartet wurde`
		});
	}
	if (existing && !existing.deleted && !existing.placeholder && existing.contentHash === hash) {
		return { objectId: existing.id, type: existing.type, outcome: 'unchanged' };
	}

	reportVendorFields(reader, context.reportedOnce);
	const bodyId =
		type === 'system' || type === 'body'
			? null
			: (context.bodyId ?? (await bodyIdFromReference(executor, context.sourceId, reader)));
	const values = {
		type,
		bodyId,
		deleted: false,
		placeholder: false,
		raw: object,
		contentHash: hash,
		created: reader.dateTime('created', true),
		modified: reader.dateTime('modified', true),
		fetchedAt: new Date(),
		lastSeenRunId: options.runId ?? null
	};
	const [row] = await executor
		.insert(oparlObject)
		.values({
			sourceId: context.sourceId,
			oparlId: id,
			parentId: options.parentId ?? null,
			...values
		})
		.onConflictDoUpdate({
			target: [oparlObject.sourceId, oparlObject.oparlId],
			// An object fetched on its own keeps the parent it was once embedded in.
			set: options.parentId ? { ...values, parentId: options.parentId } : values
		})
		.returning({ id: oparlObject.id });
	const objectId = row!.id;
	context.known?.set(id, {
		id: objectId,
		type,
		contentHash: hash,
		deleted: false,
		placeholder: false
	});
	if (existing && !existing.placeholder && existing.type !== type) {
		await deleteProjections(executor, [{ id: objectId, type: existing.type }]);
	}

	const embeddedContext = { ...context, bodyId };
	const kept: string[] = [];
	for (const embedded of embeddedObjects(type, object)) {
		const stored = await storeOne(
			executor,
			{ ...run, context: embeddedContext },
			embedded.raw,
			{
				parentId: objectId,
				parentType: type,
				runId: options.runId,
				expectedType: embedded.type,
				foundAt: id,
				position: embedded.position
			},
			problems
		);
		if (stored.objectId) kept.push(stored.objectId);
	}
	if (existing && !existing.placeholder) await dropVanishedChildren(executor, run, objectId, kept);

	await writeProjection(
		executor,
		embeddedContext,
		{
			objectId,
			type,
			reader,
			bodyId,
			parent: await parentOf(executor, options),
			position: options.position
		},
		problems
	);
	run.result.changedObjectIds.push(objectId);
	if (type === 'file') run.result.fileObjectIds.push(objectId);
	run.result.written += 1;
	return {
		objectId,
		type,
		outcome: existing && !existing.placeholder ? 'updated' : 'created'
	};
}

/** `deleted: true`: the row is kept (marked) with its tombstone JSON, projections go. */
async function storeTombstone(
	executor: OparlExecutor,
	run: Run,
	reader: FieldReader,
	hash: string,
	existing:
		{ id: string; type: OparlObjectType; contentHash: string | null; deleted: boolean } | undefined,
	options: StoreOparlObjectOptions
): Promise<Stored> {
	const type = existing?.type ?? oparlTypeFromUri(reader.raw.type) ?? options.expectedType ?? null;
	if (!type) {
		reader.problems.push({
			kind: 'missing_type',
			url: reader.objectUrl,
			message: 'Gelöschtes Objekt ohne Typ an unbekannter Stelle; übersprungen'
		});
		return { objectId: null, type: null, outcome: 'skipped' };
	}
	if (existing?.deleted && existing.contentHash === hash) {
		return { objectId: existing.id, type, outcome: 'unchanged' };
	}
	const values = {
		type,
		deleted: true,
		placeholder: false,
		raw: reader.raw,
		contentHash: hash,
		created: reader.dateTime('created', true),
		modified: reader.dateTime('modified', true),
		fetchedAt: new Date(),
		lastSeenRunId: options.runId ?? null
	};
	const [row] = await executor
		.insert(oparlObject)
		.values({
			sourceId: run.context.sourceId,
			oparlId: reader.objectUrl,
			bodyId: type === 'body' || type === 'system' ? null : run.context.bodyId,
			parentId: options.parentId ?? null,
			...values
		})
		.onConflictDoUpdate({ target: [oparlObject.sourceId, oparlObject.oparlId], set: values })
		.returning({ id: oparlObject.id });
	const objectId = row!.id;
	run.context.known?.set(reader.objectUrl, {
		id: objectId,
		type,
		contentHash: hash,
		deleted: true,
		placeholder: false
	});
	await markDeleted(executor, run, [{ id: objectId, type }]);
	return { objectId, type, outcome: 'deleted' };
}

/**
 * Marks objects and everything embedded in them deleted and removes their projections
 * (the agenda items of a deleted meeting must not stay on the pages).
 */
async function markDeleted(
	executor: OparlExecutor,
	run: Run,
	objects: { id: string; type: OparlObjectType }[]
): Promise<void> {
	let level = objects;
	while (level.length > 0) {
		await deleteProjections(executor, level);
		for (const object of level) run.result.changedObjectIds.push(object.id);
		run.result.deleted += level.length;
		level = await executor
			.update(oparlObject)
			.set({ deleted: true })
			.where(
				and(
					inArray(
						oparlObject.parentId,
						level.map((object) => object.id)
					),
					eq(oparlObject.deleted, false)
				)
			)
			.returning({ id: oparlObject.id, type: oparlObject.type });
	}
}

/** Owned embedded objects (agenda items, consultations …) the parent no longer lists. */
async function dropVanishedChildren(
	executor: OparlExecutor,
	run: Run,
	parentId: string,
	kept: string[]
): Promise<void> {
	const conditions = [
		eq(oparlObject.parentId, parentId),
		eq(oparlObject.deleted, false),
		eq(oparlObject.placeholder, false),
		inArray(oparlObject.type, [...OWNED_EMBEDDED_TYPES])
	];
	if (kept.length > 0) conditions.push(notInArray(oparlObject.id, kept));
	const vanished = await executor
		.update(oparlObject)
		.set({ deleted: true })
		.where(and(...conditions))
		.returning({ id: oparlObject.id, type: oparlObject.type });
	if (vanished.length > 0) await markDeleted(executor, run, vanished);
}

async function lookUp(
	executor: OparlExecutor,
	context: OparlStoreContext,
	id: string
): Promise<KnownObject | undefined> {
	const known = context.known?.get(id);
	if (known !== undefined) return known ?? undefined;
	const [row] = await executor
		.select({
			id: oparlObject.id,
			type: oparlObject.type,
			contentHash: oparlObject.contentHash,
			deleted: oparlObject.deleted,
			placeholder: oparlObject.placeholder
		})
		.from(oparlObject)
		.where(and(eq(oparlObject.sourceId, context.sourceId), eq(oparlObject.oparlId, id)));
	return row;
}

async function parentOf(
	executor: OparlExecutor,
	options: InnerOptions
): Promise<{ id: string; type: OparlObjectType } | null> {
	if (!options.parentId) return null;
	if (options.parentType) return { id: options.parentId, type: options.parentType };
	const [parent] = await executor
		.select({ id: oparlObject.id, type: oparlObject.type })
		.from(oparlObject)
		.where(eq(oparlObject.id, options.parentId));
	return parent ?? null;
}

/** The imported body an object names in its `body` field, when the caller did not say. */
async function bodyIdFromReference(
	executor: OparlExecutor,
	sourceId: string,
	reader: FieldReader
): Promise<string | null> {
	const url = typeof reader.raw.body === 'string' ? reader.url('body') : null;
	if (!url) return null;
	const [found] = await executor
		.select({ id: oparlBody.objectId })
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.where(and(eq(oparlBody.sourceId, sourceId), eq(oparlObject.oparlId, url)));
	return found?.id ?? null;
}
