import { requireAccess } from '$lib/server/auth/policy';
import { exportDirectory } from '$lib/server/directory-import/export-directory';
import { csvDownload } from '$lib/server/files/download-response';

/** The board's CSV of every person and mandate (all contact data: board only, audit-logged). */
export async function GET(event) {
	const user = requireAccess(event, 'admin.export');
	const file = await exportDirectory({ user, ip: event.getClientAddress() });
	return csvDownload(file);
}
