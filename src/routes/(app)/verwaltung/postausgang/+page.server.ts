import { requireAccess } from '$lib/server/auth/policy';
import { env } from '$lib/server/config/env';
import { listMail, outboxFilters } from '$lib/server/mail/list-mail';

export async function load(event) {
	const user = requireAccess(event, 'admin.outbox');
	const filters = outboxFilters.parse(Object.fromEntries(event.url.searchParams));
	const list = await listMail({ actor: user, filters });
	return {
		list,
		filters: {
			status: filters.status ?? '',
			kategorie: filters.kategorie ?? '',
			suche: filters.suche ?? ''
		},
		smtpConfigured: Boolean(env().SMTP_URL)
	};
}
