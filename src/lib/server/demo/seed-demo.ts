import { seedAccounts } from './seed-accounts';
import { seedAudit } from './seed-audit';
import { seedDirectory } from './seed-directory';
import { seedDiscussions } from './seed-discussions';
import { seedEvents } from './seed-events';
import { seedJoinRequests } from './seed-join-requests';
import { seedNewsletters } from './seed-newsletters';
import { seedLandtag } from './seed-landtag';
import { seedMotions } from './seed-motions';
import { seedNews } from './seed-news';
import { seedOparlMatching } from './seed-oparl-matching';
import { seedPages } from './seed-pages';
import { seedRatsinfo } from './seed-ratsinfo';
import type { DemoContext, DemoSeed } from './types';

/**
 * Every capability's demo content, in order: accounts first, because later seeds act as them.
 * A new feature adds its `seed-<feature>.ts` here, keeps its fictional data in `data/<feature>.ts`
 * and lists what of it is private in private-values.ts.
 */
export const DEMO_SEEDS: readonly DemoSeed[] = [
	seedAccounts,
	seedPages,
	seedNews,
	seedAudit,
	seedDirectory,
	seedDiscussions,
	seedEvents,
	seedMotions,
	seedLandtag,
	seedJoinRequests,
	seedNewsletters,
	seedRatsinfo,
	seedOparlMatching
];

/** Fills an instance with fictional content. Idempotent; never call it outside demo mode. */
export async function seedDemo(): Promise<DemoContext> {
	const ctx: DemoContext = { accounts: new Map() };
	for (const seed of DEMO_SEEDS) {
		try {
			await seed.seed(ctx);
		} catch (error) {
			throw new Error(`Demo-Inhalte „${seed.name}“ konnten nicht angelegt werden`, {
				cause: error
			});
		}
	}
	return ctx;
}

// Also importable without the seeding code (and its database imports) from './private-values'.
export { DEMO_PRIVATE_VALUES } from './private-values';
