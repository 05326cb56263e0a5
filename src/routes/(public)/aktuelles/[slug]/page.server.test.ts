import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { user } from '$lib/server/auth/schema';
import { newsPostInput } from '$lib/server/content/news/news-input';
import { setNewsPublished } from '$lib/server/content/news/publish-news-post';
import { saveNewsPost } from '$lib/server/content/news/save-news-post';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { eq } from 'drizzle-orm';
import { load } from './+page.server';

const BOARD = 'vorstand-news@example.org';
const MEMBER = 'mitglied-news@example.org';

beforeAll(async () => {
	await createTestDatabase();
	const board = await createTestAccount({ role: 'board', email: BOARD, name: 'Bea Vorstand' });
	await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, board.id));
	await createTestAccount({ role: 'member', email: MEMBER });
	const actor = {
		id: board.id,
		email: BOARD,
		name: 'Bea Vorstand',
		role: 'board' as const,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null
	};
	const input = (title: string) =>
		newsPostInput.parse({ title, teaser: `${title} kurz`, body: `${title} lang` });
	const published = await saveNewsPost({ actor, input: input('Öffentlicher Beitrag') });
	await setNewsPublished({ actor, postId: published.id, published: true });
	await saveNewsPost({ actor, input: input('Geheimer Entwurf') });
});

async function open(slug: string, email?: string) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const { event } = await testEvent({ url: `/aktuelles/${slug}`, jar, params: { slug } });
	return load(event as never);
}

describe('/aktuelles/[slug]', () => {
	it('shows a published post to everyone', async () => {
		for (const email of [undefined, MEMBER, BOARD]) {
			const data = await open('oeffentlicher-beitrag', email);
			expect(data.post.title).toBe('Öffentlicher Beitrag');
			expect(data.post.html).toContain('Öffentlicher Beitrag lang');
		}
	});

	it('answers a draft like an unknown address, for the board too (it edits drafts elsewhere)', async () => {
		for (const email of [undefined, MEMBER, BOARD]) {
			for (const slug of ['geheimer-entwurf', 'gibt-es-nicht']) {
				expect(await thrownBy(() => open(slug, email))).toMatchObject({ status: 404 });
			}
		}
	});
});
