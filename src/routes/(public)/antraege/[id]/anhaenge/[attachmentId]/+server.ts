import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { storedFileDownload } from '$lib/server/files/download-response';
import { AttachmentNotFoundError } from '$lib/server/motions/attachments/attachment-errors';
import { openAttachment } from '$lib/server/motions/attachments/open-attachment';

/**
 * An attachment of a motion, for whoever reads the motion (404 alike for a hidden draft and an
 * unknown id). A draft's file must not stay in a shared cache; the browser may revalidate.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	let file;
	try {
		file = await openAttachment(event.locals.user, event.params.id, event.params.attachmentId);
	} catch (caught) {
		if (caught instanceof AttachmentNotFoundError) error(404, caught.message);
		throw caught;
	}
	return storedFileDownload(file, { private: true });
}
