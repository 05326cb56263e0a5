/** Labels and limits of the public site's content (news, pages), for server and browser. */
export const CONTENT_STATUSES = ['draft', 'published'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
	draft: 'Entwurf',
	published: 'Veröffentlicht'
};

export const NEWS_PAGE_SIZE = 10;
export const NEWS_BODY_MAX_LENGTH = 50_000;
export const NEWS_TEASER_MAX_LENGTH = 400;
export const NEWS_MAX_TAGS = 8;

/** Lower-case words, digits and single hyphens: what a slug in an address may hold. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tags as typed ("Haushalt, Klimaschutz") → trimmed, de-duplicated (case-insensitively). */
export function parseTags(input: string): string[] {
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const raw of input.split(',')) {
		const tag = raw.trim().replace(/\s+/g, ' ');
		if (!tag || seen.has(tag.toLowerCase())) continue;
		seen.add(tag.toLowerCase());
		tags.push(tag);
	}
	return tags;
}
