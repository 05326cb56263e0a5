import type { RawOparlObject } from './fixture-files';

/**
 * How a server treats `created_since`/`modified_since` & co.: OParl 1.1 servers honour them;
 * many 1.0 servers ignore them (and send the whole list) or reject them (HTTP 400), which the
 * sync must notice and fall back from.
 */
export type ListFilterMode = 'honour' | 'ignore' | 'reject';

export interface ListPageOptions {
	pageSize: number;
	filterMode: ListFilterMode;
	/** The list's own URL without query (links are built on it). */
	listUrl: string;
}

export interface ListPageResult {
	status: number;
	body: RawOparlObject;
}

const FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
const MAX_PAGE_SIZE = 1000;

function parseFilterDate(raw: string): number {
	// An unencoded "+" in an offset arrives as a space; servers tolerate that, so do we.
	const value = raw.trim().replace(/ (\d\d:?\d\d)$/, '+$1');
	const time = /^\d{4}-\d\d-\d\d/.test(value) ? Date.parse(value) : NaN;
	if (Number.isNaN(time)) throw new Error(`invalid ISO 8601 value: ${raw}`);
	return time;
}

const inRange = (value: unknown, since?: number, until?: number) => {
	if (since === undefined && until === undefined) return true;
	// Objects without the field cannot match a filter on it (as the reference server does).
	const time = typeof value === 'string' ? Date.parse(value) : NaN;
	if (Number.isNaN(time)) return false;
	return (since === undefined || time >= since) && (until === undefined || time <= until);
};

/** One page of an external list: `data`, `pagination` and `links` as OParl 1.0/1.1 define them. */
export function listPage(
	items: RawOparlObject[],
	query: URLSearchParams,
	options: ListPageOptions
): ListPageResult {
	const bounds: Partial<Record<(typeof FILTERS)[number], number>> = {};
	const usesFilter = FILTERS.some((name) => query.get(name));
	if (usesFilter && options.filterMode === 'reject')
		return { status: 400, body: { error: 'Filter werden nicht unterstützt' } };
	if (options.filterMode === 'honour') {
		try {
			for (const name of FILTERS) {
				const raw = query.get(name);
				if (raw) bounds[name] = parseFilterDate(raw);
			}
		} catch (error) {
			return { status: 400, body: { error: (error as Error).message } };
		}
	}
	let perPage = options.pageSize;
	if (query.has('limit')) {
		const limit = Number(query.get('limit'));
		if (!Number.isInteger(limit) || limit < 1)
			return { status: 400, body: { error: 'limit must be a positive integer' } };
		perPage = Math.min(limit, MAX_PAGE_SIZE);
	}
	const page = query.has('page') ? Number(query.get('page')) : 1;
	if (!Number.isInteger(page) || page < 1)
		return { status: 400, body: { error: 'page must be a positive integer' } };

	const matching = items.filter(
		(item) =>
			inRange(item.created, bounds.created_since, bounds.created_until) &&
			inRange(item.modified, bounds.modified_since, bounds.modified_until)
	);
	const totalPages = Math.max(1, Math.ceil(matching.length / perPage));
	const link = (target: number) => {
		const url = new URL(options.listUrl);
		for (const name of [...FILTERS, 'limit']) {
			const value = query.get(name);
			if (value) url.searchParams.set(name, value);
		}
		url.searchParams.set('page', String(target));
		return url.toString();
	};
	const links: Record<string, string> = { first: link(1) };
	if (page > 1) links.prev = link(Math.min(page - 1, totalPages));
	if (page < totalPages) links.next = link(page + 1);
	links.last = link(totalPages);
	links.self = link(page);
	return {
		status: 200,
		body: {
			data: matching.slice((page - 1) * perPage, page * perPage),
			pagination: {
				totalElements: matching.length,
				elementsPerPage: perPage,
				currentPage: page,
				totalPages
			},
			links
		}
	};
}
