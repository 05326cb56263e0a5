import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { storageStateFor, VISITORS, type Visitor } from '../support/accounts';
import { e2e } from '../support/environment';
import { describeFindings } from '../support/axe';
import { analyseShownPage, expect, test } from '../support/fixtures';
import { BOARD_ACTIONS, ROUTES, type Outcome, type RouteRule } from './access-table';

/**
 * The browser visits (hydration, the page as shown, axe) belong to the PGlite run: the markup is the
 * same whichever database serves it. The PostgreSQL run checks every server answer per visitor.
 */
const BROWSER_VISITS = e2e().database === 'pglite';

// Several pages per test, each also checked with axe afterwards. The tests are independent, so
// both workers share them: this file is the longest of the suite.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

function isRedirect(response: APIResponse): boolean {
	return response.status() >= 300 && response.status() < 400;
}

function location(response: APIResponse): URL {
	return new URL(response.headers()['location'] ?? '', 'http://app.invalid');
}

/** From fewest to most rights: each visitor may open what the ones before may, and more. */
const BY_RIGHTS: Visitor[] = ['anonymous', 'interested', 'member', 'faction_admin', 'board'];
if (VISITORS.some((visitor) => !BY_RIGHTS.includes(visitor)))
	throw new Error('route-access: jede Rolle aus VISITORS muss in BY_RIGHTS stehen');

/**
 * Who opens a page in the browser: the visitor with the most rights among those allowed (the
 * page with all its controls), and anonymous visitors where they are allowed (the public header
 * and layout). The roles between see the same page with fewer controls; the server's answer is
 * checked for each of them. Loading and analysing every page for every role was the longest part
 * of the suite and found nothing these two did not.
 */
function shownToInBrowser(route: RouteRule): Set<Visitor> {
	const allowed = BY_RIGHTS.filter((visitor) => route.access[visitor] === 'allow');
	const most = allowed[allowed.length - 1];
	return new Set(
		[allowed[0] === 'anonymous' ? 'anonymous' : most, most].filter((v) => v !== undefined)
	);
}

/**
 * Checks one page for one visitor. The server's answer is checked for every page; the browser
 * visit with its axe analysis only where `inBrowser` asks for it: for a page a visitor may open,
 * see `shownToInBrowser`; for refusals the first of each kind per test, as their pages are the
 * same sign-in form and error page each time.
 */
async function expectOutcome(
	page: Page,
	path: string,
	outcome: Outcome,
	options: { json: boolean; inBrowser: boolean; axe?: Set<string> }
) {
	// What the server answers (no redirects followed) …
	const response = await page.request.get(path, { maxRedirects: 0 });
	const status = response.status();
	const expectedStatus = { allow: 200, forbidden: 403, 'not-found': 404 } as const;
	if (outcome === 'sign-in' || outcome === 'redirect') {
		expect.soft(isRedirect(response), `${path} sollte umleiten, war ${status}`).toBe(true);
		const target = location(response);
		if (outcome === 'sign-in') {
			expect.soft(target.pathname, `${path} sollte zur Anmeldung führen`).toBe('/anmelden');
			expect.soft(target.searchParams.get('weiter')).toBe(path);
		}
	} else {
		expect.soft(status, `${path}: ${outcome}`).toBe(expectedStatus[outcome]);
	}
	if (outcome === 'forbidden' && !options.json)
		expect
			.soft(await response.text(), `${path}: Hinweis`)
			.toContain('Dafür fehlt Ihnen die Berechtigung.');

	// Client-side navigation loads the same page's data as JSON: it must not leak either.
	if (!options.json && (outcome === 'forbidden' || outcome === 'sign-in')) {
		const url = new URL(path, 'http://app.invalid');
		const data = await page.request.get(`${url.pathname.replace(/\/$/, '')}/__data.json`, {
			maxRedirects: 0
		});
		const body = await data.text();
		expect.soft(body, `${path}/__data.json gibt Daten preis`).toMatch(/"type":"(redirect|error)"/);
	}
	if (outcome === 'allow' && !options.json && !options.inBrowser)
		expect.soft(await response.text(), `${path}: Seite ohne Überschrift`).toMatch(/<h1[\s>]/);
	if (options.json || !BROWSER_VISITS || !options.inBrowser) return;

	// … and what a person sees in the browser.
	const visit = await page.goto(path);
	if (outcome === 'allow') {
		expect.soft(visit?.status()).toBe(200);
		await expect.soft(page.locator('h1').first()).toBeVisible();
	} else if (outcome === 'forbidden') {
		expect.soft(visit?.status()).toBe(403);
		await expect.soft(page.getByText('Dafür fehlt Ihnen die Berechtigung.')).toBeVisible();
	} else if (outcome === 'not-found') {
		expect.soft(visit?.status()).toBe(404);
	} else if (outcome === 'sign-in') {
		await expect.soft(page).toHaveURL(/\/anmelden\?weiter=/);
	}
	// The page was only loaded: axe checks it now instead of loading it again after the test.
	if (!options.axe) return;
	const finding = await analyseShownPage(page, options.axe);
	if (finding)
		expect
			.soft(
				finding.violations,
				`Barrierefreiheit (axe, WCAG 2.1 AA) verletzt:\n${describeFindings([finding])}`
			)
			.toEqual([]);
}

/**
 * The table is long, and axe checks every page a test visited when the test ends: a few pages per
 * test keep each test well inside its time on a busy machine, and let the workers share them.
 */
const ROUTES_PER_TEST = BROWSER_VISITS ? 12 : 24;
const routeGroups = Array.from({ length: Math.ceil(ROUTES.length / ROUTES_PER_TEST) }, (_, i) =>
	ROUTES.slice(i * ROUTES_PER_TEST, (i + 1) * ROUTES_PER_TEST)
);

for (const visitor of VISITORS) {
	routeGroups.forEach((routes, index) => {
		test(`Seiten als ${visitor} (${index + 1}/${routeGroups.length})`, async ({
			pageAs,
			axeCheck,
			axeAnalysed
		}) => {
			const page = await pageAs(visitor);
			// Refusals in the browser: the first of each kind in each test.
			const shown = new Set<Outcome>();
			for (const route of routes) {
				const outcome = route.access[visitor];
				const json = route.json ?? false;
				const inBrowser =
					!json &&
					(outcome === 'allow' ? shownToInBrowser(route).has(visitor) : !shown.has(outcome));
				if (inBrowser && outcome !== 'allow') shown.add(outcome);
				await test.step(`${route.path}: ${outcome}`, () =>
					expectOutcome(page, route.path, outcome, {
						json,
						inBrowser,
						axe: axeCheck ? axeAnalysed : undefined
					}));
			}
		});
	});
}

const refusedBy = VISITORS.filter((visitor) => visitor !== 'board');

/** A form post as a browser sends it: `html` without JavaScript, else as `use:enhance` does. */
function postForm(
	request: APIRequestContext,
	url: string,
	form: Record<string, string>,
	html: boolean
) {
	return request.post(url, {
		form,
		headers: {
			// Same-origin like a real form, so a refusal comes from the app's guard and not from
			// SvelteKit's cross-site check.
			origin: new URL(url).origin,
			accept: html ? 'text/html' : 'application/json',
			...(html ? {} : { 'x-sveltekit-action': 'true' })
		},
		maxRedirects: 0
	});
}

/**
 * The refused posts need a session and nothing else: bare request contexts (no browser context,
 * no page) per visitor, and the board reads the server-rendered pages with scripts off (nothing to
 * hydrate, and the pages' markup is checked with axe by the page tests above). These were 23 tests
 * of several seconds each on both databases.
 */
for (const action of BOARD_ACTIONS) {
	test(`nur der Sprecher*innenrat: ${action.name}`, async ({ browser, playwright, baseURL }) => {
		const boardContext = await browser.newContext({
			baseURL,
			javaScriptEnabled: false,
			storageState: await storageStateFor(browser, 'board')
		});
		try {
			const board = await boardContext.newPage();
			const pagePath = typeof action.page === 'string' ? action.page : await action.page(board);
			// A page's default action is posted to the page itself (SvelteKit refuses `?/default`).
			const target = action.action === 'default' ? pagePath : `${pagePath}?/${action.action}`;
			const url = new URL(target, baseURL).href;
			const form = typeof action.form === 'function' ? await action.form(board) : action.form;
			const before = await action.observe(board);
			for (const visitor of refusedBy) {
				await test.step(`als ${visitor} abgewiesen`, async () => {
					const request = await playwright.request.newContext({
						baseURL,
						storageState:
							visitor === 'anonymous' ? undefined : await storageStateFor(browser, visitor)
					});
					try {
						const html = await postForm(request, url, form, true);
						const enhanced = await postForm(request, url, form, false);
						const answer = (await enhanced.json()) as { type?: string; location?: string };
						if (visitor === 'anonymous') {
							expect.soft(isRedirect(html), `ohne JS: Status ${html.status()}`).toBe(true);
							expect.soft(location(html).pathname).toBe('/anmelden');
							expect.soft(answer.type).toBe('redirect');
							expect.soft(answer.location ?? '').toMatch(/^\/anmelden\?/);
						} else {
							expect.soft(html.status(), 'ohne JS').toBe(403);
							expect.soft(enhanced.status(), 'mit use:enhance').toBe(403);
							expect.soft(answer.type).toBe('error');
						}
					} finally {
						await request.dispose();
					}
				});
			}
			expect(await action.observe(board), 'eine abgewiesene Aktion hat etwas verändert').toEqual(
				before
			);
		} finally {
			await boardContext.close();
		}
	});
}

test('jede Seite unter src/routes steht in der Tabelle', () => {
	const covered = new Set(ROUTES.map((route) => route.routeId ?? route.path));
	const missing = pageRouteIds().filter((id) => !covered.has(id));
	expect(
		missing,
		'Diese Seiten fehlen in tests/e2e/security/access-table.ts (wer darf sie sehen?)'
	).toEqual([]);
});

/** Route ids of all pages, as SvelteKit's router sees them (groups removed). */
function pageRouteIds(): string[] {
	const root = path.resolve('src/routes');
	const ids = new Set<string>();
	for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		const file = path.basename(entry);
		if (file !== '+page.svelte' && !/^\+page\.server\.(ts|js)$/.test(file)) continue;
		const segments = path
			.dirname(entry)
			.split(path.sep)
			.filter((segment) => segment !== '.' && !/^\(.*\)$/.test(segment));
		ids.add(`/${segments.join('/')}`);
	}
	return [...ids].sort();
}
