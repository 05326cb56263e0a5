import { describe, expect, it } from 'vitest';
import { startApp, type App } from './support/app';
import { tempDataDir } from './support/paths';
import { adminUrl } from './support/postgres';
import { preparedDatabase } from './support/prepared';

const PASSWORD = 'demo-passwort';

/** Posts the sign-in form as a browser without JavaScript would (same-origin, urlencoded). */
function signIn(app: App, email: string, password: string): Promise<Response> {
	return fetch(`${app.url}/anmelden`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: app.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password })
	});
}

function sessionCookie(response: Response): string {
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
	const session = cookies.filter((cookie) => cookie.includes('session_token'));
	expect(session.length, `Sitzungs-Cookie fehlt: ${cookies.join(', ')}`).toBeGreaterThan(0);
	return session.join('; ');
}

function account(app: App, cookie: string): Promise<Response> {
	return fetch(`${app.url}/konto`, {
		redirect: 'manual',
		headers: { cookie, accept: 'text/html' }
	});
}

describe.runIf(adminUrl)('two app processes on one PostgreSQL database', () => {
	it('share sessions and rate limits', async () => {
		const databaseUrl = await preparedDatabase();
		// The first process seeds the demo accounts; the second finds them there.
		const first = await startApp({ dataDir: tempDataDir(), databaseUrl, env: { DEMO: '1' } });
		const second = await startApp({ dataDir: tempDataDir(), databaseUrl, env: { DEMO: '1' } });

		// Signed in through one process, known to the other.
		const signedIn = await signIn(first, 'mitglied@example.org', PASSWORD);
		expect(signedIn.status).toBe(303);
		const cookie = sessionCookie(signedIn);
		const onSecond = await account(second, cookie);
		expect(onSecond.status).toBe(200);
		expect(await onSecond.text()).toContain('mitglied@example.org');

		// Signed out through the other process, gone in the first.
		const signOut = await fetch(`${second.url}/abmelden`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie,
				origin: second.url,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: ''
		});
		expect(signOut.status).toBe(303);
		const afterSignOut = await account(first, cookie);
		expect(afterSignOut.status).toBe(303);
		expect(afterSignOut.headers.get('location')).toMatch(/^\/anmelden/);

		// Wrong passwords spread over both processes count against one limit per address.
		const email = 'fraktion@example.org';
		const statuses: number[] = [];
		for (let attempt = 0; attempt < 10; attempt++) {
			const app = attempt % 2 === 0 ? first : second;
			statuses.push((await signIn(app, email, 'falsches-passwort')).status);
		}
		expect(statuses.every((status) => status === 400)).toBe(true);
		const limited = await signIn(second, email, PASSWORD);
		expect(limited.status).toBe(429);
		expect(await limited.text()).toContain('Zu viele Versuche');
		const limitedOnFirst = await signIn(first, email, PASSWORD);
		expect(limitedOnFirst.status).toBe(429);

		await Promise.all([first.stop('SIGTERM'), second.stop('SIGTERM')]);
	});
});
