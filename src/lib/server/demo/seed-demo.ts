import { seedAccounts } from './seed-accounts';
import { seedAudit } from './seed-audit';
import { seedPages } from './seed-pages';
import type { DemoContext, DemoSeed } from './types';

/**
 * Every capability's demo content, in order: accounts first, because later seeds act as them.
 * A new feature adds its `seed-<feature>.ts` here (before the audit seed if it logs nothing itself).
 */
export const DEMO_SEEDS: readonly DemoSeed[] = [seedAccounts, seedPages, seedAudit];

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

/**
 * Everything the demo stores that must never be visible to the public: the anonymous privacy
 * crawl (tests/e2e) asserts that no public page contains any of these strings.
 */
export const DEMO_PRIVATE_VALUES: readonly string[] = DEMO_SEEDS.flatMap(
	(seed) => seed.privateValues
);
