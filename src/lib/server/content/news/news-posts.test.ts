import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { emptyTestDatabase } from '../../testing/test-db';
import { SlugTakenError } from '../errors';
import { deleteNewsPost } from './delete-news-post';
import { getNewsPostForEditing, getPublishedNewsPost } from './get-news-post';
import { listAllNews, listPublishedNews, listPublishedTags } from './list-news';
import { newsPostInput } from './news-input';
import { setNewsPublished } from './publish-news-post';
import { saveNewsPost } from './save-news-post';

const raw = (overrides: Record<string, unknown> = {}) => ({
	title: 'Kreistag beschließt Schulsanierung',
	teaser: 'Nach zwei Jahren Streit gibt es eine Mehrheit.',
	body: '## Worum es ging\n\nDie **Schulen** im Landkreis werden saniert.',
	tags: 'Bildung, Haushalt',
	byline: 'Redaktion',
	...overrides
});
const input = (overrides: Record<string, unknown> = {}) => newsPostInput.parse(raw(overrides));

describe('news posts', () => {
	let board: SessionUser;

	beforeEach(async () => {
		await emptyTestDatabase();
		board = await createTestActor('board', { name: 'Bea Vorstand' });
	});

	it('makes a draft with a slug from the title, invisible to the public until published', async () => {
		const { id, slug } = await saveNewsPost({
			actor: board,
			input: input({ authorIds: board.id })
		});
		expect(slug).toBe('kreistag-beschliesst-schulsanierung');
		expect(await getPublishedNewsPost(slug)).toBeNull();
		expect((await listPublishedNews()).total).toBe(0);
		expect(await db.select().from(searchDocument)).toHaveLength(0);

		await setNewsPublished({ actor: board, postId: id, published: true });
		const article = await getPublishedNewsPost(slug);
		expect(article).toMatchObject({
			title: 'Kreistag beschließt Schulsanierung',
			tags: ['Bildung', 'Haushalt'],
			authors: ['Bea Vorstand', 'Redaktion']
		});
		expect(article!.html).toContain('<h2>Worum es ging</h2>');
		expect(article!.publishedAt).toBeInstanceOf(Date);
		const [row] = await db.select().from(searchDocument);
		expect(row).toMatchObject({ type: 'news', access: 'public', url: `/aktuelles/${slug}` });
	});

	it('withdraws a post from public view and search, and keeps its first publication date', async () => {
		const { id, slug } = await saveNewsPost({ actor: board, input: input() });
		const first = new Date('2026-05-01T08:00:00Z');
		await setNewsPublished({ actor: board, postId: id, published: true, now: first });
		await setNewsPublished({ actor: board, postId: id, published: false });
		expect(await getPublishedNewsPost(slug)).toBeNull();
		expect(await db.select().from(searchDocument)).toHaveLength(0);
		await setNewsPublished({ actor: board, postId: id, published: true });
		expect((await getPublishedNewsPost(slug))!.publishedAt).toEqual(first);
		const actions = (await db.select().from(auditLog)).map((entry) => entry.action);
		expect(actions).toEqual(['news.create', 'news.publish', 'news.unpublish', 'news.publish']);
	});

	it('numbers derived slugs and refuses a typed slug that is taken', async () => {
		const a = await saveNewsPost({ actor: board, input: input() });
		const b = await saveNewsPost({ actor: board, input: input() });
		expect(b.slug).toBe(`${a.slug}-2`);
		await expect(
			saveNewsPost({ actor: board, input: input({ slug: a.slug }) })
		).rejects.toBeInstanceOf(SlugTakenError);
		// Editing keeps the address unless the board types a new one.
		const edited = await saveNewsPost({
			actor: board,
			postId: a.id,
			input: input({ title: 'Ganz neuer Titel' })
		});
		expect(edited.slug).toBe(a.slug);
	});

	it('filters by tag, pages newest first and counts tags of published posts only', async () => {
		for (let day = 1; day <= 3; day++) {
			const { id } = await saveNewsPost({
				actor: board,
				input: input({ title: `Beitrag ${day}`, tags: day === 2 ? 'Verkehr' : 'Bildung' })
			});
			await setNewsPublished({
				actor: board,
				postId: id,
				published: true,
				now: new Date(`2026-06-0${day}T10:00:00Z`)
			});
		}
		await saveNewsPost({ actor: board, input: input({ title: 'Entwurf', tags: 'Geheim' }) });
		const page1 = await listPublishedNews({ pageSize: 2 });
		expect(page1.total).toBe(3);
		expect(page1.items.map((item) => item.title)).toEqual(['Beitrag 3', 'Beitrag 2']);
		expect((await listPublishedNews({ pageSize: 2, page: 2 })).items.map((i) => i.title)).toEqual([
			'Beitrag 1'
		]);
		expect((await listPublishedNews({ tag: 'Verkehr' })).items.map((i) => i.title)).toEqual([
			'Beitrag 2'
		]);
		expect(await listPublishedTags()).toEqual([
			{ tag: 'Bildung', count: 2 },
			{ tag: 'Verkehr', count: 1 }
		]);
		expect((await listAllNews(board))[0]!.title).toBe('Entwurf');
	});

	it('deletes a post with its search row', async () => {
		const { id, slug } = await saveNewsPost({ actor: board, input: input() });
		await setNewsPublished({ actor: board, postId: id, published: true });
		await deleteNewsPost({ actor: board, postId: id });
		expect(await getPublishedNewsPost(slug)).toBeNull();
		expect(await db.select().from(searchDocument)).toHaveLength(0);
		expect(await db.select().from(auditLog).where(eq(auditLog.action, 'news.delete'))).toHaveLength(
			1
		);
	});

	it('lets only the board write, and refuses images from elsewhere or without alt text', async () => {
		for (const role of ['member', 'faction_admin', 'interested'] as const) {
			const actor = await createTestActor(role);
			await expect(saveNewsPost({ actor, input: input() })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
			await expect(listAllNews(actor)).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(getNewsPostForEditing(actor, crypto.randomUUID())).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
		const sha = 'a'.repeat(64);
		const external = newsPostInput.safeParse(
			raw({ body: '![Logo](https://tracker.example.com/pixel.png)' })
		);
		expect(external.success).toBe(false);
		const noAlt = newsPostInput.safeParse(raw({ body: `![](/medien/${sha})` }));
		expect(noAlt.success).toBe(false);
		expect(noAlt.error!.issues[0]!.message).toContain('Alternativtext');
		const cover = newsPostInput.safeParse(raw({ coverImage: sha }));
		expect(cover.error!.issues[0]!.path).toEqual(['coverImageAlt']);
	});
});
