import type { SessionUser } from '../../auth/types';
import { formError, parseFormData } from '../../forms/parse-form';
import { SlugTakenError } from '../errors';
import { renderMarkdown } from '../render-markdown';
import { sitePageInput } from './page-input';
import { saveCustomPage } from './site-page-service';

/** The page editor's save action, shared by "new" and "edit". */
export async function savePageForm(options: {
	actor: SessionUser;
	formData: FormData;
	pageId?: string;
	ip: string;
}) {
	const parsed = parseFormData(options.formData, sitePageInput);
	if (!parsed.ok) return { ok: false as const, failure: parsed.failure };
	try {
		const saved = await saveCustomPage({
			actor: options.actor,
			pageId: options.pageId,
			input: parsed.data,
			ip: options.ip
		});
		return { ok: true as const, id: saved.id };
	} catch (caught) {
		if (!(caught instanceof SlugTakenError)) throw caught;
		return {
			ok: false as const,
			failure: formError(400, caught.message, options.formData, { slug: [caught.message] })
		};
	}
}

/** The rendered body without saving; works without JavaScript. */
export function previewPageForm(formData: FormData) {
	const parsed = parseFormData(formData, sitePageInput);
	if (!parsed.ok) return parsed.failure;
	return { preview: renderMarkdown(parsed.data.body), values: parsed.values };
}
