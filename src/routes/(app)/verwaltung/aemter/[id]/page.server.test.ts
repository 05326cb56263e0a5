import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { jarFor } from '$lib/server/directory/testing/edit-fixtures';
import { createAmt } from '$lib/server/territory/amt/create-amt';
import { territorialUnit } from '$lib/server/territory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load as listLoad } from '../+page.server';
import { actions, load } from './+page.server';

let f: DirectoryFixtures;
let amtId: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	({ amtId } = await createAmt({
		actor: f.users.board,
		name: 'Am Haff',
		kreisAgs: '13075',
		gemeindeAgs: ['13075001', '13075003']
	}));
});

async function eventAs(
	account: SessionUser | null,
	id: string,
	form?: Record<string, string | string[]>
) {
	const jar = account ? await jarFor(account) : undefined;
	const { event } = await testEvent({ url: `/verwaltung/aemter/${id}`, jar, params: { id } });
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

async function unitName(id: string) {
	const [row] = await db.select().from(territorialUnit).where(eq(territorialUnit.id, id));
	return row?.name;
}

describe('/verwaltung/aemter and /verwaltung/aemter/[id]', () => {
	it('are the board’s: others get 403, unknown Ämter 404', async () => {
		const list = (await listLoad((await eventAs(f.users.board, '')) as never)) as {
			kreise: { kreis: { ags: string }; amts: { id: string }[] }[];
		};
		expect(list.kreise.find((k) => k.kreis.ags === '13075')!.amts.map((a) => a.id)).toEqual([
			amtId
		]);
		for (const account of [f.users.faction_admin, f.users.member]) {
			const event = await eventAs(account, amtId, { name: 'X', confirm: 'ja' });
			expect(await thrownBy(() => listLoad(event as never))).toMatchObject({ status: 403 });
			expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
			expect(await thrownBy(() => actions.save(event as never))).toMatchObject({ status: 403 });
			expect(await thrownBy(() => actions.delete(event as never))).toMatchObject({ status: 403 });
		}
		const anonymous = await eventAs(null, amtId);
		expect(await thrownBy(() => load(anonymous as never))).toMatchObject({ status: 303 });
		for (const id of ['unbekannt', crypto.randomUUID()]) {
			const event = await eventAs(f.users.board, id);
			expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 404 });
		}
		expect(await unitName(amtId)).toBe('Amt Am Haff');
	});

	it('keeps name and checked Gemeinden on bad input, then saves', async () => {
		const tooFew = await eventAs(f.users.board, amtId, { name: 'Neu', gemeinden: '13075001' });
		expect(await actions.save(tooFew as never)).toMatchObject({
			status: 400,
			data: {
				scope: 'save',
				gemeinden: ['13075001'],
				values: { name: 'Neu' },
				errors: { gemeinden: [expect.stringContaining('mindestens zwei')] }
			}
		});
		const good = await eventAs(f.users.board, amtId, {
			name: 'Amt Am Stettiner Haff',
			gemeinden: ['13075001', '13075004']
		});
		expect(await actions.save(good as never)).toMatchObject({
			scope: 'save',
			success: 'Das Amt ist gespeichert.'
		});
		expect(await unitName(amtId)).toBe('Amt Am Stettiner Haff');
	});

	it('deletes only after confirmation, then lists the Ämter again', async () => {
		const unconfirmed = await eventAs(f.users.board, amtId, {});
		expect(await actions.delete(unconfirmed as never)).toMatchObject({
			status: 400,
			data: { scope: 'delete', errors: { confirm: [expect.any(String)] } }
		});
		expect(await unitName(amtId)).toBe('Amt Am Stettiner Haff');
		const confirmed = await eventAs(f.users.board, amtId, { confirm: 'ja' });
		expect(await thrownBy(() => actions.delete(confirmed as never))).toMatchObject({
			status: 303,
			location: '/verwaltung/aemter'
		});
		expect(await unitName(amtId)).toBeUndefined();
	});
});
