import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRecord, loadFixtureDir, type FixtureItem, type RawOparlObject } from './fixture-files';
import {
	FaultPlan,
	seededRandom,
	type ActiveFault,
	type OparlFault,
	type OparlFaultKind
} from './faults';
import { listPage, type ListFilterMode } from './list-page';
import { OparlCorpus, type FileRoute, type OparlMutation } from './oparl-corpus';
import type { OparlServedVersion, OparlTypeName } from './oparl-types';
import { TEST_JPEG, textPdf } from './test-file-bytes';

/**
 * An OParl 1.0/1.1 server for tests, on 127.0.0.1: serves a fixture folder (the layout of
 * `tests/fixtures/oparl/huertgenwald/`) or objects given in memory, with paginated lists,
 * `created_since`/`modified_since` filters, every object at its own URL, file downloads (a real
 * PDF with text), injected faults, a request log and changes between runs (`mutate`).
 *
 * Ported from the reference mock server's behaviour (`shared/tools/oparl-mock-server.mjs`).
 */
export interface OparlTestServerOptions {
	/** A folder of JSON files (System, body list page, list pages). */
	fixtureDir?: string;
	/** Top-level objects (System, Body, list items), e.g. from the synthetic corpus generator. */
	objects?: RawOparlObject[];
	/** Serve as this version (type URIs and advertised lists); default: detected from the data. */
	version?: OparlServedVersion;
	/** Items per list page; default 25, as Sternberg's servers. */
	pageSize?: number;
	/** How list filters are treated; default 'honour'. */
	listFilters?: ListFilterMode;
	/** Delay before every answer. */
	latencyMs?: number;
	faults?: OparlFault[];
	/** A fraction of requests fails at random with 500, 503 (Retry-After: 1) or a dropped connection. */
	faultRate?: number;
	/** Seed of the fault PRNG (same seed and request order, same faults). Default 1. */
	seed?: number;
	/** Bytes of a file; undefined falls back to a PDF with the file's name as text (JPEG for images). */
	fileContent?: (file: RawOparlObject, parent: RawOparlObject | null) => FileContent | undefined;
	/** Default 0 (a free port). */
	port?: number;
}

export interface FileContent {
	body: Uint8Array;
	contentType: string;
}

export interface OparlRequestLogEntry {
	method: string;
	/** Path and query as requested. */
	path: string;
	status: number | 'dropped';
	fault: OparlFaultKind['kind'] | null;
	/** When the request arrived (ms since the epoch). */
	at: number;
	durationMs: number;
}

export interface OparlTestServer {
	readonly baseUrl: string;
	readonly systemUrl: string;
	/** The body list's URL (`System.body`). */
	readonly bodiesUrl: string;
	readonly version: OparlServedVersion;
	/** Every answered (or dropped) request, in the order they finished. */
	readonly requests: readonly OparlRequestLogEntry[];
	/** The most requests that were in flight at once since the start (or `clearRequests`). */
	readonly maxConcurrentRequests: number;
	/** The served URL of an id as it is in the fixture (`https://sdnetrim…/body/1/paper/7`). */
	url(id: string): string;
	/** The object as currently served, by original or served id. */
	get(id: string): RawOparlObject | undefined;
	/** Objects per type (top-level and embedded, each id once). */
	counts(): Partial<Record<OparlTypeName, number>>;
	/** Every list URL the server answers, per body. */
	lists(): Array<{ url: string; type: OparlTypeName; bodyId: string | null }>;
	/** Changes, deletes or adds objects (bumping `modified`); returns the `modified` written. */
	mutate(change: OparlMutation): string;
	injectFault(fault: OparlFault): ActiveFault;
	clearFaults(): void;
	setLatency(ms: number): void;
	/** What a file's URLs (by File id, accessUrl or downloadUrl) return from now on. */
	setFileContent(id: string, content: FileContent): void;
	clearRequests(): void;
	close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function defaultFileContent(file: RawOparlObject, parent: RawOparlObject | null): FileContent {
	if (file.mimeType === 'image/jpeg') return { body: TEST_JPEG, contentType: 'image/jpeg' };
	const lines = [file.name, file.fileName, parent?.reference, parent?.name].filter(
		(line): line is string => typeof line === 'string' && line.trim() !== ''
	);
	return { body: textPdf(lines.join('\n') || 'Datei'), contentType: 'application/pdf' };
}

function attachmentName(path: string): string {
	const name = decodeURIComponent(path.split('?')[0]!.split('/').pop() || 'datei.pdf');
	return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function startOparlTestServer(
	options: OparlTestServerOptions = {}
): Promise<OparlTestServer> {
	const items: FixtureItem[] = [
		...(options.fixtureDir ? loadFixtureDir(options.fixtureDir) : []),
		...(options.objects ?? []).map((object) => ({ object, typeHint: null }))
	];
	const faults = new FaultPlan(seededRandom(options.seed ?? 1), options.faultRate ?? 0);
	for (const fault of options.faults ?? []) faults.add(fault);
	let latencyMs = options.latencyMs ?? 0;
	const log: OparlRequestLogEntry[] = [];
	const fileOverrides = new Map<string, FileContent>();
	const timers = new Set<NodeJS.Timeout>();
	let inFlight = 0;
	let maxInFlight = 0;
	let corpus: OparlCorpus | null = null;

	const server = http.createServer((request, response) => {
		const arrived = Date.now();
		const method = request.method ?? 'GET';
		const rawPath = request.url ?? '/';
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		let status: number | 'dropped' = 'dropped';
		let faultKind: OparlFaultKind['kind'] | null = null;
		response.on('close', () => {
			inFlight--;
			log.push({
				method,
				path: rawPath,
				status,
				fault: faultKind,
				at: arrived,
				durationMs: Date.now() - arrived
			});
		});
		const send = (code: number, body: Uint8Array | string, headers: http.OutgoingHttpHeaders) => {
			status = code;
			const bytes = typeof body === 'string' ? Buffer.from(body) : body;
			response.writeHead(code, {
				'Content-Length': bytes.length,
				'Access-Control-Allow-Origin': '*',
				...headers
			});
			response.end(method === 'HEAD' ? undefined : bytes);
		};
		const sendJson = (code: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) =>
			send(code, JSON.stringify(body), { 'Content-Type': JSON_TYPE, ...headers });

		if (!corpus) return sendJson(503, { error: 'loading' }, { 'Retry-After': '1' });
		const data = corpus;
		const url = new URL(rawPath, data.systemUrl);
		let pathname = url.pathname;
		if (pathname.length > 1 && pathname.endsWith('/')) pathname = pathname.replace(/\/+$/, '');
		const pathWithQuery = pathname + url.search;
		const list = data.listAt(pathname);
		const fault = faults.pick(method, rawPath, url.toString(), Boolean(list));
		faultKind = fault?.kind ?? null;

		const answer = () => {
			if (fault?.kind === 'drop') {
				request.socket.destroy();
				return;
			}
			if (fault?.kind === 'status') {
				const headers: http.OutgoingHttpHeaders = {};
				if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
				return sendJson(fault.status, { error: 'injected fault', status: fault.status }, headers);
			}
			if (method !== 'GET' && method !== 'HEAD')
				return sendJson(405, { error: 'method not allowed' }, { Allow: 'GET, HEAD' });
			let body: unknown;
			let code = 200;
			if (pathname === new URL(data.systemUrl).pathname || pathname === '/') {
				body = data.systemObject;
			} else if (list) {
				const listUrl = `${new URL(data.systemUrl).origin}${pathname}`;
				const page = listPage(data.listItems(list), url.searchParams, {
					pageSize: options.pageSize ?? 25,
					filterMode: options.listFilters ?? 'honour',
					listUrl
				});
				code = page.status;
				body = page.body;
				if (fault?.kind === 'wrongCount' && isRecord(page.body.pagination)) {
					const pagination = page.body.pagination;
					const truth = Number(pagination.totalElements);
					body = {
						...page.body,
						pagination: { ...pagination, totalElements: fault.totalElements ?? truth + 7 }
					};
				}
			} else {
				const record = data.objectAt(pathWithQuery) ?? data.objectAt(pathname);
				if (record) body = record.object;
				else {
					const file = data.fileAt(pathWithQuery) ?? data.fileAt(pathname);
					if (file) return sendFile(file, pathname);
					code = 404;
					body = { error: 'not found', path: pathWithQuery };
				}
			}
			if (fault?.kind === 'brokenJson') {
				const text = JSON.stringify(body);
				return send(200, text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
					'Content-Type': JSON_TYPE
				});
			}
			return sendJson(code, body);
		};

		const sendFile = (route: FileRoute, pathname: string) => {
			const { file } = route;
			const content =
				fileOverrides.get(String(file.object.id)) ??
				fileOverrides.get(data.url(`${new URL(data.systemUrl).origin}${pathname}`)) ??
				options.fileContent?.(file.object, file.root?.object ?? null) ??
				defaultFileContent(file.object, file.root?.object ?? null);
			const headers: http.OutgoingHttpHeaders = { 'Content-Type': content.contentType };
			if (route.download) headers['Content-Disposition'] = attachmentName(pathname);
			send(200, content.body, headers);
		};

		const delay = latencyMs + (fault?.kind === 'delay' ? fault.ms : 0);
		if (delay <= 0) return answer();
		const timer = setTimeout(() => {
			timers.delete(timer);
			if (!response.destroyed) answer();
		}, delay);
		timers.add(timer);
	});
	server.on('clientError', (_error, socket) => socket.destroy());

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const baseUrl = `http://127.0.0.1:${port}`;
	corpus = new OparlCorpus(items, baseUrl, options.version);
	const data = corpus;

	return {
		baseUrl,
		systemUrl: data.systemUrl,
		bodiesUrl: data.bodiesListUrl,
		version: data.version,
		get requests() {
			return log;
		},
		get maxConcurrentRequests() {
			return maxInFlight;
		},
		url: (id) => data.url(id),
		get: (id) => data.get(id),
		counts: () => data.counts(),
		lists: () => data.listUrls(),
		mutate: (change) => data.mutate(change),
		injectFault: (fault) => faults.add(fault),
		clearFaults: () => faults.clear(),
		setLatency: (ms) => {
			latencyMs = ms;
		},
		setFileContent: (id, content) => {
			const file = data.get(id);
			fileOverrides.set(file ? String(file.id) : data.url(id), content);
		},
		clearRequests: () => {
			log.length = 0;
			maxInFlight = inFlight;
		},
		close: () =>
			new Promise<void>((resolve) => {
				for (const timer of timers) clearTimeout(timer);
				timers.clear();
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
