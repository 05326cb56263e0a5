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

async function eventAs(account: SessionUser, form?: Record<string, string>, query = '') {
	const jar = await jarFor(account);
	return (await testEvent({ url: `/gremien/neu${query}`, jar, form })).event;
}

describe('/gremien/neu', () => {
	it('offers a faction admin his council and no factions; members are refused', async () => {
		const data = (await load((await eventAs(f.users.factionAdmin)) as never)) as {
			councils: { id: string }[];
			kinds: string[];
		};
		expect(data.councils.map((c) => c.id)).toEqual([f.councils.kreistagVg.id]);
		expect(data.kinds).toEqual(['committee', 'district_council']);
		const member = await eventAs(f.users.member, {});
		expect(await thrownBy(() => load(member as never))).toMatchObject({ status: 403 });
		expect(await thrownBy(() => actions.default(member as never))).toMatchObject({ status: 403 });
	});

	it('refuses a faction from a faction admin in German at the field, creating nothing', async () => {
		const event = await eventAs(f.users.factionAdmin, {
			parentId: f.councils.kreistagVg.id,
			kind: 'faction',
			name: 'Fraktion Neu'
		});
		expect(await actions.default(event as never)).toMatchObject({
			status: 400,
			data: {
				errors: { kind: ['Fraktionen legt der Sprecher*innenrat an.'] },
				values: { name: 'Fraktion Neu' }
			}
		});
		expect(
			await db.select().from(organization).where(eq(organization.name, 'Fraktion Neu'))
		).toEqual([]);
	});

	it('creates a joint faction for the board', async () => {
		const event = await eventAs(f.users.board, {
			parentId: f.councils.kreistagLup.id,
			kind: 'faction',
			name: 'Fraktion DIE LINKE/Die PARTEI',
			partners: 'Die PARTEI'
		});
		const result = (await actions.default(event as never)) as { created: { id: string } };
		const [row] = await db
			.select()
			.from(organization)
			.where(eq(organization.id, result.created.id));
		expect(row).toMatchObject({ organizationType: 'faction', partners: 'Die PARTEI' });
	});
});
