import type { OparlObjectType } from '$lib/shared/oparl';
import { OparlFetchError } from '../http/fetch-error';
import type { ListCursor } from '../schema';
import type { ProblemDraft } from '../store/types';
import { ignoresModifiedSince, parseListPage, withModifiedSince } from './parse-list-page';
import type { SyncSession } from './sync-session';

export interface ListSpec {
	/** Cursor key: the list's URL without filters. */
	key: string;
	url: string;
	type: OparlObjectType;
	bodyId: string | null;
	/** For progress lines: "Gemeinde X: Vorlagen". */
	label: string;
	/** Whether `modified_since` applies (not to the short body list). */
	incremental: boolean;
}

type Fetched = { data: unknown } | { error: OparlFetchError };

/** A server that loops its `next` links would otherwise be walked forever. */
const MAX_PAGES = 100_000;

/**
 * Follows a list's `links.next` from where its cursor stands, writing each page (objects,
 * cursor, counters) before going on. The next page is already being fetched while one is
 * written. Returns false when the list could not be read to its end: the problem is recorded,
 * the cursor keeps the page, and the run does not count as successful.
 */
export async function walkList(session: SyncSession, spec: ListSpec): Promise<boolean> {
	const saved = session.cursor[spec.key];
	if (saved?.done) return true;
	const since = spec.incremental ? session.run.modifiedSince : null;
	let state: ListCursor = saved ?? {
		next: null,
		done: false,
		pages: 0,
		seen: 0,
		claimedTotal: null
	};
	let url =
		state.next ??
		(since && state.modifiedSince !== 'rejected' ? withModifiedSince(spec.url, since) : spec.url);
	const visited = new Set<string>();
	let pending = fetchPage(session, url);

	for (;;) {
		const fetched = await pending;
		if ('error' in fetched) {
			const { error } = fetched;
			const firstFiltered = since && state.pages === 0 && !state.modifiedSince;
			if (firstFiltered && error.kind === 'http_error' && isRejection(error.status)) {
				// A 1.0 server that does not know the filter: walk the whole list and compare.
				state = { ...state, modifiedSince: 'rejected' };
				await session.recordProblems([
					{
						kind: 'http_error',
						url,
						message: `Der Server lehnt „modified_since“ ab (${error.message}); die Liste wird vollständig gelesen und mit dem Bestand verglichen`
					}
				]);
				url = spec.url;
				pending = fetchPage(session, url);
				continue;
			}
			const message = `${error.message}; die Liste wird ab dieser Seite beim nächsten Lauf weitergelesen`;
			await session.recordProblems([{ kind: error.kind, url, message }]);
			await session.saveCursor(spec.key, { ...state, next: url, error: error.message });
			return false;
		}

		visited.add(url);
		const parsed = parseListPage(url, fetched.data);
		const problems: ProblemDraft[] = [...parsed.problems];
		if (since && !state.modifiedSince && state.pages === 0) {
			state = {
				...state,
				modifiedSince: ignoresModifiedSince(parsed.items, since) ? 'ignored' : 'honoured'
			};
		}
		const claimedTotal = state.pages === 0 ? parsed.claimedTotal : (state.claimedTotal ?? null);
		let next = parsed.next;
		if (next && (visited.has(next) || state.pages + 1 >= MAX_PAGES)) {
			problems.push({
				kind: 'invalid_url',
				url,
				message: `„links.next“ führt zurück auf eine schon gelesene Seite (${next.slice(0, 120)}); die Liste endet hier`
			});
			next = null;
		}
		if (next) pending = fetchPage(session, next);

		const seen = state.seen + parsed.items.length;
		if (!next && typeof claimedTotal === 'number' && claimedTotal !== seen) {
			problems.push({
				kind: 'count_mismatch',
				url: spec.url,
				message: `Die Liste gibt ${claimedTotal} Einträge an („pagination.totalElements“), geliefert wurden ${seen}`,
				details: { claimed: claimedTotal, delivered: seen }
			});
		}
		state = {
			...state,
			next,
			done: !next,
			pages: state.pages + 1,
			seen,
			claimedTotal,
			error: null
		};
		await session.write(
			{
				url,
				items: parsed.items,
				expectedType: spec.type,
				bodyId: spec.bodyId,
				cursor: { key: spec.key, value: state },
				problems,
				page: true
			},
			spec.label
		);
		if (!next) return true;
		url = next;
	}
}

/** Client errors that mean "I do not understand this parameter", not "gone" or "slow down". */
function isRejection(status: number | undefined): boolean {
	return status !== undefined && status >= 400 && status < 500 && status !== 429 && status !== 404;
}

function fetchPage(session: SyncSession, url: string): Promise<Fetched> {
	const promise = session.client.getJson(url, session.signal).then(
		({ data }) => ({ data }),
		(error: unknown) => {
			if (error instanceof OparlFetchError) return { error };
			throw error;
		}
	);
	// A page fetched ahead may be abandoned (abort, a failed write): never an unhandled rejection.
	promise.catch(() => undefined);
	return promise;
}
