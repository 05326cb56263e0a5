import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { jarFor } from '$lib/server/directory/testing/edit-fixtures';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { territorialUnit } from '$lib/server/territory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

async function asBoard(url: string, form?: Record<string, string | string[]>) {
	const { event } = await testEvent({ url, jar: await jarFor(f.users.board) });
	if (form) {
		const body = new URLSearchParams();
		for (const [key, value] of Object.entries(form))
			for (const item of [value].flat()) body.append(key, item);
		Object.assign(event, {
			request: new Request(event.url, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body
			})
		});
	}
	return event;
}

describe('/verwaltung/aemter/neu', () => {
	it('is the board’s: faction admins get 403, anonymous visitors the sign-in', async () => {
		const { jar } = await signedInJar('fraktion@example.org');
		const factionAdmin = await testEvent({ url: '/verwaltung/aemter/neu', jar, form: {} });
		expect(await thrownBy(() => load(factionAdmin.event as never))).toMatchObject({ status: 403 });
		expect(await thrownBy(() => actions.default(factionAdmin.event as never))).toMatchObject({
			status: 403
		});
		const anonymous = await testEvent({ url: '/verwaltung/aemter/neu', form: {} });
		expect(await thrownBy(() => actions.default(anonymous.event as never))).toMatchObject({
			status: 303
		});
	});

	it('offers the Gemeinden of the chosen Landkreis', async () => {
		const data = await load((await asBoard('/verwaltung/aemter/neu?kreis=13075')) as never);
		expect(data.kreis?.name).toMatch(/Vorpommern-Greifswald/);
		expect(data.gemeinden.length).toBeGreaterThan(50);
		expect((await load((await asBoard('/verwaltung/aemter/neu')) as never)).gemeinden).toEqual([]);
	});

	it('keeps the checked Gemeinden when the name is missing, then creates the Amt', async () => {
		const missing = await actions.default(
			(await asBoard('/verwaltung/aemter/neu?kreis=13075', {
				name: '',
				kreis: '13075',
				gemeinden: ['13075002', '13075004']
			})) as never
		);
		expect(missing).toMatchObject({
			status: 400,
			data: {
				errors: { name: ['Bitte den Namen des Amtes angeben.'] },
				gemeinden: ['13075002', '13075004']
			}
		});
		const created = await thrownBy(async () =>
			actions.default(
				(await asBoard('/verwaltung/aemter/neu?kreis=13075', {
					name: 'Amt Landhagen',
					kreis: '13075',
					gemeinden: ['13075002', '13075004']
				})) as never
			)
		);
		expect(created).toMatchObject({ status: 303, location: '/gebiete/13075#aemter' });
		const [amt] = await db
			.select({ name: territorialUnit.name })
			.from(territorialUnit)
			.where(eq(territorialUnit.kind, 'amt'));
		expect(amt?.name).toBe('Amt Landhagen');

		const again = await actions.default(
			(await asBoard('/verwaltung/aemter/neu?kreis=13075', {
				name: 'Zweites',
				kreis: '13075',
				gemeinden: ['13075002', '13075005']
			})) as never
		);
		expect(again).toMatchObject({
			status: 400,
			data: { errors: { gemeinden: [expect.stringContaining('schon zu einem Amt')] } }
		});
	});
});
