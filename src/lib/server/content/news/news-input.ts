import { z } from 'zod';
import {
	NEWS_BODY_MAX_LENGTH,
	NEWS_MAX_TAGS,
	NEWS_TEASER_MAX_LENGTH,
	SLUG_PATTERN,
	parseTags
} from '../../../shared/content';
import { requiredText } from '../../../shared/validation';
import { markdownImageProblems } from '../images/markdown-images';

const SHA256 = /^[0-9a-f]{64}$/;

const optionalText = (label: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`)
		.optional()
		.transform((value) => value || null);

/** A body in Markdown whose images are ours and described (alt text). */
export const contentBody = (max: number) =>
	z
		.string({ error: 'Bitte einen Text eingeben.' })
		.trim()
		.min(1, 'Bitte einen Text eingeben.')
		.max(max, `Der Text darf höchstens ${max} Zeichen lang sein.`)
		.superRefine((value, context) => {
			for (const message of markdownImageProblems(value))
				context.addIssue({ code: 'custom', message });
		});

export const optionalSlug = z
	.string()
	.trim()
	.toLowerCase()
	.max(80, 'Die Adresse darf höchstens 80 Zeichen lang sein.')
	.refine((value) => value === '' || SLUG_PATTERN.test(value), {
		message: 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „haushalt-2027“.'
	})
	.optional()
	.transform((value) => value || null);

/** The news editor's fields; the cover needs its alt text, like every image. */
export const newsPostInput = z
	.object({
		title: requiredText('einen Titel', 200),
		slug: optionalSlug,
		teaser: requiredText('einen Anreißer', NEWS_TEASER_MAX_LENGTH),
		body: contentBody(NEWS_BODY_MAX_LENGTH),
		tags: z
			.string()
			.optional()
			.transform((value) => parseTags(value ?? ''))
			.pipe(
				z
					.array(z.string().max(40, 'Ein Schlagwort darf höchstens 40 Zeichen lang sein.'))
					.max(NEWS_MAX_TAGS, `Höchstens ${NEWS_MAX_TAGS} Schlagwörter.`)
			),
		byline: optionalText('Die Autorenzeile', 200),
		authorIds: z
			.union([z.string(), z.array(z.string())])
			.optional()
			.transform((value) => [...new Set([value ?? []].flat().filter(Boolean))]),
		coverImage: z
			.string()
			.trim()
			.optional()
			.transform((value) => value || null)
			.refine((value) => value === null || SHA256.test(value), {
				message: 'Dieses Bild gibt es nicht.'
			}),
		coverImageAlt: optionalText('Der Alternativtext', 300)
	})
	.superRefine((value, context) => {
		if (value.coverImage && !value.coverImageAlt) {
			context.addIssue({
				code: 'custom',
				path: ['coverImageAlt'],
				message: 'Bitte beschreiben Sie das Titelbild für Menschen, die es nicht sehen.'
			});
		}
	});

export type NewsPostInput = z.infer<typeof newsPostInput>;
