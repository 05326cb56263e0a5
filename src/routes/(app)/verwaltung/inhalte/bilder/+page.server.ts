import { fail } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { FileRejectedError } from '$lib/server/files/errors';
import {
	listContentImages,
	uploadContentImage
} from '$lib/server/content/images/upload-content-image';

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	return { images: await listContentImages(user) };
}

export const actions = {
	default: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const formData = await event.request.formData();
		const file = formData.get('file');
		const alt = String(formData.get('alt') ?? '').trim();
		const values = { alt };
		const errors: Record<string, string[]> = {};
		if (!(file instanceof File) || file.size === 0) errors.file = ['Bitte ein Bild auswählen.'];
		if (!alt) errors.alt = ['Bitte beschreiben Sie, was auf dem Bild zu sehen ist.'];
		if (alt.length > 300) errors.alt = ['Höchstens 300 Zeichen.'];
		if (Object.keys(errors).length > 0) return fail(400, { errors, values });
		try {
			const image = await uploadContentImage({
				actor: user,
				bytes: new Uint8Array(await (file as File).arrayBuffer()),
				alt,
				ip: event.getClientAddress()
			});
			return { uploaded: image };
		} catch (caught) {
			if (!(caught instanceof FileRejectedError)) throw caught;
			const rejected: Record<string, string[]> = { file: [caught.message] };
			return fail(400, { errors: rejected, values });
		}
	}
};
