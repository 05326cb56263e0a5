// The benchmark's baseline: a plain crawl of an OParl server with the import's own HTTP client
// and settings (rate limit, concurrency, retries), reading the lists the import reads (System,
// bodies, and per body organizations, persons, meetings and papers, following links.next) and
// parsing every page, several lists at once as the source's concurrency allows — but storing
// nothing. What the import adds on top is its own cost. Requests go through the same host guard
// as the import's (checked hosts, the guarded fetch that resolves and checks each address), so the
// ratio compares like with like; the bench allows its local server by OPARL_ALLOW_PRIVATE_HOSTS.
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { HostGuard } from '../../src/lib/server/oparl/http/host-guard';
import { OparlClient, type OparlClientOptions } from '../../src/lib/server/oparl/http/oparl-client';

export const CRAWLED_LISTS = [
	'organization',
	'person',
	'legislativeTermList',
	'meeting',
	'paper'
] as const;

export interface CrawlResult {
	ms: number;
	pages: number;
	/** List items seen (top-level objects; embedded ones come inside them). */
	items: number;
	bytes: number;
}

const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

export async function plainCrawl(
	systemUrl: string,
	options: Omit<OparlClientOptions, 'guard' | 'fetch'>
): Promise<CrawlResult> {
	// As run-sync.ts builds its client for a source with this System URL.
	const client = new OparlClient({ ...options, guard: new HostGuard({ systemUrl }) });
	const started = performance.now();
	let pages = 0;
	let items = 0;
	const walk = async (url: string, onItem?: (item: Record<string, unknown>) => void) => {
		for (let next: string | undefined = url; next;) {
			const page = record((await client.getJson(next)).data);
			pages++;
			const data = Array.isArray(page.data) ? page.data : [];
			items += data.length;
			if (onItem) for (const item of data) onItem(record(item));
			const link = record(page.links).next;
			next = typeof link === 'string' ? link : undefined;
		}
	};
	const system = record((await client.getJson(systemUrl)).data);
	const bodies: Array<Record<string, unknown>> = [];
	await walk(String(system.body), (body) => bodies.push(body));
	const lists = bodies.flatMap((body) =>
		CRAWLED_LISTS.map((list) => body[list]).filter((url): url is string => typeof url === 'string')
	);
	const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
	await Promise.all(lists.map((url) => queue.add(() => walk(url))));
	return { ms: performance.now() - started, pages, items, bytes: client.stats.bytes };
}
