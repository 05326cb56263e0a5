import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { organization } from '$lib/server/territory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

async function eventAs(account: SessionUser, id: string, form?: Record<string, string>) {
	const jar = await jarFor(account);
	return (await testEvent({ url: `/gremien/${id}/bearbeiten`, jar, form, params: { id } })).event;
}

describe('/gremien/[id]/bearbeiten', () => {
	it('shows the board the council with the kinds to choose from; others are refused', async () => {
		const id = f.councils.kreistagVg.id;
		const data = (await load((await eventAs(f.users.board, id)) as never)) as {
			council: { name: string; classification: string };
			classifications: string[];
		};
		expect(data.council).toMatchObject({
			name: 'Kreistag Vorpommern-Greifswald',
			classification: 'Kreistag'
		});
		expect(data.classifications).toContain('Bürgerschaft');
		for (const account of [f.users.factionAdmin, f.users.member]) {
			const event = await eventAs(account, id, { name: 'X', classification: 'Kreistag' });
			expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
			expect(await thrownBy(() => actions.save(event as never))).toMatchObject({
				status: 403
			});
		}
		// Only councils can be edited here; an unknown id is not one.
		for (const other of ['unbekannt', crypto.randomUUID()]) {
			const event = await eventAs(f.users.board, other);
			expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 404 });
		}
	});

	it('keeps what was typed and changes nothing on bad input', async () => {
		const id = f.councils.kreistagLup.id;
		const event = await eventAs(f.users.board, id, { name: '  ', classification: 'Rathaus' });
		expect(await actions.save(event as never)).toMatchObject({
			status: 400,
			data: {
				errors: {
					name: [expect.stringContaining('Namen der Vertretung')],
					classification: ['Bitte die Art der Vertretung wählen.']
				},
				values: { classification: 'Rathaus' }
			}
		});
		const [row] = await db.select().from(organization).where(eq(organization.id, id));
		expect(row!.name).toBe('Kreistag Ludwigslust-Parchim');
	});

	it('saves and returns to the council page', async () => {
		const id = f.councils.kreistagLup.id;
		const event = await eventAs(f.users.board, id, {
			name: 'Kreistag des Landkreises Ludwigslust-Parchim',
			classification: 'Kreistag'
		});
		expect(await thrownBy(() => actions.save(event as never))).toMatchObject({
			status: 303,
			location: `/gremien/${id}`
		});
		const [row] = await db.select().from(organization).where(eq(organization.id, id));
		expect(row!.name).toBe('Kreistag des Landkreises Ludwigslust-Parchim');
	});
});
