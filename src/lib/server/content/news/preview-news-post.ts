import { fail } from '@sveltejs/kit';
import { formValues } from '../../forms/parse-form';
import { renderMarkdown } from '../render-markdown';
import { markdownImageProblems } from '../images/markdown-images';

/** The editor's preview: the body as it will look, nothing saved; works without JavaScript. */
export function previewNewsPost(formData: FormData) {
	const values = formValues(formData);
	const authorIds = formData.getAll('authorIds').map(String);
	const body = values.body ?? '';
	const problems = markdownImageProblems(body);
	if (!body.trim() || problems.length > 0) {
		return fail(400, {
			errors: { body: problems.length > 0 ? problems : ['Bitte einen Text eingeben.'] },
			values,
			authorIds
		});
	}
	return { preview: renderMarkdown(body), values, authorIds };
}
