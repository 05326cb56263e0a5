import { requireAccess } from '$lib/server/auth/policy';
import { collectPersonalData } from '$lib/server/privacy/collect-personal-data';

/** The person's data as a JSON file to keep (GDPR Art. 15 and 20). */
export async function GET(event) {
	const actor = requireAccess(event, 'account.manage');
	const data = await collectPersonalData({ actor, ip: event.getClientAddress() });
	const day = data.exportedAt.toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="kommunalnetz-meine-daten-${day}.json"`,
			// Personal data: never kept by a shared cache or the browser's back button.
			'cache-control': 'no-store'
		}
	});
}
