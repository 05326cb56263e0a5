import PQueue from 'p-queue';
import { backoffDelay, parseRetryAfter, sleep } from './backoff';
import { httpErrorMessage, OparlFetchError } from './fetch-error';

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
		this.fetchImpl = options.fetch ?? fetch;
	}

	/** GET a JSON document (an OParl object or list page). */
	async getJson(url: string, signal?: AbortSignal): Promise<JsonResponse> {
		return this.withRetries(url, signal, async (attemptSignal) => {
			const response = await this.send(url, attemptSignal, 'application/json');
			let text: string;
			try {
				text = await response.text();
			} catch (error) {
				throw this.transportError(url, error, attemptSignal);
			}
			const bytes = Buffer.byteLength(text);
			this.stats.bytes += bytes;
			try {
				return { url: response.url || url, data: JSON.parse(text) as unknown, bytes };
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
		return this.withRetries(url, signal, (attemptSignal) => this.send(url, attemptSignal, '*/*'));
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

	private async send(url: string, signal: AbortSignal, accept: string): Promise<Response> {
		let response: Response;
		try {
			response = await this.fetchImpl(url, {
				signal,
				redirect: 'follow',
				headers: { accept, 'user-agent': USER_AGENT }
			});
		} catch (error) {
			throw this.transportError(url, error, signal);
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
		return response;
	}

	private transportError(url: string, error: unknown, signal?: AbortSignal): OparlFetchError {
		if (error instanceof OparlFetchError) return error;
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
