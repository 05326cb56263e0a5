import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { storageStateFor, VISITORS, type Visitor } from '../support/accounts';
import { e2e } from '../support/environment';
import { describeFindings } from '../support/axe';
import { analyseShownPage, expect, test, type AnalysedPages } from '../support/fixtures';
import { pageRouteIds } from '../support/route-ids';
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
 * Who opens a page in the browser (the page as shown, axe): the visitor with the most rights
 * among those allowed, once per route (the page with all its controls; rows that try the same
 * route with other parameters show the same template). The roles between see the same page with
 * fewer controls, and anonymous visitors' pages are shown and analysed by the anonymous crawl
 * (privacy/anonymous-crawl.spec.ts, which must reach every page this table allows them); the
 * server's answer is checked here for each of them. Loading and analysing every page for every
 * role was the longest part of the suite and found nothing these visits did not.
 */
const SHOWN_ALLOWED = new Set<RouteRule>();
{
	const shownRoutes = new Set<string>();
	for (const route of ROUTES) {
		if (route.json) continue;
		const allowed = BY_RIGHTS.filter((visitor) => route.access[visitor] === 'allow');
		const most = allowed[allowed.length - 1];
		const routeId = route.routeId ?? route.path;
		if (most && most !== 'anonymous' && !shownRoutes.has(routeId)) {
			shownRoutes.add(routeId);
			SHOWN_ALLOWED.add(route);
		}
	}
}

/**
 * Refusals in the browser: the first row of each outcome per visitor. The sign-in form and the
 * error pages for 403 and 404 are one template each, whichever address led there; only the
 * visitor changes them (the header differs by role).
 */
function shownInBrowser(route: RouteRule, visitor: Visitor): boolean {
	if (route.json) return false;
	const outcome = route.access[visitor];
	if (outcome !== 'allow')
		return ROUTES.find((other) => !other.json && other.access[visitor] === outcome) === route;
	const allowed = BY_RIGHTS.filter((other) => route.access[other] === 'allow');
	return SHOWN_ALLOWED.has(route) && allowed[allowed.length - 1] === visitor;
}

/**
 * Checks one page for one visitor. The server's answer is checked for every page; the browser
 * visit with its axe analysis only where `inBrowser` asks for it (see `shownInBrowser`).
 */
async function expectOutcome(
	request: APIRequestContext,
	openPage: () => Promise<Page>,
	path: string,
	outcome: Outcome,
	options: { json: boolean; inBrowser: boolean; axe?: AnalysedPages }
) {
	const inBrowser = BROWSER_VISITS && options.inBrowser && !options.json;
	if (outcome === 'allow' && inBrowser) {
		// The browser's own load is the server's answer: no redirect, 200, a heading.
		const page = await openPage();
		const visit = await page.goto(path);
		expect.soft(visit?.request().redirectedFrom()?.url(), `${path} leitet um`).toBeUndefined();
		expect.soft(visit?.status(), `${path}: allow`).toBe(200);
		await expect.soft(page.locator('h1').first()).toBeVisible();
		return analyse(page, options.axe);
	}

	// What the server answers (no redirects followed) … A request on a kept-alive connection the
	// server is just closing (idle while the browser worked) fails with ECONNRESET; a browser
	// retries such a GET, so these do too (`maxRetries`).
	const response = await request.get(path, { maxRedirects: 0, maxRetries: 1 });
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
		const data = await request.get(`${url.pathname.replace(/\/$/, '')}/__data.json`, {
			maxRedirects: 0,
			maxRetries: 1
		});
		const body = await data.text();
		expect.soft(body, `${path}/__data.json gibt Daten preis`).toMatch(/"type":"(redirect|error)"/);
	}
	if (outcome === 'allow' && !options.json)
		expect.soft(await response.text(), `${path}: Seite ohne Überschrift`).toMatch(/<h1[\s>]/);
	if (!inBrowser) return;

	// … and what a person sees in the browser.
	const page = await openPage();
	const visit = await page.goto(path);
	if (outcome === 'forbidden') {
		expect.soft(visit?.status()).toBe(403);
		await expect.soft(page.getByText('Dafür fehlt Ihnen die Berechtigung.')).toBeVisible();
	} else if (outcome === 'not-found') {
		expect.soft(visit?.status()).toBe(404);
	} else if (outcome === 'sign-in') {
		await expect.soft(page).toHaveURL(/\/anmelden\?weiter=/);
	}
	return analyse(page, options.axe);
}

/** The page was only loaded: axe checks it now instead of loading it again after the test. */
async function analyse(page: Page, analysed: AnalysedPages | undefined) {
	if (!analysed) return;
	const finding = await analyseShownPage(page, analysed);
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
			requestAs,
			axeCheck,
			axeAnalysed
		}) => {
			// Most rows need only the server's answer: a browser context only when one is shown.
			const request = await requestAs(visitor);
			let page: Promise<Page> | undefined;
			const openPage = () => (page ??= pageAs(visitor));
			for (const route of routes) {
				const outcome = route.access[visitor];
				const json = route.json ?? false;
				const inBrowser = shownInBrowser(route, visitor);
				await test.step(`${route.path}: ${outcome}`, () =>
					expectOutcome(request, openPage, route.path, outcome, {
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
 * hydrate, and the pages' markup is checked with axe by the page tests above).
 *
 * On PGlite only: the guard (auth/policy.ts) refuses these posts before any data is read or
 * written, the same whichever database holds the data, and they took 55 s of the PostgreSQL run.
 * Every page is loaded on PostgreSQL by the tests above.
 */
test.describe(() => {
	test.skip(e2e().database === 'postgres', 'Abweisungen prüft der Lauf auf PGlite');
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
});

test('jede Seite unter src/routes steht in der Tabelle', () => {
	const covered = new Set(ROUTES.map((route) => route.routeId ?? route.path));
	const missing = pageRouteIds().filter((id) => !covered.has(id));
	expect(
		missing,
		'Diese Seiten fehlen in tests/e2e/security/access-table.ts (wer darf sie sehen?)'
	).toEqual([]);
});
