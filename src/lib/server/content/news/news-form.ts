import { fail, type ActionFailure } from '@sveltejs/kit';
import type { SessionUser } from '../../auth/types';
import { FileRejectedError } from '../../files/errors';
import { formError, parseFormData, type FormFailure } from '../../forms/parse-form';
import { SlugTakenError, UnknownAuthorError, UnknownImageError } from '../errors';
import { contentImageAlt, uploadContentImage } from '../images/upload-content-image';
import { newsPostInput } from './news-input';
import { saveNewsPost } from './save-news-post';

/**
 * The news editor's save: an optional new cover picture comes in the same form (so nothing typed
 * is lost to a separate upload), is stored first and then chosen as the cover.
 */
type Failure = ActionFailure<FormFailure & { authorIds: string[] }>;

export async function saveNewsPostForm(options: {
	actor: SessionUser;
	formData: FormData;
	postId?: string;
	ip: string;
}): Promise<{ ok: true; id: string } | { ok: false; failure: Failure }> {
	const result = await save(options);
	if (result.ok) return result;
	// Form values keep one value per name; the author checkboxes need all of them back.
	const authorIds = options.formData.getAll('authorIds').map(String);
	return { ok: false, failure: fail(result.failure.status, { ...result.failure.data, authorIds }) };
}

async function save(options: {
	actor: SessionUser;
	formData: FormData;
	postId?: string;
	ip: string;
}): Promise<{ ok: true; id: string } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const { formData } = options;
	const file = formData.get('coverFile');
	if (file instanceof File && file.size > 0) {
		const alt = String(formData.get('coverImageAlt') ?? '').trim();
		if (!alt) {
			return {
				ok: false,
				failure: formError(400, 'Bitte prüfen Sie die markierten Felder.', formData, {
					coverImageAlt: ['Bitte beschreiben Sie das Titelbild für Menschen, die es nicht sehen.']
				})
			};
		}
		try {
			const image = await uploadContentImage({
				actor: options.actor,
				bytes: new Uint8Array(await file.arrayBuffer()),
				alt,
				ip: options.ip
			});
			formData.set('coverImage', image.sha256);
		} catch (caught) {
			if (!(caught instanceof FileRejectedError)) throw caught;
			return {
				ok: false,
				failure: formError(400, caught.message, formData, { coverFile: [caught.message] })
			};
		}
	}
	formData.delete('coverFile');
	// A picture from the library brings the description given at its upload.
	const chosen = String(formData.get('coverImage') ?? '').trim();
	if (chosen && !String(formData.get('coverImageAlt') ?? '').trim()) {
		const alt = /^[0-9a-f]{64}$/.test(chosen) ? await contentImageAlt(chosen) : null;
		if (alt) formData.set('coverImageAlt', alt);
	}
	const parsed = parseFormData(formData, newsPostInput);
	if (!parsed.ok) return parsed;
	try {
		const saved = await saveNewsPost({
			actor: options.actor,
			postId: options.postId,
			input: parsed.data,
			ip: options.ip
		});
		return { ok: true, id: saved.id };
	} catch (caught) {
		if (caught instanceof SlugTakenError) {
			return {
				ok: false,
				failure: formError(400, caught.message, formData, { slug: [caught.message] })
			};
		}
		if (caught instanceof UnknownImageError || caught instanceof UnknownAuthorError) {
			return { ok: false, failure: formError(400, caught.message, formData) };
		}
		throw caught;
	}
}
