import type { OparlObjectType, OparlProblemKind } from '$lib/shared/oparl';
import type { Database } from '../../db';
import type { KnownObjects } from './known-objects';

/**
 * The database or a transaction: the sync writes a list page and its cursor in one transaction,
 * tests and seeds may pass `db` itself.
 */
export type OparlExecutor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** Where objects are stored: the source, and the imported body lists are read for. */
export interface OparlStoreContext {
	sourceId: string;
	/**
	 * `oparl_body.objectId` of the body whose lists are being read; null while storing the
	 * System and the Body list. Objects without it fall back to their own `body` reference.
	 */
	bodyId: string | null;
	/**
	 * Problems reported once per run rather than once per object (vendor fields occur on every
	 * membership of a Sternberg server): keys already reported. Shared by the calls of one run.
	 */
	reportedOnce?: Set<string>;
	/**
	 * Stored state of the objects about to be stored (`loadKnownObjects`), so a page costs one
	 * lookup instead of one per object. Ids missing from it are looked up one by one.
	 */
	known?: KnownObjects;
}

export interface StoreOparlObjectOptions {
	/** The object this one came embedded in (`oparl_object.id`). */
	parentId?: string | null;
	/** The sync run storing it: problems are filed under it and it becomes `lastSeenRunId`. */
	runId?: string | null;
	/**
	 * The type the place it came from implies (a paper list, a `mainFile` field): tombstones and
	 * objects without `type` are stored as this type.
	 */
	expectedType?: OparlObjectType;
	/** Where the object was found (list page URL), for problems about objects without an id. */
	foundAt?: string;
	/** Position in the embedding list (agenda items without `order`). */
	position?: number;
}

export type StoreOutcome = 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped';

export interface StoreOparlObjectResult {
	/** `oparl_object.id`; null when the object could not be stored at all (no usable id/type). */
	objectId: string | null;
	type: OparlObjectType | null;
	outcome: StoreOutcome;
	/**
	 * Every object whose stored state changed in this call (this one, embedded ones, children
	 * marked deleted): what the search index must re-read.
	 */
	changedObjectIds: string[];
	/** Files written in this call (this one or embedded): candidates for download. */
	fileObjectIds: string[];
	/** Objects newly written (created or updated), including embedded ones. */
	written: number;
	/** Objects marked deleted, including embedded children of a tombstone. */
	deleted: number;
	problems: number;
}

/** A problem found while reading an object, before it is written. */
export interface ProblemDraft {
	kind: OparlProblemKind;
	url: string;
	message: string;
	details?: Record<string, unknown>;
}
