import type { Page } from '@playwright/test';
import { DEMO_PRIVATE_VALUES } from '../../../src/lib/server/demo/seed-demo';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { describeFindings, findAxeViolations, type AxeFinding } from '../support/axe';
import { expect, test } from '../support/fixtures';

/**
 * Everything an anonymous visitor can reach by following links from the start page: every page
 * answers without error, passes axe, and shows none of the demo instance's private data.
 */
const MAX_PAGES = 150;

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
	baseURL
}) => {
	const queue = [normalise('/', baseURL!)!];
	const seen = new Set(queue);
	const problems: string[] = [];
	const findings: AxeFinding[] = [];
	let crawled = 0;

	while (queue.length > 0 && crawled < MAX_PAGES) {
		const url = queue.shift()!;
		crawled++;
		// The raw answer first: status without following redirects, and the exact bytes sent.
		const raw = await page.request.get(url, { maxRedirects: 0 });
		const status = raw.status();
		if (status >= 400) {
			problems.push(`${url}: Status ${status}`);
			continue;
		}
		const body = await raw.text();
		for (const value of privateValuesIn(body))
			problems.push(`${url}: enthält privaten Wert „${value}“`);
		if (status >= 300) {
			const target = normalise(raw.headers()['location'] ?? '', url);
			if (target && !seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
			continue;
		}
		if (!(raw.headers()['content-type'] ?? '').includes('text/html')) continue;

		// Then as a browser shows it: hydrated page, axe, and its links.
		await page.goto(url);
		for (const value of privateValuesIn(await page.content()))
			problems.push(`${url}: zeigt im Browser privaten Wert „${value}“`);
		findings.push(await findAxeViolations(page));
		for (const href of await linksOn(page)) {
			const target = normalise(href, url);
			if (target && !seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
		}
	}

	test.info().annotations.push({ type: 'gecrawlt', description: `${crawled} Adressen` });
	expect(crawled, 'der Crawl hat kaum etwas gefunden').toBeGreaterThanOrEqual(3);
	expect(queue, `mehr als ${MAX_PAGES} Adressen: MAX_PAGES erhöhen`).toEqual([]);
	expect(PRIVATE_VALUES.length, 'keine privaten Demo-Werte zum Prüfen').toBeGreaterThan(4);
	expect(problems, problems.join('\n')).toEqual([]);
	const violations = findings.filter((finding) => finding.violations.length > 0);
	expect(violations.length, `axe:\n${describeFindings(findings)}`).toBe(0);
});
