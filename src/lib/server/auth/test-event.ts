import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { loadSession } from './load-session';
import type { CookieJar } from './test-support';

/**
 * A RequestEvent good enough to call load functions and form actions directly in Vitest: real
 * form data, SvelteKit-like cookies that remember what an action set, locals filled the way
 * hooks.server.ts fills them.
 */
type CookieOptions = Parameters<Cookies['set']>[2];

class TestCookies implements Cookies {
	readonly set_: Map<string, { value: string; options: CookieOptions }> = new Map();
	constructor(private readonly incoming: Map<string, string>) {}

	get(name: string) {
		const changed = this.set_.get(name);
		return changed ? changed.value || undefined : this.incoming.get(name);
	}
	getAll() {
		const all = new Map(this.incoming);
		for (const [name, { value }] of this.set_) all.set(name, value);
		return [...all].map(([name, value]) => ({ name, value }));
	}
	set(name: string, value: string, options: CookieOptions) {
		this.set_.set(name, { value, options });
	}
	delete(name: string, options: { path: string }) {
		this.set_.set(name, { value: '', options: { ...options, maxAge: 0 } });
	}
	serialize(name: string, value: string) {
		return `${name}=${value}`;
	}
	/** What the browser would send next (for following redirects in tests). */
	setCookieLines(): string[] {
		return [...this.set_].map(([name, { value, options }]) =>
			options.maxAge === 0
				? `${name}=; Max-Age=0; Path=/`
				: `${name}=${encodeURIComponent(value)}; Path=/`
		);
	}
}

export interface TestEvent {
	event: RequestEvent;
	cookies: TestCookies;
}

export async function testEvent(options: {
	url: string;
	jar?: CookieJar;
	form?: Record<string, string>;
	params?: Record<string, string>;
	ip?: string;
}): Promise<TestEvent> {
	const ip = options.ip ?? '198.51.100.7';
	const request = options.jar?.request(ip) ?? { ip, cookie: '', userAgent: 'Testbrowser' };
	const headers = new Headers({ 'user-agent': request.userAgent ?? 'Testbrowser' });
	if (request.cookie) headers.set('cookie', request.cookie);
	const url = new URL(options.url, 'http://127.0.0.1:4199');
	const body = options.form ? new URLSearchParams(options.form) : undefined;
	if (body) headers.set('content-type', 'application/x-www-form-urlencoded');
	const incoming = new Map(
		(request.cookie ?? '')
			.split('; ')
			.filter(Boolean)
			.map((pair) => {
				const at = pair.indexOf('=');
				return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))] as [string, string];
			})
	);
	const cookies = new TestCookies(incoming);
	const session = await loadSession(request);
	const event = {
		request: new Request(url, { method: body ? 'POST' : 'GET', headers, body }),
		url,
		params: options.params ?? {},
		cookies,
		locals: { user: session.user, sessionId: session.sessionId, requestId: 'test' },
		getClientAddress: () => ip,
		route: { id: null },
		setHeaders: () => {},
		fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		tracing: {}
	} as unknown as RequestEvent;
	return { event, cookies };
}

/** Runs a load or action and returns what it threw (redirects and HTTP errors are thrown). */
export async function thrownBy(run: () => unknown): Promise<unknown> {
	try {
		await run();
	} catch (error) {
		return error;
	}
	throw new Error('Es wurde nichts geworfen');
}
