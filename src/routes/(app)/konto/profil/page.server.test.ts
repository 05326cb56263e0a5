import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import { person } from '$lib/server/directory/schema';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

const profile = (overrides: Record<string, string> = {}) => ({
	givenName: 'Mira',
	familyName: 'Mitgliedermann',
	email: 'mira.m@example.org',
	emailVisibility: 'public',
	phone: '',
	phoneVisibility: 'board',
	biography: 'Ich kümmere mich um Schulwege.',
	biographyVisibility: 'members',
	topicsVisibility: 'members',
	...overrides
});

async function eventAs(account: SessionUser, form?: Record<string, string>) {
	const jar = await jarFor(account);
	return (await testEvent({ url: '/konto/profil', jar, form })).event;
}

describe('/konto/profil', () => {
	it('sends anonymous visitors to sign in, from load and every action', async () => {
		const { event } = await testEvent({ url: '/konto/profil', form: profile() });
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 303 });
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 303 });
		}
	});

	it('saves the member’s own fields and visibilities', async () => {
		const event = await eventAs(f.users.member, profile());
		expect(await actions.save(event as never)).toMatchObject({
			success: 'Ihr Profil ist gespeichert.'
		});
		const [row] = await db.select().from(person).where(eq(person.id, f.people.mira));
		expect(row).toMatchObject({
			email: 'mira.m@example.org',
			emailVisibility: 'public',
			phone: null,
			biography: 'Ich kümmere mich um Schulwege.'
		});
	});

	it('answers bad input in German at the field, keeps the input and changes nothing', async () => {
		const [before] = await db.select().from(person).where(eq(person.id, f.people.mira));
		const event = await eventAs(
			f.users.member,
			profile({ email: 'keine-adresse', phone: 'abc', givenName: 'Neu', phoneVisibility: 'alle' })
		);
		const result = await actions.save(event as never);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: {
					email: [expect.stringContaining('gültige E-Mail-Adresse')],
					phone: [expect.stringContaining('Telefonnummer')],
					phoneVisibility: ['Bitte auswählen, wer das sehen darf.']
				},
				values: { email: 'keine-adresse', givenName: 'Neu' }
			}
		});
		const [after] = await db.select().from(person).where(eq(person.id, f.people.mira));
		expect(after).toEqual(before);
	});

	it('offers an interested account nothing to create', async () => {
		const event = await eventAs(f.users.interested);
		expect(await load(event as never)).toMatchObject({ profile: null, canCreate: false });
		const create = await eventAs(f.users.interested, { givenName: 'P', familyName: 'I' });
		expect(await thrownBy(() => actions.create(create as never))).toMatchObject({ status: 403 });
	});
});
