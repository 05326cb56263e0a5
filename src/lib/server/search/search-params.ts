import { z } from 'zod';
import { EVENT_STATUSES } from '$lib/shared/events';
import { MOTION_STATUSES, MOTION_TYPES } from '$lib/shared/motions';
import {
	SEARCH_SORTS,
	SEARCH_TYPES,
	type SearchFilters,
	type SearchSort,
	type SearchType
} from '$lib/shared/search';

/** Letters, digits and the punctuation of paper types ("Antrag (Fraktion)", "Mitteilung/Anfrage"). */
const KIND_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .,:;/()&+'’–-]{0,79}$/u;

/** Motion statuses, and the event statuses that also stand for council meetings (abgesagt). */
const STATUSES = [...MOTION_STATUSES, ...EVENT_STATUSES] as const;

const list = <T extends z.ZodType>(item: T) =>
	z.array(item).max(20, 'Zu viele Werte für einen Filter.');

const searchParamsSchema = z.object({
	q: z.string().max(200, 'Der Suchbegriff ist zu lang (höchstens 200 Zeichen).').default(''),
	type: z
		.enum(SEARCH_TYPES, { message: `Unbekannter Typ. Möglich: ${SEARCH_TYPES.join(', ')}.` })
		.optional(),
	page: z.coerce
		.number({ message: 'Die Seite muss eine Zahl sein.' })
		.int('Die Seite muss eine ganze Zahl sein.')
		.min(1, 'Die Seite beginnt bei 1.')
		.max(10_000, 'So viele Seiten gibt es nicht.')
		.default(1),
	sort: z.enum(SEARCH_SORTS, { message: 'Sortierung: relevance oder date.' }).optional(),
	// Motion types and event kinds are fixed words; council papers bring their own (Beschlussvorlage,
	// Mitteilung …, as each council information system names them).
	kind: list(
		z
			.string()
			.regex(
				KIND_PATTERN,
				`Unbekannte Art. Möglich: ${MOTION_TYPES.join(', ')}, eine Veranstaltungsart oder die Art einer Ratsvorlage.`
			)
	),
	status: list(
		z.enum(STATUSES, {
			message: `Unbekannter Stand. Möglich: ${STATUSES.join(', ')}.`
		})
	),
	topic: list(
		z.string().regex(/^[\p{L}\p{N}-]{1,80}$/u, 'Ein Thema wird mit seinem Kürzel angegeben.')
	),
	district: list(
		z
			.string()
			.regex(/^\d{5}$/, 'Ein Kreis wird mit seinem fünfstelligen Schlüssel (AGS) angegeben.')
	),
	council: list(z.uuid('Eine Körperschaft wird mit ihrer Kennung angegeben.')),
	councilType: list(z.string().min(1).max(60, 'Die Art der Vertretung ist zu lang.')),
	year: list(
		z.coerce
			.number({ message: 'Das Jahr muss eine Zahl sein.' })
			.int('Das Jahr muss eine ganze Zahl sein.')
			.min(1990, 'Das Jahr liegt zu weit zurück.')
			.max(2100, 'Das Jahr liegt zu weit in der Zukunft.')
	)
});

export interface SearchParams {
	q: string;
	type?: SearchType;
	page: number;
	sort?: SearchSort;
	filters: SearchFilters;
}

const LIST_KEYS = [
	'kind',
	'status',
	'topic',
	'district',
	'council',
	'councilType',
	'year'
] as const;

/**
 * The search's query string, shared by `GET /api/v1/search` and the search page: filters may
 * repeat (`kind=motion&kind=inquiry`) or list values with commas (`kind=motion,inquiry`).
 * Empty values count as absent. Errors come back as one German sentence.
 */
export function parseSearchParams(
	params: URLSearchParams
): { ok: true; value: SearchParams } | { ok: false; message: string } {
	const raw: Record<string, unknown> = {};
	for (const key of ['q', 'type', 'page', 'sort']) {
		const value = params.get(key);
		if (value !== null && value !== '') raw[key] = value;
	}
	for (const key of LIST_KEYS) {
		raw[key] = params
			.getAll(key)
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.filter((value) => value !== '');
	}
	const parsed = searchParamsSchema.safeParse(raw);
	if (!parsed.success)
		return { ok: false, message: parsed.error.issues[0]?.message ?? 'Ungültige Anfrage' };
	const { q, type, page, sort, ...filters } = parsed.data;
	return { ok: true, value: { q, type, page, sort, filters } };
}
