import { z } from 'zod';
import { ACCOUNT_ROLES } from '$lib/shared/roles';

/** The people list's filters from the query string; anything odd falls back to "all". */
export const peopleFilters = z.object({
	suche: z.string().trim().max(200).optional().catch(undefined),
	rolle: z.enum(ACCOUNT_ROLES).optional().catch(undefined),
	status: z.enum(['aktiv', 'deaktiviert']).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)
});
