import { db } from '../../db';
import { enqueueOparlFileDownloads } from '../files/enqueue-downloads';
import { runMatching } from '../matching/run-matching';
import { indexOparlObjects } from '../search/index-oparl-objects';
import type { OparlExecutor } from '../store/types';

/** What other parts of council watch do with what a sync wrote. */
export interface SyncHooks {
	/**
	 * In the transaction that wrote a page: the search index follows the objects, and new or
	 * moved files are queued for download (the job waits for the commit).
	 */
	afterPage(
		executor: OparlExecutor,
		page: { changedObjectIds: string[]; fileObjectIds: string[] }
	): Promise<void>;
	/** Once the lists are through (whatever their outcome): matching to the directory. */
	afterRun(sourceId: string): Promise<void>;
}

export const defaultSyncHooks: SyncHooks = {
	async afterPage(executor, page) {
		if (page.changedObjectIds.length > 0) await indexOparlObjects(executor, page.changedObjectIds);
		if (page.fileObjectIds.length > 0)
			await enqueueOparlFileDownloads(executor, page.fileObjectIds);
	},
	async afterRun(sourceId) {
		await db.transaction((tx) => runMatching(tx, sourceId));
	}
};
