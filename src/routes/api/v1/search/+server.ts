import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { requireApiAccess } from '$lib/server/auth/policy';
import { search } from '$lib/server/search/search';
import { SEARCH_TYPES } from '$lib/shared/search';

const searchParams = z.object({
	q: z.string().max(200, 'Der Suchbegriff ist zu lang (höchstens 200 Zeichen).').default(''),
	type: z
		.enum(SEARCH_TYPES, { message: `Unbekannter Typ. Möglich: ${SEARCH_TYPES.join(', ')}.` })
		.optional(),
	page: z.coerce
		.number({ message: 'Die Seite muss eine Zahl sein.' })
		.int('Die Seite muss eine ganze Zahl sein.')
		.min(1, 'Die Seite beginnt bei 1.')
		.max(10_000, 'So viele Seiten gibt es nicht.')
		.default(1)
});

/** The one search (DESIGN.md contract); what it returns depends on who asks. */
export async function GET(event) {
	requireApiAccess(event, 'public.read');
	const params = Object.fromEntries(
		[...event.url.searchParams].filter(([, value]) => value !== '')
	);
	const parsed = searchParams.safeParse(params);
	if (!parsed.success) error(400, parsed.error.issues[0]?.message ?? 'Ungültige Anfrage');
	const result = await search({
		actor: event.locals.user,
		query: parsed.data.q,
		type: parsed.data.type,
		page: parsed.data.page
	});
	// Answers differ per caller: no shared cache may keep one for another.
	return json(result, { headers: { 'cache-control': 'private, no-store', vary: 'cookie' } });
}
