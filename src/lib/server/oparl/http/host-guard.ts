import { OparlFetchError } from './fetch-error';
import { guardedFetch } from './guarded-fetch';

export interface HostGuardOptions {
	/** The source's System URL: its host is always allowed. */
	systemUrl: string;
	/** Further hosts the board allowed for the source (files often come from a second host). */
	allowedHosts?: readonly string[];
}

/**
 * Which hosts one source may request: the host of its System URL and the hosts the board listed
 * in its settings. URLs come from the council server's JSON (list pages, `links.next`,
 * references, file addresses) and from redirects, so each is checked before it is fetched; a
 * URL elsewhere fails with `foreign_host` and ends up in the problem report. Where a host's
 * name resolves to is checked when connecting (guarded-fetch.ts).
 */
export class HostGuard {
	private readonly hosts: ReadonlySet<string>;

	constructor(options: HostGuardOptions) {
		const own = hostOf(options.systemUrl);
		this.hosts = new Set(
			[own, ...(options.allowedHosts ?? [])].filter((host): host is string => Boolean(host))
		);
	}

	/** Throws `OparlFetchError` (`foreign_host`, `invalid_url`) for a URL this source must not request. */
	assertAllowed(url: string, redirectedFrom?: string): void {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			throw new OparlFetchError('invalid_url', url, `Keine gültige Adresse: ${url.slice(0, 120)}`);
		}
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
			throw new OparlFetchError('invalid_url', url, `Keine gültige Adresse: ${url.slice(0, 120)}`);
		}
		const host = parsed.hostname.toLowerCase();
		if (this.hosts.has(host)) return;
		const via = redirectedFrom ? ` (Weiterleitung von ${redirectedFrom.slice(0, 120)})` : '';
		throw new OparlFetchError(
			'foreign_host',
			url,
			`Fremder Host „${host}“${via}: nicht abgerufen. Erlaubt sind ${[...this.hosts].join(', ')}; weitere Hosts lassen sich in den Einstellungen der Quelle freigeben.`
		);
	}

	/** fetch that connects only to checked addresses (see guarded-fetch.ts). */
	readonly fetch: typeof fetch = guardedFetch;
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.toLowerCase();
	} catch {
		return null;
	}
}
