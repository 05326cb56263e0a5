import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { savedSearch } from '$lib/server/alerts/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { emptyTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

async function signedIn(role: 'member' | 'interested' | 'guest' = 'member') {
	const account = await createTestAccount({ role });
	const { jar } = await signedInJar(account.email);
	return { account, jar };
}

async function pageData(jar: Awaited<ReturnType<typeof signedIn>>['jar'], url = '/konto/suchen') {
	const { event } = await testEvent({ url, jar });
	return (await load(event as never))!;
}

describe('/konto/suchen', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('sends anonymous visitors to sign in and refuses guests, from load and every action', async () => {
		const { event } = await testEvent({ url: '/konto/suchen', form: { name: 'X' } });
		expect(await thrownBy(() => load(event as never))).toMatchObject({
			status: 303,
			location: '/anmelden?weiter=%2Fkonto%2Fsuchen'
		});
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 303 });
		}
		const { jar } = await signedIn('guest');
		for (const action of Object.values(actions)) {
			const { event: guest } = await testEvent({ url: '/konto/suchen', jar, form: { name: 'X' } });
			expect(await thrownBy(() => action(guest as never))).toMatchObject({ status: 403 });
		}
		expect(await db.select().from(savedSearch)).toHaveLength(0);
	});

	it('fills the form from the search page’s address and saves words and filters', async () => {
		const { jar, account } = await signedIn('interested');
		const data = await pageData(jar, '/konto/suchen?q=Kita&kind=motion&year=2026&unbekannt=1');
		expect(data.draft).toMatchObject({
			query: 'Kita',
			filters: { kind: ['motion'], year: ['2026'] },
			fromSearch: true,
			filterDescriptions: [
				{ label: 'Art', values: ['Antrag'] },
				{ label: 'Jahr', values: ['2026'] }
			]
		});

		const { event } = await testEvent({
			url: '/konto/suchen?/create',
			jar,
			form: { name: 'Kitas', query: 'Kita', frequency: 'weekly', kind: 'motion', year: '2026' }
		});
		expect(await actions.create(event as never)).toMatchObject({
			scope: 'create',
			success: 'Die Suche „Kitas“ ist gespeichert.'
		});
		const [search] = (await pageData(jar)).searches;
		expect(search).toMatchObject({
			name: 'Kitas',
			query: 'Kita',
			frequency: 'weekly',
			filters: { kind: ['motion'], year: ['2026'] },
			searchHref: '/suche?q=Kita&kind=motion&year=2026'
		});
		expect(search!.feedUrl).toMatch(/\/feeds\/suche\/[A-Za-z0-9_-]{43}\.xml$/);
		const [stored] = await db.select().from(savedSearch);
		expect(stored!.userId).toBe(account.id);
		// Only a hash of the address is stored.
		expect(JSON.stringify(stored)).not.toContain(search!.feedUrl.split('/').pop()!.slice(0, -4));
	});

	it('keeps what was typed and stores nothing when the input is wrong', async () => {
		const { jar } = await signedIn();
		const { event } = await testEvent({
			url: '/konto/suchen?/create',
			jar,
			form: { name: '  ', query: 'Radweg', frequency: 'stündlich' }
		});
		expect(await actions.create(event as never)).toMatchObject({
			status: 400,
			data: {
				scope: 'create',
				errors: {
					name: ['Bitte geben Sie der Suche einen Namen.'],
					frequency: ['Bitte wählen Sie, wie oft Sie Mails erhalten.']
				},
				values: { query: 'Radweg' }
			}
		});
		expect(await db.select().from(savedSearch)).toHaveLength(0);
	});

	it('edits, renews and deletes only one’s own searches; someone else’s answer 404', async () => {
		const owner = await signedIn();
		const other = await signedIn();
		const { event } = await testEvent({
			url: '/konto/suchen?/create',
			jar: owner.jar,
			form: { name: 'Busse', query: 'Bus', frequency: 'daily' }
		});
		await actions.create(event as never);
		const [before] = await db.select().from(savedSearch);
		const id = before!.id;

		for (const [name, form] of [
			['update', { id, name: 'Übernommen', query: 'x', frequency: 'none' }],
			['regenerate', { id }],
			['delete', { id }]
		] as const) {
			const { event: foreign } = await testEvent({
				url: `/konto/suchen?/${name}`,
				jar: other.jar,
				form
			});
			expect(await thrownBy(() => actions[name](foreign as never))).toMatchObject({ status: 404 });
		}
		expect((await db.select().from(savedSearch))[0]).toEqual(before);

		const { event: edit } = await testEvent({
			url: '/konto/suchen?/update',
			jar: owner.jar,
			form: { id, name: 'Busse am Wochenende', query: 'Bus Wochenende', frequency: 'immediate' }
		});
		expect(await actions.update(edit as never)).toMatchObject({ scope: `s:${id}` });
		const feedBefore = (await pageData(owner.jar)).searches[0]!.feedUrl;
		const { event: renew } = await testEvent({
			url: '/konto/suchen?/regenerate',
			jar: owner.jar,
			form: { id }
		});
		await actions.regenerate(renew as never);
		const [after] = (await pageData(owner.jar)).searches;
		expect(after).toMatchObject({ name: 'Busse am Wochenende', frequency: 'immediate' });
		expect(after!.feedUrl).not.toBe(feedBefore);

		const { event: remove } = await testEvent({
			url: '/konto/suchen?/delete',
			jar: owner.jar,
			form: { id }
		});
		expect(await actions.delete(remove as never)).toMatchObject({
			success: 'Die Suche „Busse am Wochenende“ ist gelöscht.'
		});
		expect(await db.select().from(savedSearch).where(eq(savedSearch.id, id))).toHaveLength(0);
	});
});
