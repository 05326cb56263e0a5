import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import { user } from '$lib/server/auth/schema';
import { db } from '$lib/server/db';
import { seedAdminSource } from '$lib/server/oparl/admin/testing/seed-admin';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET as csv } from '../probleme.csv/+server';
import { load } from './+page.server';

let board: CookieJar;
let member: CookieJar;
let seeded: Awaited<ReturnType<typeof seedAdminSource>>;

async function jar(role: 'board' | 'member') {
	const created = await createTestAccount({ role });
	const signed = await signedInJar(created.email);
	if (role === 'board')
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, created.id));
	return signed.jar;
}

async function eventAs(who: CookieJar | undefined, query = '', path = '/probleme') {
	return (
		await testEvent({
			url: `/verwaltung/ratsinfo/${seeded.source.id}${path}${query}`,
			jar: who,
			params: { sourceId: seeded.source.id }
		})
	).event as never;
}

beforeAll(async () => {
	await createTestDatabase();
	board = await jar('board');
	member = await jar('member');
	seeded = await seedAdminSource({
		problems: [
			{ kind: 'missing_type', url: 'https://ris.example/paper/1', message: 'Typ fehlt.' },
			{ kind: 'invalid_date', url: 'https://ris.example/meeting/2', message: 'Datum kaputt.' },
			{ kind: 'invalid_date', url: 'https://ris.example/meeting/3', message: 'Datum kaputt.' }
		]
	});
});

describe('/verwaltung/ratsinfo/[sourceId]/probleme', () => {
	it('filters by the kind in the address and ignores a kind that does not exist', async () => {
		const dates = (await load(await eventAs(board, '?art=invalid_date'))) as {
			total: number;
			kinds: unknown[];
			filter: { art: string | null };
		};
		expect(dates).toMatchObject({ total: 2, filter: { art: 'invalid_date' } });
		expect(dates.kinds).toHaveLength(2);
		const all = (await load(await eventAs(board, '?art=quatsch&seite=x'))) as {
			total: number;
			filter: { art: string | null };
		};
		expect(all).toMatchObject({ total: 3, filter: { art: null } });
	});

	it('is the board’s: members get 403 for the page and the CSV, a foreign run is 404', async () => {
		expect(await thrownBy(async () => load(await eventAs(member)))).toMatchObject({ status: 403 });
		expect(
			await thrownBy(async () => csv(await eventAs(member, '', '/probleme.csv')))
		).toMatchObject({ status: 403 });
		const other = await seedAdminSource();
		expect(
			await thrownBy(async () => load(await eventAs(board, `?lauf=${other.finishedRunId}`)))
		).toMatchObject({ status: 404 });
	});

	it('downloads the report as CSV', async () => {
		const response = await csv(await eventAs(board, '?art=missing_type', '/probleme.csv'));
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toContain('attachment');
		const text = await response.text();
		expect(text).toContain('missing_type;Typ fehlt;https://ris.example/paper/1;Typ fehlt.');
		expect(text).not.toContain('meeting/2');
	});
});
