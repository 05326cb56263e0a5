import PQueue from 'p-queue';
import { backoffDelay, parseRetryAfter, sleep } from './backoff';
import { httpErrorMessage, OparlFetchError } from './fetch-error';
import type { HostGuard } from './host-guard';

export interface OparlClientOptions {
	/** Requests started per second; 0 or less: no limit (local servers, benchmarks). */
	requestsPerSecond: number;
	/** Requests in flight at once. */
	concurrency: number;
	/** Per attempt, until the whole body has arrived. */
	timeoutMs: number;
	/** Retries after the first attempt, for timeouts, dropped connections, 5xx and 429. */
	retries?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** A server asking for a longer pause than this (Retry-After) fails the request instead. */
	maxRetryAfterMs?: number;
	/** Cancels waiting and running requests (CLI Ctrl+C, a job being stopped). */
	signal?: AbortSignal;
	/**
	 * The source's allowed hosts and address check. Every import of a council source has one;
	 * without, requests go anywhere (benchmarks and tests of the client's retry logic only).
	 */
	guard?: HostGuard;
	/** Default: the guard's fetch, or the global one without a guard. */
	fetch?: typeof fetch;
	random?: () => number;
}

export interface JsonResponse {
	url: string;
	data: unknown;
	bytes: number;
}

/** Totals since the client was made; the sync turns them into a run's counters. */
export interface ClientStats {
	requests: number;
	retries: number;
	bytes: number;
}

const seconds = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

const USER_AGENT = 'Kommunalnetz-OParl-Import/1.0 (+https://oparl.org)';

/** Redirects are followed by hand so each hop's host is checked; more than this is a loop. */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * HTTP for one council server: every request waits for the source's rate limit and
 * concurrency, is retried with exponential backoff and jitter (honouring Retry-After) when the
 * failure may pass, and fails with a German `OparlFetchError` when it does not.
 */
export class OparlClient {
	readonly stats: ClientStats = { requests: 0, retries: 0, bytes: 0 };
	private readonly queue: PQueue;
	private readonly fetchImpl: typeof fetch;

	constructor(private readonly options: OparlClientOptions) {
		const rate = options.requestsPerSecond;
		this.queue = new PQueue({
			concurrency: Math.max(1, Math.floor(options.concurrency)),
			...(rate > 0
				? rate >= 1
					? { intervalCap: Math.floor(rate), interval: 1000, strict: true }
					: { intervalCap: 1, interval: Math.round(1000 / rate), strict: true }
				: {})
		});
		this.fetchImpl = options.fetch ?? options.guard?.fetch ?? fetch;
	}

	/** GET a JSON document (an OParl object or list page). */
	async getJson(url: string, signal?: AbortSignal): Promise<JsonResponse> {
		return this.withRetries(url, signal, async (attemptSignal) => {
			const { response, url: finalUrl } = await this.send(url, attemptSignal, 'application/json');
			let text: string;
			try {
				text = await response.text();
			} catch (error) {
				throw this.transportError(url, error, attemptSignal);
			}
			const bytes = Buffer.byteLength(text);
			this.stats.bytes += bytes;
			try {
				return { url: finalUrl, data: JSON.parse(text) as unknown, bytes };
			} catch {
				throw new OparlFetchError(
					'invalid_json',
					url,
					`Antwort ist kein gültiges JSON (${bytes} Bytes, beginnt mit „${text.slice(0, 40).replace(/\s+/g, ' ')}“)`
				);
			}
		});
	}

	/**
	 * A successful response whose body the caller reads (file downloads stream it and stop at
	 * their size limit). Status errors are retried like JSON requests; the body is not.
	 */
	async request(url: string, signal?: AbortSignal): Promise<Response> {
		return this.withRetries(url, signal, async (attemptSignal) => {
			return (await this.send(url, attemptSignal, '*/*')).response;
		});
	}

	/** Waits until no request is queued or running. */
	async idle(): Promise<void> {
		await this.queue.onIdle();
	}

	private async withRetries<T>(
		url: string,
		signal: AbortSignal | undefined,
		attempt: (signal: AbortSignal) => Promise<T>
	): Promise<T> {
		if (!/^https?:\/\//i.test(url)) {
			throw new OparlFetchError('invalid_url', url, `Keine gültige Adresse: ${url.slice(0, 120)}`);
		}
		// Refused before it is queued: a foreign host costs no request and is never retried.
		this.options.guard?.assertAllowed(url);
		const outer = anySignal([this.options.signal, signal]);
		const retries = this.options.retries ?? 4;
		for (let number = 0; ; number++) {
			outer?.throwIfAborted();
			let error: unknown;
			try {
				// A streamed body outlives its queue slot; the attempt's timeout still covers it.
				return await this.queue.add(async () => {
					this.stats.requests += 1;
					const timeout = AbortSignal.timeout(this.options.timeoutMs);
					return attempt(anySignal([outer, timeout])!);
				});
			} catch (caught) {
				error = caught instanceof OparlFetchError ? caught : this.transportError(url, caught);
			}
			if (outer?.aborted) throw outer.reason;
			const failure = error as OparlFetchError;
			if (!failure.transient || number >= retries) throw failure;
			const asked = (failure as OparlFetchError & { retryAfterMs?: number }).retryAfterMs;
			if (asked !== undefined && asked > (this.options.maxRetryAfterMs ?? 120_000)) throw failure;
			this.stats.retries += 1;
			const delay =
				asked ??
				backoffDelay(number + 1, {
					baseDelayMs: this.options.baseDelayMs ?? 500,
					maxDelayMs: this.options.maxDelayMs ?? 30_000,
					random: this.options.random
				});
			await sleep(delay, outer);
		}
	}

	private async send(
		requested: string,
		signal: AbortSignal,
		accept: string
	): Promise<{ response: Response; url: string }> {
		let url = requested;
		let response: Response;
		for (let hops = 0; ; hops++) {
			try {
				response = await this.fetchImpl(url, {
					signal,
					redirect: 'manual',
					headers: { accept, 'user-agent': USER_AGENT }
				});
			} catch (error) {
				throw this.transportError(url, error, signal);
			}
			const location = REDIRECT_STATUSES.has(response.status)
				? response.headers.get('location')
				: null;
			if (location === null) break;
			await response.body?.cancel().catch(() => undefined);
			if (hops >= MAX_REDIRECTS) {
				throw new OparlFetchError(
					'http_error',
					requested,
					`Mehr als ${MAX_REDIRECTS} Weiterleitungen`,
					response.status
				);
			}
			let next: string;
			try {
				next = new URL(location, url).href;
			} catch {
				throw new OparlFetchError(
					'invalid_url',
					url,
					`Weiterleitung an keine gültige Adresse: ${location.slice(0, 120)}`
				);
			}
			if (!/^https?:\/\//i.test(next)) {
				throw new OparlFetchError(
					'invalid_url',
					next,
					`Keine gültige Adresse: ${next.slice(0, 120)}`
				);
			}
			this.options.guard?.assertAllowed(next, url);
			url = next;
		}
		if (!response.ok) {
			// Free the connection; the body of an error page is of no use.
			await response.body?.cancel().catch(() => undefined);
			const failure = new OparlFetchError(
				'http_error',
				url,
				httpErrorMessage(response.status, response.statusText),
				response.status
			);
			const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
			if (retryAfter !== null && (response.status === 429 || response.status === 503)) {
				Object.assign(failure, { retryAfterMs: retryAfter });
			}
			throw failure;
		}
		return { response, url };
	}

	private transportError(url: string, error: unknown, signal?: AbortSignal): OparlFetchError {
		if (error instanceof OparlFetchError) return error;
		// The guarded connector refused the address the host resolved to.
		const refusal = (error as { cause?: unknown })?.cause;
		if (refusal instanceof OparlFetchError) {
			return new OparlFetchError(refusal.kind, url, refusal.message, refusal.status);
		}
		const name = (error as { name?: string })?.name;
		const timedOut =
			name === 'TimeoutError' ||
			(signal?.aborted && (signal.reason as { name?: string })?.name === 'TimeoutError');
		if (timedOut) {
			return new OparlFetchError(
				'timeout',
				url,
				`Keine vollständige Antwort innerhalb von ${seconds.format(this.options.timeoutMs / 1000)} s`
			);
		}
		const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
		const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
		return new OparlFetchError('network_error', url, `Verbindung fehlgeschlagen (${detail})`);
	}
}

function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
	const present = signals.filter((signal): signal is AbortSignal => Boolean(signal));
	if (present.length <= 1) return present[0];
	return AbortSignal.any(present);
}
