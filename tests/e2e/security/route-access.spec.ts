import type { APIResponse, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { VISITORS } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { BOARD_ACTIONS, ROUTES, type Outcome } from './access-table';

// Many pages per test, each also checked with axe afterwards.
test.describe.configure({ timeout: 120_000 });

function isRedirect(response: APIResponse): boolean {
	return response.status() >= 300 && response.status() < 400;
}

function location(response: APIResponse): URL {
	return new URL(response.headers()['location'] ?? '', 'http://app.invalid');
}

async function expectOutcome(page: Page, path: string, outcome: Outcome, json: boolean) {
	// What the server answers (no redirects followed) …
	const response = await page.request.get(path, { maxRedirects: 0 });
	const status = response.status();
	if (outcome === 'allow') {
		expect.soft(status, `${path} sollte erreichbar sein`).toBe(200);
	} else if (outcome === 'forbidden') {
		expect.soft(status, `${path} sollte 403 liefern`).toBe(403);
	} else {
		expect.soft(isRedirect(response), `${path} sollte umleiten, war ${status}`).toBe(true);
		const target = location(response);
		if (outcome === 'sign-in') {
			expect.soft(target.pathname, `${path} sollte zur Anmeldung führen`).toBe('/anmelden');
			expect.soft(target.searchParams.get('weiter')).toBe(path);
		} else {
			expect
				.soft(target.pathname, `${path} sollte nicht zur Anmeldung führen`)
				.not.toBe('/anmelden');
		}
	}
	if (json) return;

	// … and what a person sees in the browser.
	const visit = await page.goto(path);
	if (outcome === 'allow') {
		expect.soft(visit?.status()).toBe(200);
		await expect.soft(page.locator('h1').first()).toBeVisible();
	} else if (outcome === 'forbidden') {
		expect.soft(visit?.status()).toBe(403);
		await expect.soft(page.getByText('Dafür fehlt Ihnen die Berechtigung.')).toBeVisible();
	} else if (outcome === 'sign-in') {
		await expect.soft(page).toHaveURL(/\/anmelden\?weiter=/);
	}

	// Client-side navigation loads the same page's data as JSON: it must not leak either.
	if (outcome === 'forbidden' || outcome === 'sign-in') {
		const data = await page.request.get(`${path.replace(/\/$/, '')}/__data.json`, {
			maxRedirects: 0
		});
		const body = await data.text();
		expect.soft(body, `${path}/__data.json gibt Daten preis`).toMatch(/"type":"(redirect|error)"/);
	}
}

for (const visitor of VISITORS) {
	test(`Seiten als ${visitor}`, async ({ pageAs }) => {
		const page = await pageAs(visitor);
		for (const route of ROUTES) {
			const outcome = route.access[visitor];
			await test.step(`${route.path}: ${outcome}`, () =>
				expectOutcome(page, route.path, outcome, route.json ?? false));
		}
	});
}

const refusedBy = VISITORS.filter((visitor) => visitor !== 'board');

for (const action of BOARD_ACTIONS) {
	test(`${action.page}?/${action.action} nur für den Sprecher*innenrat`, async ({
		pageAs,
		baseURL
	}) => {
		const board = await pageAs('board');
		const before = await action.observe(board);
		for (const visitor of refusedBy) {
			await test.step(`als ${visitor} abgewiesen`, async () => {
				const page = await pageAs(visitor);
				const response = await page.request.post(`${action.page}?/${action.action}`, {
					form: action.form,
					// Same-origin like a real form, so the refusal comes from the app's guard,
					// not from SvelteKit's cross-site check.
					headers: { origin: baseURL! },
					maxRedirects: 0
				});
				if (visitor === 'anonymous') {
					expect.soft(isRedirect(response)).toBe(true);
					expect.soft(location(response).pathname).toBe('/anmelden');
				} else {
					expect.soft(response.status()).toBe(403);
				}
			});
		}
		expect(await action.observe(board), 'eine abgewiesene Aktion hat etwas verändert').toEqual(
			before
		);
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
