import type { AccountRole } from '../../shared/roles';

export interface DemoAccount {
	/** Short handle later seeds use to refer to the account, e.g. `ctx.accounts.get('mitglied')`. */
	key: 'vorstand' | 'fraktion' | 'mitglied' | 'interessiert';
	email: string;
	name: string;
	role: AccountRole;
}

/** What earlier seeds hand to later ones (accounts to act as, ids to link to). */
export interface DemoContext {
	accounts: Map<DemoAccount['key'], { id: string; email: string; name: string }>;
}

/**
 * One capability's demo content. `seed` must be idempotent: an interrupted seeding is resumed
 * on the next start by running every seed again.
 */
export interface DemoSeed {
	name: string;
	seed(ctx: DemoContext): Promise<void>;
}
