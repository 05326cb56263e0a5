/**
 * The demo instance's accounts and signing in.
 *
 * - `DEMO_ACCOUNTS[role]`: e-mail of the demo account with that role; password `DEMO_PASSWORD`.
 * - `signIn(page, email, password?)`: signs in through the real form at /anmelden, as a person
 *   would, and waits until the app has let the person in.
 * - `storageStateFor(browser, role)`: a saved signed-in state for the role, made once per run and
 *   shared by all workers (sign-ins are rate-limited, and each costs a password hash). The
 *   `pageAs(role)` fixture (fixtures.ts) uses it; most specs want that instead.
 *
 * Saved sessions are shared: a spec that signs out, revokes sessions or changes a demo account's
 * password must sign in on its own (`signIn` in a fresh context) or use an account it created.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '../../../src/lib/shared/roles';
import { e2e } from './environment';
import { waitForHydration } from './hydration';

export const DEMO_PASSWORD = 'demo-passwort';

export const DEMO_ACCOUNTS = {
	board: 'vorstand@example.org',
	faction_admin: 'fraktion@example.org',
	member: 'mitglied@example.org',
	interested: 'interessiert@example.org'
} as const satisfies Partial<Record<Role, string>>;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;
/** Who visits: nobody signed in, or one of the demo accounts. */
export type Visitor = 'anonymous' | DemoRole;

export const DEMO_ROLES = Object.keys(DEMO_ACCOUNTS) as DemoRole[];
export const VISITORS: Visitor[] = ['anonymous', ...DEMO_ROLES];

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/anmelden');
	await waitForHydration(page);
	await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
	// By role: the label's text also holds the required marker (“Passwort *”).
	await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(password);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(page, `Anmeldung als ${email} fehlgeschlagen`).not.toHaveURL(/\/anmelden/);
}

export async function storageStateFor(browser: Browser, role: DemoRole): Promise<string> {
	const { stateDir } = e2e();
	const file = path.join(stateDir, `${role}.json`);
	mkdirSync(stateDir, { recursive: true });
	const lock = `${file}.lock`;
	const deadline = Date.now() + 60_000;
	// One worker signs in per role; the others wait for its file (mkdir is atomic).
	for (;;) {
		if (existsSync(file)) return file;
		try {
			mkdirSync(lock);
		} catch {
			if (Date.now() > deadline) throw new Error(`Anmeldung als ${role} kam nicht zustande`);
			await new Promise((resolve) => setTimeout(resolve, 100));
			continue;
		}
		try {
			await saveSignedInState(browser, role, file);
			return file;
		} catch (error) {
			rmSync(lock, { recursive: true, force: true });
			throw error;
		}
	}
}

async function saveSignedInState(browser: Browser, role: DemoRole, file: string): Promise<void> {
	const context = await browser.newContext({ baseURL: e2e().demo.url });
	try {
		const page = await context.newPage();
		await signIn(page, DEMO_ACCOUNTS[role]);
		// Written under a private name first: waiting workers read the file as soon as it exists.
		const partial = `${file}.${process.pid}.tmp`;
		await context.storageState({ path: partial });
		renameSync(partial, file);
	} finally {
		await context.close();
	}
}
