/**
 * Faults the OParl test server injects, the way real council systems fail: error statuses (with
 * `Retry-After`), connections dropped mid-request, slow answers, truncated JSON and list pages
 * whose `pagination` lies about the list's length.
 */
export type OparlFaultKind =
	| {
			kind: 'status';
			/** 500, 502, 503, 429, 404 … */
			status: number;
			/** Sent as `Retry-After` (seconds, or an HTTP date). */
			retryAfter?: number | string;
	  }
	/** The socket is destroyed before any answer: a reset connection. */
	| { kind: 'drop' }
	/** The answer comes, but only after `ms` (longer than the client's timeout: a timeout). */
	| { kind: 'delay'; ms: number }
	/** HTTP 200 with JSON cut off in the middle. */
	| { kind: 'brokenJson' }
	/** A list page claiming `totalElements` (default: the true count + 7). */
	| { kind: 'wrongCount'; totalElements?: number };

export type OparlFaultMatch =
	string | RegExp | ((request: { method: string; path: string; url: string }) => boolean);

export type OparlFault = OparlFaultKind & {
	/** Which requests: a substring of path+query, a RegExp on it, or a predicate. Default: all. */
	match?: OparlFaultMatch;
	/** Only the first n matching requests fail (then the rule is spent). Default: all. */
	times?: number;
	/** Of the matching requests, this fraction fails (seeded: same order, same faults). */
	probability?: number;
};

export interface ActiveFault {
	readonly rule: OparlFault;
	/** How often the fault was applied so far. */
	readonly hits: number;
	remove(): void;
}

/** mulberry32: a small seeded PRNG, so a fault sequence replays the same for the same seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function matches(match: OparlFaultMatch | undefined, method: string, path: string, url: string) {
	if (match === undefined) return true;
	if (typeof match === 'string') return path.includes(match);
	if (match instanceof RegExp) return match.test(path);
	return match({ method, path, url });
}

/** The active rules, in the order added; the first that fires decides a request's fault. */
export class FaultPlan {
	private rules: Array<{ rule: OparlFault; hits: number }> = [];

	/**
	 * @param randomRate like the reference server's `--fault-rate`: this fraction of all requests
	 *   fails with 500, 503 (Retry-After: 1) or a dropped connection, a third each.
	 */
	constructor(
		private readonly random: () => number,
		private readonly randomRate = 0
	) {}

	add(rule: OparlFault): ActiveFault {
		const entry = { rule, hits: 0 };
		this.rules.push(entry);
		return {
			rule,
			get hits() {
				return entry.hits;
			},
			remove: () => {
				this.rules = this.rules.filter((candidate) => candidate !== entry);
			}
		};
	}

	clear() {
		this.rules = [];
	}

	/** Decided when a request arrives, so the sequence depends only on the order of requests. */
	pick(method: string, path: string, url: string, isList: boolean): OparlFaultKind | null {
		if (this.randomRate > 0 && this.random() < this.randomRate) {
			const which = Math.floor(this.random() * 3);
			if (which === 0) return { kind: 'status', status: 500 };
			if (which === 1) return { kind: 'status', status: 503, retryAfter: 1 };
			return { kind: 'drop' };
		}
		for (const entry of this.rules) {
			const { rule } = entry;
			if (rule.times !== undefined && entry.hits >= rule.times) continue;
			// A lie about a list's length needs a list: other requests do not spend the rule.
			if (rule.kind === 'wrongCount' && !isList) continue;
			if (!matches(rule.match, method, path, url)) continue;
			if (rule.probability !== undefined && this.random() >= rule.probability) continue;
			entry.hits++;
			return rule;
		}
		return null;
	}
}
