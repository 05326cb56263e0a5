import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET as personalFeed } from '../../../feeds/kalender/[token].ics/+server';
import { GET as publicFeed } from '../../../feeds/events.ics/+server';
import { actions, load } from './+page.server';

beforeAll(async () => {
	await createTestDatabase();
});

async function signedIn(role: 'guest' | 'interested' | 'member', form?: Record<string, string>) {
	const account = await createTestAccount({ role });
	const { jar } = await signedInJar(account.email);
	return (await testEvent({ url: '/konto/kalender', jar, form })).event;
}

function tokenOf(url: string): string {
	return url.match(/\/feeds\/kalender\/([A-Za-z0-9_-]{43})\.ics$/)![1]!;
}

async function fetchFeed(token: string): Promise<number> {
	const { event } = await testEvent({ url: `/feeds/kalender/${token}.ics`, params: { token } });
	try {
		return (await personalFeed(event as never)).status;
	} catch (caught) {
		return (caught as { status: number }).status;
	}
}

describe('/konto/kalender', () => {
	it('sends anonymous visitors to sign in and refuses guests, from load and every action', async () => {
		const { event } = await testEvent({ url: '/konto/kalender', form: {} });
		expect(await thrownBy(() => load(event as never))).toMatchObject({
			status: 303,
			location: '/anmelden?weiter=%2Fkonto%2Fkalender'
		});
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 303 });
		}
		const guest = await signedIn('guest', {});
		expect(await thrownBy(() => load(guest as never))).toMatchObject({ status: 403 });
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(guest as never))).toMatchObject({ status: 403 });
		}
	});

	it('creates an address that works, shows it again, replaces it and deletes it', async () => {
		const event = await signedIn('interested', {});
		expect(await load(event as never)).toMatchObject({ address: null, seesMembersEvents: false });

		expect(await actions.create(event as never)).toEqual({
			success: 'Ihre Kalender-Adresse ist erstellt.'
		});
		const shown = (await load(event as never)).address!;
		const first = tokenOf(shown.url);
		expect((await load(event as never)).address!.url).toBe(shown.url);
		expect(await fetchFeed(first)).toBe(200);

		expect(await actions.create(event as never)).toMatchObject({
			success: expect.stringContaining('bisherige funktioniert nicht mehr')
		});
		const second = tokenOf((await load(event as never)).address!.url);
		expect(second).not.toBe(first);
		expect(await fetchFeed(first)).toBe(404);
		expect(await fetchFeed(second)).toBe(200);

		await actions.delete(event as never);
		expect((await load(event as never)).address).toBeNull();
		expect(await fetchFeed(second)).toBe(404);
	});

	it('tells members that the members-only events are in it', async () => {
		const event = await signedIn('member');
		expect(await load(event as never)).toMatchObject({ seesMembersEvents: true });
	});
});

describe('/feeds/events.ics', () => {
	it('is an iCalendar anyone may fetch and cache, and 304 once it is known', async () => {
		const { event } = await testEvent({ url: '/feeds/events.ics' });
		const response = await publicFeed(event as never);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
		const etag = response.headers.get('etag')!;

		const again = await testEvent({ url: '/feeds/events.ics' });
		again.event.request.headers.set('if-none-match', etag);
		expect((await publicFeed(again.event as never)).status).toBe(304);
	});
});
