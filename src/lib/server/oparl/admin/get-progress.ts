import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { requireSource } from './find-source';
import { latestRuns } from './get-source';

/**
 * What the live panel polls: the source's newest run (running or just finished). Small on
 * purpose: it is fetched every few seconds while a run goes on.
 */
export async function getOparlSyncProgress(options: {
	actor: SessionUser | null;
	sourceId: string;
	now?: Date;
}) {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const [run] = await latestRuns(source.id, 1, options.now);
	return {
		run: run ?? null,
		lastSuccessfulSyncAt: source.lastSuccessfulSyncAt?.toISOString() ?? null
	};
}
