import { z } from 'zod';
import { SLUG_PATTERN } from '../../../shared/content';
import { requiredText } from '../../../shared/validation';
import { contentBody } from '../news/news-input';

export const SITE_PAGE_BODY_MAX_LENGTH = 50_000;

/** A board-made page's fields; the address is required so it is chosen, not guessed. */
export const sitePageInput = z.object({
	title: requiredText('einen Titel', 200),
	slug: z
		.string({ error: 'Bitte eine Adresse angeben.' })
		.trim()
		.toLowerCase()
		.min(1, 'Bitte eine Adresse angeben.')
		.max(80, 'Die Adresse darf höchstens 80 Zeichen lang sein.')
		.regex(SLUG_PATTERN, 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „ueber-uns“.'),
	description: z
		.string()
		.trim()
		.max(300, 'Die Kurzbeschreibung darf höchstens 300 Zeichen lang sein.')
		.optional()
		.transform((value) => value ?? ''),
	body: contentBody(SITE_PAGE_BODY_MAX_LENGTH)
});

export type SitePageInput = z.infer<typeof sitePageInput>;
