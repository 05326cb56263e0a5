import { z } from 'zod';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { listAuditActions, listAuditLog } from '$lib/server/audit/list-audit-log';

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined);

/** Filters from the query string; anything odd is ignored rather than failing the page. */
const auditFilters = z.object({
	aktion: z.string().max(100).optional().catch(undefined),
	person: text,
	ziel: text,
	von: day,
	bis: day,
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)
});

export async function load(event) {
	const actor = requireAccess(event, 'admin.audit');
	const filters = auditFilters.parse(Object.fromEntries(event.url.searchParams));
	const log = await listAuditLog({
		actor,
		filter: {
			action: filters.aktion,
			actor: filters.person,
			target: filters.ziel,
			from: filters.von,
			to: filters.bis
		},
		page: filters.seite
	});
	return {
		log: { ...log, pageCount: Math.max(1, Math.ceil(log.total / log.pageSize)) },
		actions: await listAuditActions({ actor }),
		filters: {
			aktion: filters.aktion ?? '',
			person: filters.person ?? '',
			ziel: filters.ziel ?? '',
			von: filters.von ?? '',
			bis: filters.bis ?? ''
		},
		demoBoard: skipsTwoFactorForDemo(actor)
	};
}
