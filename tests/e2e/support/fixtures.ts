/**
 * `test` and `expect` for every spec: `import { test, expect } from '../support/fixtures'`.
 *
 * What it adds to Playwright's own:
 * - Every page the test visits is checked with axe (WCAG 2.1 A/AA; serious and critical
 *   violations fail the test): after the test body, each distinct URL the test's pages showed is
 *   loaded again in the same browser context (same session) and analysed, unless a page of the
 *   same structure was analysed clean in this run (`analyseUnlessKnown`). Opt out per file with
 *   `test.use({ axeCheck: false })` only where a spec checks accessibility itself. The run on
 *   PostgreSQL leaves this to the PGlite run: the pages are the same markup whichever database
 *   holds the data, and analysing them twice would double the longest part of CI. A test that
 *   only loads pages may analyse each right away with `analyseShownPage` (no second load).
 * - `pageAs(visitor)`: a page in a new context signed in as a demo account ('board',
 *   'faction_admin', 'member', 'interested') or signed out ('anonymous'); see accounts.ts.
 * - `requestAs(visitor)`: the same visitor as a bare request context (no browser, no axe).
 * - `page.goto()` of these pages returns only once SvelteKit has hydrated the page: a field
 *   filled before hydration loses its value, and a click before it is a plain form post. After
 *   a full page load that does not start with goto (reload, a no-JS form post), call
 *   `waitForHydration(page)` yourself before typing.
 *
 * The default `page` is signed out, on the demo instance (baseURL).
 */
import {
	test as base,
	type APIRequestContext,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { storageStateFor, type Visitor } from './accounts';
import { e2e } from './environment';
import { describeFindings, findAxeViolations, pageStructure, type AxeFinding } from './axe';
import { hydrateOnGoto, waitForHydration } from './hydration';

export { expect } from '@playwright/test';
export { waitForHydration } from './hydration';

interface TestFixtures {
	/** Check every visited page with axe after the test (default: on the PGlite run). */
	axeCheck: boolean;
	pageAs: (visitor: Visitor) => Promise<Page>;
	/**
	 * Bare HTTP as the visitor (the role's saved session, no browser): for checks of what the
	 * server sends (status, HTML, JSON), which need no rendering, hydration or axe.
	 */
	requestAs: (visitor: Visitor) => Promise<APIRequestContext>;
}

interface WorkerFixtures {
	/** Pages already analysed in this run, so repeated visits cost nothing. */
	axeAnalysed: AnalysedPages;
}

/**
 * The visits (URL + session, `visitKey`) and page structures (`analyseUnlessKnown`) analysed
 * without findings in this run, shared by the workers: the signed-in states are one per role and
 * run (accounts.ts), so a page one worker analysed is the same page for the other (each analysed
 * it again before; axe takes about a quarter of the PGlite run). A file per key in the run's
 * state folder. Only clean results are noted, so a retried test analyses the page that failed
 * it again.
 */
export interface AnalysedPages {
	has(key: string): boolean;
	add(key: string): void;
}

function analysedPagesOfRun(): AnalysedPages {
	const folder = path.join(e2e().stateDir, 'axe-analysed');
	mkdirSync(folder, { recursive: true });
	const fileOf = (key: string) =>
		path.join(folder, createHash('sha256').update(key).digest('hex').slice(0, 32));
	return {
		has: (key) => existsSync(fileOf(key)),
		add: (key) => writeFileSync(fileOf(key), key)
	};
}

/** Records the distinct URLs a page's main frame showed, in order. */
function trackVisits(page: Page): string[] {
	const visited: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame !== page.mainFrame()) return;
		const url = new URL(frame.url());
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
		url.hash = '';
		if (!visited.includes(url.href)) visited.push(url.href);
	});
	return visited;
}

function withoutHash(href: string): string {
	const url = new URL(href);
	url.hash = '';
	return url.href;
}

/** An address as one session sees it: the URL and a hash of the cookies sent with it. */
async function visitKey(context: BrowserContext, url: string): Promise<string> {
	const cookies = await context.cookies(url);
	const text = cookies
		.map((cookie) => `${cookie.name}=${cookie.value}`)
		.sort()
		.join(';');
	return `${url} ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** Analyses the shown page unless its structure is known, and notes the visit when clean. */
async function analyseVisit(
	page: Page,
	key: string,
	analysed: AnalysedPages
): Promise<AxeFinding | undefined> {
	const finding = await analyseUnlessKnown(page, analysed);
	if (!finding || finding.violations.length === 0) analysed.add(key);
	return finding;
}

async function analyseVisits(
	context: BrowserContext,
	urls: string[],
	analysed: AnalysedPages
): Promise<AxeFinding[]> {
	const findings: AxeFinding[] = [];
	// One page loads them all in turn: a new page per address started a renderer process each.
	let page: Page | undefined;
	try {
		for (const url of urls) {
			const key = await visitKey(context, url);
			if (analysed.has(key)) continue;
			page ??= await context.newPage();
			const response = await page.goto(url);
			const type = response?.headers()['content-type'] ?? '';
			if (!type.includes('text/html')) {
				analysed.add(key);
				continue;
			}
			await waitForHydration(page);
			const finding = await analyseVisit(page, key, analysed);
			if (finding) findings.push(finding);
		}
	} finally {
		await page?.close();
	}
	return findings;
}

/**
 * The axe analysis of the page as shown, or `undefined` when a page of the same structure
 * (`pageStructure`) was analysed without findings in this run. About a third of the pages the
 * tests visit are shaped like one analysed before, and axe takes a second or two per page.
 */
export async function analyseUnlessKnown(
	page: Page,
	analysed: AnalysedPages
): Promise<AxeFinding | undefined> {
	const structure = `structure ${await pageStructure(page)}`;
	if (analysed.has(structure)) return undefined;
	const finding = await findAxeViolations(page);
	if (finding.violations.length === 0) analysed.add(structure);
	return finding;
}

/**
 * The axe analysis of the page as it is now, for a test whose visit was a plain load (`goto`,
 * nothing typed or clicked since): the same page the reload after the test would show, so that
 * reload is skipped (`undefined` when this URL and session, or a page of the same structure,
 * were analysed already). Loading each page once instead of twice matters where a test visits
 * many, as the route-access table does.
 */
export async function analyseShownPage(
	page: Page,
	analysed: AnalysedPages
): Promise<AxeFinding | undefined> {
	// Like the reload, which analyses HTML answers only (not a feed or a download).
	if ((await page.evaluate(() => document.contentType)) !== 'text/html') return undefined;
	const url = withoutHash(page.url());
	const key = await visitKey(page.context(), url);
	if (analysed.has(key)) return undefined;
	return analyseVisit(page, key, analysed);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	axeCheck: [e2e().database === 'pglite', { option: true }],
	// eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern.
	axeAnalysed: [async ({}, use) => use(analysedPagesOfRun()), { scope: 'worker' }],

	page: async ({ page, axeCheck, axeAnalysed }, use, testInfo) => {
		hydrateOnGoto(page);
		const visited = trackVisits(page);
		await use(page);
		if (!axeCheck || testInfo.status !== testInfo.expectedStatus) return;
		const findings = await analyseVisits(page.context(), visited, axeAnalysed);
		if (findings.some((finding) => finding.violations.length > 0))
			throw new Error(
				`Barrierefreiheit (axe, WCAG 2.1 AA) verletzt:\n${describeFindings(findings)}`
			);
	},

	pageAs: async (
		{ browser, baseURL, locale, timezoneId, axeCheck, axeAnalysed },
		use,
		testInfo
	) => {
		const opened: { context: BrowserContext; visited: string[] }[] = [];
		await use(async (visitor) => {
			const storageState =
				visitor === 'anonymous' ? undefined : await storageStateFor(browser, visitor);
			const context = await browser.newContext({ baseURL, locale, timezoneId, storageState });
			const page = await context.newPage();
			hydrateOnGoto(page);
			opened.push({ context, visited: trackVisits(page) });
			return page;
		});
		try {
			if (!axeCheck || testInfo.status !== testInfo.expectedStatus) return;
			const findings: AxeFinding[] = [];
			for (const { context, visited } of opened)
				findings.push(...(await analyseVisits(context, visited, axeAnalysed)));
			if (findings.some((finding) => finding.violations.length > 0))
				throw new Error(
					`Barrierefreiheit (axe, WCAG 2.1 AA) verletzt:\n${describeFindings(findings)}`
				);
		} finally {
			for (const { context } of opened) await context.close();
		}
	},

	requestAs: async ({ browser, playwright, baseURL }, use) => {
		const opened: APIRequestContext[] = [];
		await use(async (visitor) => {
			const request = await playwright.request.newContext({
				baseURL,
				storageState: visitor === 'anonymous' ? undefined : await storageStateFor(browser, visitor)
			});
			opened.push(request);
			return request;
		});
		for (const request of opened) await request.dispose();
	}
});
