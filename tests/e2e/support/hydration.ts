/**
 * Waiting for SvelteKit to hydrate a page before a test types or clicks: a field filled before
 * hydration loses its value, and a click before it sends a plain form post.
 *
 * - `waitForHydration(page)`: returns once the page is hydrated.
 * - `hydrateOnGoto(page)`: makes `page.goto()` wait for that (the fixtures do this for `page`
 *   and `pageAs`).
 */
import type { Page } from '@playwright/test';

/**
 * SvelteKit (2.70) switches scroll restoration to manual when its router starts, right after
 * hydration, so the app needs no marker of its own for tests. A page without SvelteKit's start
 * script (`csr = false`) is never hydrated and counts as ready.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			history.scrollRestoration === 'manual' ||
			![...document.scripts].some((script) => script.textContent?.includes('kit.start(')),
		undefined,
		{ timeout: 15_000 }
	);
}

export function hydrateOnGoto(page: Page): void {
	const goto = page.goto.bind(page);
	page.goto = async (url, options) => {
		const response = await goto(url, options);
		const settled = !options?.waitUntil || options.waitUntil === 'load';
		const html = (response?.headers()['content-type'] ?? '').includes('text/html');
		if (settled && html) await waitForHydration(page);
		return response;
	};
}
