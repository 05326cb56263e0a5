import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { requireApiAccess } from '$lib/server/auth/policy';
import { MarkdownPreviewError, previewMarkdown } from '$lib/server/motions/markdown-preview';

const body = z.object({
	text: z.string(),
	topHeadingLevel: z.number().int().min(1).max(6).default(2)
});

/** POST `{ text, topHeadingLevel }` → `{ html }`: the Markdown editor's preview tab. */
export async function POST(event) {
	const actor = requireApiAccess(event, 'network.contribute');
	let input: z.infer<typeof body>;
	try {
		input = body.parse(await event.request.json());
	} catch {
		error(400, 'Erwartet wird JSON mit dem Feld „text“.');
	}
	try {
		return json({ html: await previewMarkdown(actor, input) });
	} catch (caught) {
		if (caught instanceof MarkdownPreviewError) error(caught.status, caught.message);
		throw caught;
	}
}
