import { storeOparlPage } from './store-page';
import type {
	OparlExecutor,
	OparlStoreContext,
	StoreOparlObjectOptions,
	StoreOparlObjectResult
} from './types';

/**
 * Stores one raw OParl object as the server sent it, with its embedded objects, its typed
 * projection and placeholders for what it references: a page of one (see storeOparlPage, which
 * the sync uses for whole list pages). Bad data never throws: what is wrong is filed as a
 * problem under the run and the rest is kept. An object whose content hash is unchanged is not
 * written again (nor are the objects embedded in it).
 *
 * Call it inside a transaction: an object and its embedded objects are several statements.
 */
export async function storeOparlObject(
	executor: OparlExecutor,
	context: OparlStoreContext,
	raw: unknown,
	options: StoreOparlObjectOptions = {}
): Promise<StoreOparlObjectResult> {
	const { parentId, expectedType, position, runId, foundAt } = options;
	const stored = await storeOparlPage(
		executor,
		context,
		[{ raw, parentId, expectedType, position }],
		{ runId, foundAt }
	);
	const [item] = stored.items;
	return {
		objectId: item!.objectId,
		type: item!.type,
		outcome: item!.outcome,
		changedObjectIds: stored.changedObjectIds,
		fileObjectIds: stored.fileObjectIds,
		written: stored.written,
		deleted: stored.deleted,
		problems: stored.problems
	};
}
