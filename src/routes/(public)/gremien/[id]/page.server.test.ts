import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load } from './+page.server';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

async function loadAs(account: SessionUser | null, id: string) {
	const jar = account ? await jarFor(account) : undefined;
	const { event } = await testEvent({ url: `/gremien/${id}`, jar, params: { id } });
	return (await load(event as never)) as { canEdit: boolean; organization: { name: string } };
}

describe('/gremien/[id]', () => {
	it('offers the edit link to the board only, and only for councils', async () => {
		const council = f.councils.kreistagVg.id;
		expect((await loadAs(f.users.board, council)).canEdit).toBe(true);
		for (const account of [null, f.users.interested, f.users.member, f.users.factionAdmin])
			expect((await loadAs(account, council)).canEdit).toBe(false);
		expect((await loadAs(f.users.board, f.organizations.committeeVg)).canEdit).toBe(false);
		const { event } = await testEvent({ url: '/gremien/unbekannt', params: { id: 'unbekannt' } });
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 404 });
	});
});
