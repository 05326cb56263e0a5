import { renderMarkdown } from '../content/render-markdown';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';

/** Far above any motion; keeps a pasted novel from tying up the server. */
export const MARKDOWN_PREVIEW_MAX_CHARS = 200_000;

export class MarkdownPreviewError extends Error {
	constructor(
		readonly status: 413 | 429,
		message: string
	) {
		super(message);
		this.name = 'MarkdownPreviewError';
	}
}

/**
 * The editor's "Vorschau": the same `renderMarkdown()` (and sanitising) the saved text gets, so
 * what the preview shows is what the page will show. For the network's writers only.
 */
export async function previewMarkdown(
	actor: SessionUser | null,
	input: { text: string; topHeadingLevel: number }
): Promise<string> {
	assertCan(actor, 'network.contribute');
	if (input.text.length > MARKDOWN_PREVIEW_MAX_CHARS)
		throw new MarkdownPreviewError(413, 'Der Text ist für eine Vorschau zu lang.');
	const { allowed } = await hitRateLimit(RATE_LIMITS.markdownPreview, actor.id);
	if (!allowed)
		throw new MarkdownPreviewError(
			429,
			'Sehr viele Vorschauen in kurzer Zeit. Bitte versuchen Sie es in einigen Minuten wieder.'
		);
	if (!input.text.trim()) return '';
	return renderMarkdown(input.text, { topHeadingLevel: input.topHeadingLevel });
}
