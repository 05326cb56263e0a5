import { z } from 'zod';

/** Page size when a client names none, and the most one page may hold (OParl 1.1, 2.7). */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

const timestamp = (name: string) =>
	z.iso
		.datetime({
			offset: true,
			local: true,
			message: `${name}: ein Zeitpunkt nach ISO 8601, z. B. 2026-01-31T12:00:00+01:00.`
		})
		// A time without offset is read as UTC, as the spec's examples do.
		.transform((value) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`))
		.optional();

const listParamsSchema = z.object({
	limit: z.coerce
		.number({ message: 'limit muss eine Zahl sein.' })
		.int('limit muss eine ganze Zahl sein.')
		.min(1, 'limit ist mindestens 1.')
		// Larger wishes are served in pages of the largest size instead of refused (spec: the
		// server decides the page size).
		.transform((value) => Math.min(value, MAX_LIMIT))
		.default(DEFAULT_LIMIT),
	after: z.uuid({ message: 'after: die id des letzten Objekts der vorigen Seite.' }).optional(),
	created_since: timestamp('created_since'),
	created_until: timestamp('created_until'),
	modified_since: timestamp('modified_since'),
	modified_until: timestamp('modified_until')
});

/** Paging (keyset on the object id, so pages stay stable while data change) and the filters. */
export interface ListParams {
	limit: number;
	after?: string;
	createdSince?: Date;
	createdUntil?: Date;
	modifiedSince?: Date;
	modifiedUntil?: Date;
}

export type ParsedListParams = { ok: true; value: ListParams } | { ok: false; message: string };

export function parseListParams(search: URLSearchParams): ParsedListParams {
	const raw: Record<string, string> = {};
	for (const key of Object.keys(listParamsSchema.shape)) {
		const value = search.get(key);
		if (value !== null && value !== '') raw[key] = value;
	}
	const parsed = listParamsSchema.safeParse(raw);
	if (!parsed.success) {
		return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join(' ') };
	}
	const data = parsed.data;
	return {
		ok: true,
		value: {
			limit: data.limit,
			after: data.after,
			createdSince: data.created_since,
			createdUntil: data.created_until,
			modifiedSince: data.modified_since,
			modifiedUntil: data.modified_until
		}
	};
}

/** The filters a list keeps on its `next` link (everything but the cursor). */
export function filterQuery(params: ListParams): URLSearchParams {
	const query = new URLSearchParams();
	if (params.createdSince) query.set('created_since', params.createdSince.toISOString());
	if (params.createdUntil) query.set('created_until', params.createdUntil.toISOString());
	if (params.modifiedSince) query.set('modified_since', params.modifiedSince.toISOString());
	if (params.modifiedUntil) query.set('modified_until', params.modifiedUntil.toISOString());
	if (params.limit !== DEFAULT_LIMIT) query.set('limit', String(params.limit));
	return query;
}
