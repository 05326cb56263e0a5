import { z } from 'zod';
import { MEMBERSHIP_ROLES } from '$lib/shared/directory';

const id = z.uuid().optional().catch(undefined);

/** The directory's filters from the query string; anything odd falls back to "all". */
export const directoryFilters = z.object({
	suche: z.string().trim().max(200).optional().catch(undefined),
	gebiet: z
		.string()
		.regex(/^\d{2}(\d{3}(\d{3})?)?$/)
		.optional()
		.catch(undefined),
	gremium: id,
	fraktion: id,
	thema: id,
	funktion: z.enum(MEMBERSHIP_ROLES).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)
});
