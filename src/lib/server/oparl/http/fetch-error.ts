import type { OparlProblemKind } from '$lib/shared/oparl';

export type FetchErrorKind = Extract<
	OparlProblemKind,
	| 'http_error'
	| 'timeout'
	| 'network_error'
	| 'invalid_json'
	| 'invalid_url'
	| 'foreign_host'
	| 'blocked_address'
>;

/** A request to a council server that failed for good (after retries); message in German. */
export class OparlFetchError extends Error {
	constructor(
		readonly kind: FetchErrorKind,
		readonly url: string,
		message: string,
		readonly status?: number
	) {
		super(message);
		this.name = 'OparlFetchError';
	}

	/** Worth trying again (later in the run or the next run): not a client error like 404. */
	get transient(): boolean {
		if (this.kind === 'timeout' || this.kind === 'network_error') return true;
		return this.kind === 'http_error' && (this.status === 429 || (this.status ?? 0) >= 500);
	}
}

export function httpErrorMessage(status: number, statusText: string): string {
	if (status === 404) return 'Nicht gefunden (HTTP 404)';
	if (status === 410) return 'Nicht mehr vorhanden (HTTP 410)';
	if (status === 401 || status === 403) return `Zugriff verweigert (HTTP ${status})`;
	if (status === 429) return 'Zu viele Anfragen; der Server bremst (HTTP 429)';
	if (status >= 500) return `Serverfehler (HTTP ${status}${statusText ? ` ${statusText}` : ''})`;
	return `Unerwartete Antwort (HTTP ${status}${statusText ? ` ${statusText}` : ''})`;
}
