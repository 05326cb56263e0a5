import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { requireAccess } from '$lib/server/auth/policy';
import { contentDisposition } from '$lib/server/files/content-disposition';
import { openFileStream } from '$lib/server/files/file-store';
import { AttachmentNotFoundError } from '$lib/server/motions/attachments/attachment-errors';
import { openAttachment } from '$lib/server/motions/attachments/open-attachment';

/**
 * An attachment of a motion, for whoever reads the motion (404 alike for a hidden draft and an
 * unknown id). Always a download with the type detected from the content and no sniffing, so a
 * file can never run as a page of this site.
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
	const stream = openFileStream(file.sha256);
	return new Response(Readable.toWeb(stream) as ReadableStream, {
		headers: {
			'Content-Type': file.mediaType,
			'Content-Length': String(file.size),
			'Content-Disposition': contentDisposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			// A draft's file must not stay in a shared cache; the browser may revalidate.
			'Cache-Control': 'private, no-cache',
			'Content-Security-Policy': "default-src 'none'; sandbox"
		}
	});
}
