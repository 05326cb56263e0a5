import type { Page } from '@playwright/test';
import { DEMO_PRIVATE_VALUES } from '../../../src/lib/server/demo/seed-demo';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { describeFindings, type AxeFinding } from '../support/axe';
import { e2e } from '../support/environment';
import { analyseUnlessKnown, expect, test } from '../support/fixtures';
import { routeIdOf } from '../support/route-ids';
import { ROUTES } from '../security/access-table';

/**
 * Everything an anonymous visitor can reach by following links from the start page, and every
 * page the route-access table lets anonymous visitors open: every page answers without error,
 * passes axe, and shows none of the demo instance's private data.
 *
 * The demo directory makes that hundreds of person, area and council pages. Every address is
 * fetched and checked for private values, on both databases. The browser (hydration, the shown
 * page's private values, axe) visits the first two pages of each route, since pages of one route
 * share their template; it does so on the PGlite run only (the same markup whichever database
 * serves it). The route-access spec leaves the anonymous browser visits of allowed pages to this
 * crawl, which therefore must reach every such route (checked at the end).
 */
const MAX_ADDRESSES = 3000;
const BROWSER_VISITS_PER_ROUTE = 2;
const BROWSER_VISITS = e2e().database === 'pglite';
const PARALLEL_FETCHES = 4;
/** The pages the access table lets anonymous visitors open, also those no link leads to. */
const ANONYMOUS_PAGES = ROUTES.filter(
	(route) => route.access.anonymous === 'allow' && !route.json
).map((route) => route.path);
/**
 * Downloads (motion exports as PDF/DOCX, attachments) are compressed: a text search in their
 * bytes proves nothing, and a third of the demo's addresses are such files. The first few of each
 * kind are fetched (they must answer without error); the rest are counted, not fetched.
 */
const DOWNLOADS_PER_KIND = 3;
const DOWNLOAD = /\.(pdf|docx|odt)$|\/anhaenge\/[^/]+$/;
/**
 * Imported council data is public record from public council systems: it holds no private
 * values. Its pages' filter and paging combinations (Gremium × paper type × two pagings) run into
 * hundreds of addresses of the same rows; the first few of each page are fetched.
 */
const COUNCIL_PAGES = /^\/ratsinfo\//;
/**
 * The sign-in form is linked from every page a visitor must sign in for (a third of the demo's
 * addresses are `/anmelden?weiter=…`): one template whose only variable is that return address,
 * which the crawl itself put there. Its first few addresses are fetched like the council pages'.
 */
const SIGN_IN_PAGE = /^\/anmelden$/;
const QUERY_VARIANTS_PER_PAGE = 3;

/** `/antraege/3f2…/export.pdf` and `/…/anhaenge/5` are files of one kind: segments with digits are ids. */
function kindOf(url: string): string {
	return new URL(url).pathname
		.split('/')
		.map((segment) => (/\d/.test(segment) ? ':id' : segment))
		.join('/');
}

/** Links of a server-rendered page, as the browser would find them (a[href], link rel=alternate). */
function linksInHtml(html: string): string[] {
	const links: string[] = [];
	for (const [, tag, attributes] of html.matchAll(/<(a|link)\b([^>]*)>/g)) {
		if (tag === 'link' && !/\brel="alternate"/.test(attributes!)) continue;
		const href = /\bhref="([^"]*)"/.exec(attributes!)?.[1];
		if (href !== undefined) links.push(href.replaceAll('&amp;', '&'));
	}
	return links;
}

/** Values that only signed-in people (or only the board) may see, compared case-insensitively. */
const PRIVATE_VALUES = [...new Set([...DEMO_PRIVATE_VALUES, ...Object.values(DEMO_ACCOUNTS)])];

function privateValuesIn(text: string): string[] {
	const lower = text.toLowerCase();
	return PRIVATE_VALUES.filter((value) => lower.includes(value.toLowerCase()));
}

// The crawl checks every page with axe itself, in the state it was crawled in.
test.use({ axeCheck: false });
test.describe.configure({ timeout: 300_000 });

function normalise(href: string, base: string): string | null {
	let url: URL;
	try {
		url = new URL(href, base);
	} catch {
		return null;
	}
	if (url.origin !== new URL(base).origin) return null;
	url.hash = '';
	return url.href;
}

async function linksOn(page: Page): Promise<string[]> {
	return page
		.locator('a[href], link[rel="alternate"][href]')
		.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
}

test('anonym erreichbare Seiten: ohne Fehler, barrierefrei, ohne private Daten', async ({
	page,
	baseURL,
	axeAnalysed
}) => {
	const queue: string[] = [];
	const seen = new Set<string>();
	const problems: string[] = [];
	const findings: AxeFinding[] = [];
	const browserVisits = new Map<string, number>();
	const downloads = new Map<string, number>();
	/** Route ids of the HTML pages fetched. */
	const reached = new Set<string>();
	let crawled = 0;
	let downloadsSkipped = 0;
	const queryVariants = new Map<string, number>();
	let variantsSkipped = 0;
	const enqueue = (href: string, base: string) => {
		const target = normalise(href, base);
		if (target && !seen.has(target)) {
			seen.add(target);
			queue.push(target);
		}
	};
	for (const path of ['/', ...ANONYMOUS_PAGES]) enqueue(path, baseURL!);

	/** The browser visits one page at a time, beside the fetches (which never wait for it). */
	const showInBrowser = async (url: string) => {
		await page.goto(url);
		for (const value of privateValuesIn(await page.content()))
			problems.push(`${url}: zeigt im Browser privaten Wert „${value}“`);
		const finding = await analyseUnlessKnown(page, axeAnalysed);
		if (finding) findings.push(finding);
		for (const href of await linksOn(page)) enqueue(href, url);
	};
	let browser = Promise.resolve();
	let browserPending = 0;
	const browserFailures: unknown[] = [];

	const visit = async (url: string) => {
		if (DOWNLOAD.test(new URL(url).pathname)) {
			const kind = kindOf(url);
			const fetched = downloads.get(kind) ?? 0;
			if (fetched >= DOWNLOADS_PER_KIND) {
				downloadsSkipped++;
				return;
			}
			downloads.set(kind, fetched + 1);
		}
		const { pathname, search } = new URL(url);
		if (search && (COUNCIL_PAGES.test(pathname) || SIGN_IN_PAGE.test(pathname))) {
			const fetched = queryVariants.get(pathname) ?? 0;
			if (fetched >= QUERY_VARIANTS_PER_PAGE) {
				variantsSkipped++;
				return;
			}
			queryVariants.set(pathname, fetched + 1);
		}
		crawled++;
		// The raw answer first: status without following redirects, and the exact bytes sent. An
		// anonymous visitor has no cookies, so Node's own fetch does (cheaper than the browser's
		// request API, which passes every body through Playwright's driver).
		const raw = await fetch(url, { redirect: 'manual' });
		const status = raw.status;
		if (status >= 400) {
			problems.push(`${url}: Status ${status}`);
			return;
		}
		const body = await raw.text();
		for (const value of privateValuesIn(body))
			problems.push(`${url}: enthält privaten Wert „${value}“`);
		if (status >= 300) {
			enqueue(raw.headers.get('location') ?? '', url);
			return;
		}
		if (!(raw.headers.get('content-type') ?? '').includes('text/html')) return;
		for (const href of linksInHtml(body)) enqueue(href, url);
		const route = routeIdOf(pathname) ?? kindOf(url);
		reached.add(route);
		const visits = browserVisits.get(route) ?? 0;
		if (!BROWSER_VISITS || visits >= BROWSER_VISITS_PER_ROUTE) return;
		browserVisits.set(route, visits + 1);
		// Then as a browser shows it: hydrated page, axe, and its links.
		browserPending++;
		browser = browser
			.then(() => showInBrowser(url))
			.catch((error: unknown) => void browserFailures.push(error))
			.finally(() => browserPending--);
	};

	// A few fetches at a time keep the app busy while the test process reads the answers.
	let inFlight = 0;
	const crawler = async () => {
		while (crawled < MAX_ADDRESSES) {
			const url = queue.shift();
			if (url === undefined) {
				// The browser may still find links the server's HTML did not have.
				if (inFlight === 0 && browserPending === 0) return;
				await new Promise((resolve) => setTimeout(resolve, 10));
				continue;
			}
			inFlight++;
			try {
				await visit(url);
			} finally {
				inFlight--;
			}
		}
	};
	await Promise.all(Array.from({ length: PARALLEL_FETCHES }, crawler));
	await browser;

	test.info().annotations.push({
		type: 'gecrawlt',
		description: `${crawled} Adressen (${reached.size} Seitenrouten, ${findings.length} im Browser), ${downloadsSkipped} weitere Downloads und ${variantsSkipped} weitere Varianten der Ratsinfo-Seiten und des Anmeldeformulars nicht geladen`
	});
	expect(browserFailures, 'Besuche im Browser gescheitert').toEqual([]);
	expect(crawled, 'der Crawl hat kaum etwas gefunden').toBeGreaterThanOrEqual(3);
	expect(queue, `mehr als ${MAX_ADDRESSES} Adressen: MAX_ADDRESSES erhöhen`).toEqual([]);
	expect(PRIVATE_VALUES.length, 'keine privaten Demo-Werte zum Prüfen').toBeGreaterThan(4);
	expect(problems, problems.join('\n')).toEqual([]);
	// Every page the table lets anonymous visitors open was shown (and analysed) here.
	const missed = ANONYMOUS_PAGES.filter((path) => {
		const { pathname } = new URL(path, baseURL);
		return !reached.has(routeIdOf(pathname) ?? pathname);
	});
	expect(missed, 'anonym erlaubte Seiten, die der Crawl nicht erreicht hat').toEqual([]);
	const violations = findings.filter((finding) => finding.violations.length > 0);
	expect(violations.length, `axe:\n${describeFindings(findings)}`).toBe(0);
});
