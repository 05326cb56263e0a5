import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { person } from '$lib/server/directory/schema';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { mailMessage } from '$lib/server/mail/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

const GRETA = 'greta.beispielhaft@example.org';

describe('/personen/[id]/kontakt', () => {
	let fixtures: DirectoryFixtures;
	let url: string;

	beforeAll(async () => {
		await createTestDatabase();
		fixtures = await seedDirectoryFixtures();
		await db
			.update(person)
			.set({ emailVisibility: 'board' })
			.where(eq(person.id, fixtures.people.greta));
		url = `/personen/${fixtures.people.greta}/kontakt`;
	});

	const eventAs = async (email: string | null, form?: Record<string, string>) => {
		const jar = email ? (await signedInJar(email)).jar : undefined;
		return (await testEvent({ url, jar, form, params: { id: fixtures.people.greta } })).event;
	};

	it('sends visitors without an account to sign in and refuses interested people', async () => {
		const anonymous = await eventAs(null, { subject: 'x', message: 'y' });
		expect(await thrownBy(() => load(anonymous as never))).toMatchObject({ status: 303 });
		expect(await thrownBy(() => actions.default(anonymous as never))).toMatchObject({
			status: 303
		});
		const interested = await eventAs('interessiert@example.org', { subject: 'x', message: 'y' });
		expect(await thrownBy(() => load(interested as never))).toMatchObject({ status: 403 });
		expect(await thrownBy(() => actions.default(interested as never))).toMatchObject({
			status: 403
		});
	});

	it('keeps what was typed and names each problem in German; sends nothing', async () => {
		const event = await eventAs('mitglied@example.org', { subject: ' ', message: 'Kurz' });
		const result = await actions.default(event as never);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: {
					subject: ['Bitte einen Betreff angeben.'],
					message: [expect.stringContaining('mindestens 20 Zeichen')]
				},
				values: { message: 'Kurz' }
			}
		});
		expect(await db.select().from(mailMessage)).toEqual([]);
	});

	it('never puts the hidden address into the page data or the answer to the form', async () => {
		const page = await load((await eventAs('mitglied@example.org')) as never);
		expect(page.target).toEqual({
			id: fixtures.people.greta,
			fullName: 'Greta Beispielhaft',
			channel: 'form'
		});
		expect(JSON.stringify(page)).not.toContain(GRETA);

		const event = await eventAs('mitglied@example.org', {
			subject: 'Kreisumlage',
			message: 'Hallo Greta, wie seid ihr mit der Kreisumlage umgegangen? Viele Grüße, Mira'
		});
		const result = await actions.default(event as never);
		expect(result).toEqual({
			success:
				'Ihre Nachricht an Greta Beispielhaft ist unterwegs. Antworten kommen direkt an mitglied@example.org.'
		});
		expect(JSON.stringify(result)).not.toContain(GRETA);
		const mails = await db.select().from(mailMessage).where(eq(mailMessage.toAddress, GRETA));
		expect(mails).toHaveLength(1);
	});
});
