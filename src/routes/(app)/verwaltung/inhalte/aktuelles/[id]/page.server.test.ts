import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestActor, type CookieJar } from '$lib/server/auth/test-support';
import type { SessionUser } from '$lib/server/auth/types';
import { newsPost } from '$lib/server/content/schema';
import { newsPostInput } from '$lib/server/content/news/news-input';
import { saveNewsPost } from '$lib/server/content/news/save-news-post';
import { db } from '$lib/server/db';
import { jarFor } from '$lib/server/directory/testing/edit-fixtures';
import { createTestDatabase, testDatabaseKind } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let board: SessionUser;
let boardJar: CookieJar;
let memberJar: CookieJar;

beforeAll(async () => {
	await createTestDatabase();
	// Signed in first, then with a second factor: the board's rights wait for one.
	board = {
		...(await createTestActor('board', { twoFactorEnabled: false })),
		twoFactorEnabled: true
	};
	boardJar = await jarFor(board);
	memberJar = await jarFor(await createTestActor('member'));
});

async function newPost(title: string): Promise<string> {
	const input = newsPostInput.parse({ title, teaser: 'Kurz gesagt.', body: 'Der Text.' });
	return (await saveNewsPost({ actor: board, input })).id;
}

const statusOf = async (id: string) =>
	(await db.select({ status: newsPost.status }).from(newsPost).where(eq(newsPost.id, id)))[0]
		?.status;

describe(`/verwaltung/inhalte/aktuelles/[id] on ${testDatabaseKind}`, () => {
	it('is the board’s: members get 403 from load and every action', async () => {
		const id = await newPost('Nur für den Vorstand');
		const { event } = await testEvent({ url: '/x', jar: memberJar, params: { id }, form: {} });
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
		for (const action of Object.values(actions))
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 403 });
		expect(await statusOf(id)).toBe('draft');
	});

	it('answers 404 in German for an address that is no id or no post', async () => {
		for (const id of ['kein-beitrag', crypto.randomUUID()]) {
			const { event } = await testEvent({ url: '/x', jar: boardJar, params: { id }, form: {} });
			expect(await thrownBy(() => load(event as never))).toMatchObject({
				status: 404,
				body: { message: 'Diesen Beitrag gibt es nicht.' }
			});
			expect(await thrownBy(() => actions.publish(event as never))).toMatchObject({
				status: 404
			});
		}
	});

	it('publishes and withdraws; deleting needs the tick, then the post is gone', async () => {
		const id = await newPost('Haushalt 2027');
		const at = (form: Record<string, string> = {}) =>
			testEvent({ url: '/x', jar: boardJar, params: { id }, form }).then((made) => made.event);
		expect(await actions.publish((await at()) as never)).toEqual({ published: true });
		expect(await statusOf(id)).toBe('published');
		expect(await actions.unpublish((await at()) as never)).toEqual({ unpublished: true });
		expect(await statusOf(id)).toBe('draft');

		expect(await actions.delete((await at()) as never)).toMatchObject({
			status: 400,
			data: { deleteError: 'Bitte bestätigen Sie, dass der Beitrag gelöscht werden soll.' }
		});
		expect(await statusOf(id)).toBe('draft');
		const confirmed = await at({ confirm: 'on' });
		expect(await thrownBy(() => actions.delete(confirmed as never))).toMatchObject({
			status: 303,
			location: '/verwaltung/inhalte?geloescht'
		});
		expect(await statusOf(id)).toBeUndefined();
		// A second tab still open on the deleted post gets a 404, not a database error.
		const stale = await at();
		expect(await thrownBy(() => actions.publish(stale as never))).toMatchObject({ status: 404 });
	});
});
