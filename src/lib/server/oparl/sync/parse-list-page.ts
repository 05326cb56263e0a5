import type { ProblemDraft } from '../store/types';

export interface ParsedListPage {
	items: unknown[];
	next: string | null;
	/** `pagination.totalElements`, when the server states it. */
	claimedTotal: number | null;
	problems: ProblemDraft[];
}

/**
 * The items and the next page of an OParl list page. OParl 1.0 servers in the wild also send
 * bare arrays; a page without `data` is a problem, not a crash.
 */
export function parseListPage(url: string, document: unknown): ParsedListPage {
	const problems: ProblemDraft[] = [];
	if (Array.isArray(document)) return { items: document, next: null, claimedTotal: null, problems };
	if (!document || typeof document !== 'object') {
		problems.push({ kind: 'invalid_json', url, message: 'Listenseite ist kein JSON-Objekt' });
		return { items: [], next: null, claimedTotal: null, problems };
	}
	const page = document as Record<string, unknown>;
	let items: unknown[] = [];
	if (Array.isArray(page.data)) items = page.data;
	else {
		problems.push({
			kind: 'missing_field',
			url,
			message: 'Listenseite ohne „data“-Liste; nichts gelesen'
		});
	}
	const links =
		page.links && typeof page.links === 'object' ? (page.links as Record<string, unknown>) : {};
	let next: string | null = null;
	if (typeof links.next === 'string' && links.next.trim() !== '') {
		try {
			next = new URL(links.next.trim(), url).toString();
		} catch {
			problems.push({
				kind: 'invalid_url',
				url,
				message: `„links.next“ ist keine gültige Adresse: ${links.next.slice(0, 120)}`
			});
		}
	}
	const pagination =
		page.pagination && typeof page.pagination === 'object'
			? (page.pagination as Record<string, unknown>)
			: {};
	const total = pagination.totalElements;
	const claimedTotal =
		typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null;
	return { items, next, claimedTotal, problems };
}

/** The list URL with `modified_since` (UTC, seconds, explicit offset: what servers parse). */
export function withModifiedSince(listUrl: string, since: Date): string {
	const url = new URL(listUrl);
	url.searchParams.set('modified_since', since.toISOString().replace(/\.\d{3}Z$/, '+00:00'));
	return url.toString();
}

/**
 * Whether a page answered to `modified_since` holds objects modified before it: the server
 * ignored the filter (tombstones and objects without `modified` prove nothing).
 */
export function ignoresModifiedSince(items: unknown[], since: Date): boolean {
	const limit = since.getTime() - 1000;
	return items.some((item) => {
		if (!item || typeof item !== 'object') return false;
		const { modified, deleted } = item as Record<string, unknown>;
		if (deleted === true || typeof modified !== 'string') return false;
		const at = Date.parse(modified);
		return !Number.isNaN(at) && at < limit;
	});
}
