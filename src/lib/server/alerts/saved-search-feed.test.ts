import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { GET } from '../../../routes/feeds/suche/[token].xml/+server';
import { createSavedSearch } from './create-saved-search';
import { listSavedSearches } from './list-saved-searches';
import { regenerateFeedToken } from './regenerate-feed-token';
import { savedSearchFeed } from './saved-search-feed';
import { indexTestDocument } from './testing/alert-fixtures';

const ORIGIN = 'https://kommunal.example.org';
let fx: DirectoryFixtures;

/** Entry titles and summaries are `type="html"`: a reader decodes the escaped text. */
interface HtmlText {
	'#text': string;
	'@_type': 'html';
}

interface AtomEntry {
	id: string;
	title: HtmlText;
	link: { '@_href': string };
	updated: string;
	summary?: HtmlText;
}

function decoded(text: HtmlText | undefined): string {
	expect(text?.['@_type']).toBe('html');
	return (text?.['#text'] ?? '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** The feed as a feed reader reads it: well-formed Atom, entries as a list. */
function parseAtom(xml: string) {
	const parser = new XMLParser({
		ignoreAttributes: false,
		isArray: (name) => name === 'entry' || name === 'link'
	});
	const parsed = parser.parse(xml, true) as {
		feed: {
			'@_xmlns': string;
			id: string;
			title: string;
			updated: string;
			link: { '@_href': string; '@_rel'?: string }[];
			entry?: (Omit<AtomEntry, 'link'> & { link: AtomEntry['link'][] })[];
		};
	};
	return parsed.feed;
}

async function feedOf(actor: SessionUser, query: string): Promise<{ token: string; url: string }> {
	const { id } = await createSavedSearch({
		actor,
		input: { name: `Feed ${query}`, query, frequency: 'none', filters: {} }
	});
	const view = (await listSavedSearches({ actor })).find((search) => search.id === id)!;
	const token = view.feedUrl.match(/\/feeds\/suche\/([^/]+)\.xml$/)![1]!;
	return { token, url: view.feedUrl };
}

async function titlesIn(token: string): Promise<string[]> {
	const xml = await savedSearchFeed(token);
	if (xml === null) throw new Error('Feed fehlt');
	return (parseAtom(xml).entry ?? []).map((entry) => decoded(entry.title)).sort();
}

beforeAll(async () => {
	process.env.ORIGIN = ORIGIN;
	resetEnvForTests();
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	await indexTestDocument({
		title: 'Tierheim erhalten (Entwurf der Fraktion)',
		access: 'restricted',
		readerFactionIds: [fx.organizations.factionVg]
	});
	await indexTestDocument({
		title: 'Tierheim: Bericht für Mitglieder',
		body: 'Zahlen zum Tierheim für den internen Gebrauch.',
		access: 'members'
	});
	await indexTestDocument({
		title: 'Tierheim in Greifswald sichern',
		body: 'Der Kreis soll den Zuschuss für das Tierheim erhöhen.',
		access: 'public',
		date: '2026-10-01'
	});
});

describe(`saved search feeds on ${testDatabaseKind}`, () => {
	it('is valid Atom with the results as entries, linked absolutely', async () => {
		const { token, url } = await feedOf(fx.users.member, 'Tierheim');
		expect(url).toBe(`${ORIGIN}/feeds/suche/${token}.xml`);
		const xml = (await savedSearchFeed(token))!;
		const feed = parseAtom(xml);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed.title).toBe('Feed Tierheim – LAG Kommunalpolitik MV');
		expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(feed.link.some((link) => link['@_rel'] === 'self' && link['@_href'] === url)).toBe(true);
		const entry = feed.entry!.find(
			(candidate) => decoded(candidate.title) === 'Tierheim in Greifswald sichern'
		)!;
		expect(entry.link[0]!['@_href']).toMatch(new RegExp(`^${ORIGIN}/antraege/[0-9a-f-]{36}$`));
		expect(entry.id).toMatch(/^urn:uuid:/);
		expect(decoded(entry.summary)).toContain('Zuschuss');

		// Plain-text titles are escaped for type="html": read as written, never as markup.
		await indexTestDocument({ title: 'Zoo & Tierpark <b>Neubau</b>', access: 'public' });
		const zoo = await feedOf(fx.users.member, 'Tierpark');
		expect(await titlesIn(zoo.token)).toEqual(['Zoo & Tierpark <b>Neubau</b>']);
		expect(await savedSearchFeed(zoo.token)).toContain('Zoo &amp; Tierpark &lt;b&gt;Neubau');
		expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
	});

	it('shows each owner exactly what they may read: drafts only to the faction, members-only not to the interested', async () => {
		const jonas = await feedOf(fx.users.faction_admin, 'Tierheim');
		const mira = await feedOf(fx.users.member, 'Tierheim');
		const board = await feedOf(fx.users.board, 'Tierheim');
		const paul = await feedOf(fx.users.interested, 'Tierheim');
		expect(await titlesIn(jonas.token)).toEqual([
			'Tierheim erhalten (Entwurf der Fraktion)',
			'Tierheim in Greifswald sichern',
			'Tierheim: Bericht für Mitglieder'
		]);
		for (const feed of [mira, board]) {
			expect(await titlesIn(feed.token)).toEqual([
				'Tierheim in Greifswald sichern',
				'Tierheim: Bericht für Mitglieder'
			]);
		}
		expect(await titlesIn(paul.token)).toEqual(['Tierheim in Greifswald sichern']);
		const paulXml = (await savedSearchFeed(paul.token))!;
		expect(paulXml).not.toContain('Mitglieder');
		expect(paulXml).not.toContain('Entwurf');
	});

	it('acts with the owner’s current role: a demoted owner sees less, a switched-off one gets 404', async () => {
		const jonas = fx.users.faction_admin;
		const { token } = await feedOf(jonas, 'Tierheim');
		try {
			await db.update(user).set({ role: 'interested' }).where(eq(user.id, jonas.id));
			expect(await titlesIn(token)).toEqual(['Tierheim in Greifswald sichern']);
			await db.update(user).set({ role: 'guest' }).where(eq(user.id, jonas.id));
			expect(await savedSearchFeed(token)).toBeNull();
			await db
				.update(user)
				.set({ role: 'faction_admin', deactivatedAt: new Date() })
				.where(eq(user.id, jonas.id));
			expect(await savedSearchFeed(token)).toBeNull();
		} finally {
			await db
				.update(user)
				.set({ role: 'faction_admin', deactivatedAt: null })
				.where(eq(user.id, jonas.id));
		}
		expect(await titlesIn(token)).toHaveLength(3);
	});

	it('a renewed address revokes the old one; unknown and malformed tokens are 404', async () => {
		const mira = fx.users.member;
		const old = await feedOf(mira, 'Tierheim');
		const id = (await listSavedSearches({ actor: mira })).find((s) => s.feedUrl === old.url)!.id;
		await regenerateFeedToken({ actor: mira, id });
		const renewed = (await listSavedSearches({ actor: mira })).find((s) => s.id === id)!;
		expect(renewed.feedUrl).not.toBe(old.url);
		expect(await savedSearchFeed(old.token)).toBeNull();
		const token = renewed.feedUrl.match(/\/feeds\/suche\/([^/]+)\.xml$/)![1]!;
		expect(await titlesIn(token)).toHaveLength(2);

		const answer = await GET({ params: { token } } as never);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
		expect(answer.headers.get('cache-control')).toBe('private, no-cache');
		for (const wrong of [old.token, 'A'.repeat(43), 'kurz', `${token}x`]) {
			await expect(GET({ params: { token: wrong } } as never)).rejects.toMatchObject({
				status: 404
			});
		}
	});
});
