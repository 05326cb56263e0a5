import { defineConfig } from '@playwright/test';
import { e2e } from './tests/e2e/support/environment';

/**
 * End-to-end tests against the built app (run `npx vite build` first; `npm test` does). Three
 * servers per run, started together: the SMTP catcher, the demo instance (baseURL) and an empty
 * instance for the setup flow, each on a free port with its own data folder — on PGlite, or on
 * fresh PostgreSQL databases when E2E_DATABASE_URL names a server (see
 * tests/e2e/support/environment.ts).
 */
const environment = e2e();
const ci = process.env.CI === 'true' || process.env.CI === '1';
const tsx = 'node --import tsx';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// One folder per database, so the PostgreSQL run keeps the PGlite run's traces.
	outputDir: `test-results/${environment.database}`,
	// Specs of one file share state on the demo instance, so files (not tests) run in parallel.
	fullyParallel: false,
	// Two cores: the app instances need one of them while the browsers use the rest.
	workers: 2,
	forbidOnly: ci,
	retries: ci ? 1 : 0,
	// Includes the axe analysis of every visited page after the test body.
	timeout: 60_000,
	// Generous for a loaded 2-core machine; a passing check returns at once anyway.
	expect: { timeout: 10_000 },
	reporter: [['list']],
	globalTeardown: './tests/e2e/support/global-teardown.ts',
	use: {
		baseURL: environment.demo.url,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		// Recording a trace for every test cost a seventh of the PGlite run (727 → 630 s): Playwright
		// and Chromium snapshot the page at each step. A failing test is retried (CI) with a trace;
		// its first failure keeps the screenshot. Locally: `npx playwright test --trace on`.
		trace: 'on-first-retry',
		screenshot: 'only-on-failure',
		browserName: 'chromium',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	// One command starts the SMTP catcher and both instances side by side (run-servers.ts):
	// Playwright would start separate entries one after the other.
	webServer: {
		name: 'servers',
		command: `${tsx} tests/e2e/support/servers/run-servers.ts`,
		wait: { stdout: /Alle Testserver bereit/ },
		stdout: 'ignore',
		timeout: 150_000,
		// The instances drop their databases and remove their data folders when they stop.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 }
	}
});
