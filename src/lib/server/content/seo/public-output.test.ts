import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { search } from '../../search/search';
import { emptyTestDatabase } from '../../testing/test-db';
import { uploadContentImage } from '../images/upload-content-image';
import { buildNewsFeed } from '../news/news-feed';
import { newsPostInput } from '../news/news-input';
import { setNewsPublished } from '../news/publish-news-post';
import { saveNewsPost } from '../news/save-news-post';
import { sitePageInput } from '../pages/page-input';
import { saveCustomPage, setCustomPagePublished } from '../pages/site-page-service';
import { demoCoverPng } from '../../demo/demo-cover-image';
import { robotsTxt } from './robots';
import { buildSitemap } from './sitemap';

const DRAFT = 'Geheimer Entwurf zur Kreisumlage';
const PUBLISHED = 'Neue Radwege im Landkreis';

/** Everything public the content lane puts out: feed, sitemap, search, robots. */
describe('public output of news and pages', () => {
	let board: SessionUser;
	let coverSrc: string;

	beforeEach(async () => {
		await emptyTestDatabase();
		board = await createTestActor('board', { name: 'Bea Vorstand' });
		const cover = await uploadContentImage({
			actor: board,
			bytes: demoCoverPng(40, 20),
			alt: 'Streifen'
		});
		coverSrc = cover.src;
		const published = await saveNewsPost({
			actor: board,
			input: newsPostInput.parse({
				title: PUBLISHED,
				teaser: 'Der Kreistag gibt Geld für Radwege frei & mehr.',
				body: `Mehr dazu in der [Antragsbörse](/antraege).\n\n![Streifen](${cover.src})`,
				tags: 'Mobilität',
				coverImage: cover.sha256,
				coverImageAlt: 'Streifen'
			})
		});
		await setNewsPublished({ actor: board, postId: published.id, published: true });
		await saveNewsPost({
			actor: board,
			input: newsPostInput.parse({ title: DRAFT, teaser: DRAFT, body: DRAFT })
		});
		await saveCustomPage({
			actor: board,
			input: sitePageInput.parse({ title: 'Über uns', slug: 'ueber-uns', body: 'Wir.' })
		});
		const draftPage = await saveCustomPage({
			actor: board,
			input: sitePageInput.parse({ title: 'Intern', slug: 'intern', body: 'Intern.' })
		});
		const page = await saveCustomPage({
			actor: board,
			input: sitePageInput.parse({ title: 'Presse', slug: 'presse', body: 'Presse.' })
		});
		await setCustomPagePublished({ actor: board, pageId: page.id, published: true });
		expect(draftPage.slug).toBe('intern');
	});

	it('feeds published posts only, as Atom a standard parser reads, with absolute links', async () => {
		const { xml } = await buildNewsFeed();
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const feed = parsed.feed;
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		const entries = [feed.entry].flat();
		expect(entries).toHaveLength(1);
		expect(entries[0].title['#text'] ?? entries[0].title).toBe(PUBLISHED);
		expect(entries[0].link['@_href']).toMatch(
			/^http:\/\/[^/]+\/aktuelles\/neue-radwege-im-landkreis$/
		);
		const content = String(entries[0].content['#text'] ?? entries[0].content);
		expect(content).toMatch(/href="http:\/\/[^"]+\/antraege"/);
		expect(content).toContain(`src="http://`);
		expect(content).toContain(coverSrc);
		expect(xml).not.toContain(DRAFT);
	});

	it('lists public pages, published news and pages in a valid sitemap, never drafts', async () => {
		const { xml } = await buildSitemap();
		expect(XMLValidator.validate(xml)).toBe(true);
		const urls = [new XMLParser().parse(xml).urlset.url].flat().map((url) => url.loc as string);
		const paths = urls.map((url) => new URL(url).pathname);
		expect(paths).toEqual(
			expect.arrayContaining([
				'/',
				'/aktuelles',
				'/kontakt',
				'/aktuelles/neue-radwege-im-landkreis',
				'/seiten/presse'
			])
		);
		expect(paths).not.toContain('/seiten/intern');
		expect(paths).not.toContain('/seiten/ueber-uns');
		expect(paths.filter((path) => path.startsWith('/aktuelles/'))).toHaveLength(1);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('finds published news in the one search for everyone, drafts for nobody', async () => {
		for (const actor of [null, await createTestActor('member'), board]) {
			const found = await search({ actor, query: 'Radwege', type: 'news' });
			expect(found.items.map((item) => item.title)).toEqual([PUBLISHED]);
			expect(found.items[0]).toMatchObject({
				type: 'news',
				url: '/aktuelles/neue-radwege-im-landkreis'
			});
			const drafts = await search({ actor, query: 'Kreisumlage' });
			expect(drafts.total).toBe(0);
		}
	});

	it('keeps crawlers out of the members area and points them at the sitemap', () => {
		const robots = robotsTxt();
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Disallow: \/verwaltung\/$/m);
		expect(robots).toMatch(/^Disallow: \/konto\/$/m);
		expect(robots).toMatch(/^Disallow: \/api\/$/m);
		expect(robots).not.toMatch(/^Disallow: \/aktuelles/m);
		expect(robots).toMatch(/^Sitemap: http:\/\/\S+\/sitemap\.xml$/m);
	});
});
