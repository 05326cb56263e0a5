import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { adminTiles, FOOTER_LINKS, mainNavigation } from './navigation';

function user(role: SessionUser['role'], extra: Partial<SessionUser> = {}): SessionUser {
	return {
		id: 'u1',
		email: 'a@example.org',
		name: 'A',
		role,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null,
		...extra
	};
}

const hrefs = (links: { href: string }[]) => links.map((link) => link.href);

describe('navigation by role', () => {
	it('shows the public the start page, the public figures and the motion library', () => {
		expect(hrefs(mainNavigation(null))).toEqual([
			'/',
			'/aktuelles',
			'/wir-in-zahlen',
			'/antraege',
			'/veranstaltungen',
			'/ratsinfo',
			'/mitmachen'
		]);
		expect(adminTiles(null)).toEqual([]);
	});

	it('gives every account its Konto link, but the admin area only to the board', () => {
		for (const role of ['guest', 'interested', 'member'] as const) {
			expect(hrefs(mainNavigation(user(role)))).toContain('/konto');
			expect(hrefs(mainNavigation(user(role)))).not.toContain('/verwaltung');
			expect(adminTiles(user(role))).toEqual([]);
		}
		expect(hrefs(mainNavigation(user('board')))).toEqual(
			expect.arrayContaining(['/', '/konto', '/verwaltung'])
		);
		expect(hrefs(adminTiles(user('board')))).toEqual([
			'/verwaltung/personen',
			'/verwaltung/protokoll',
			'/verwaltung/postausgang',
			'/personen/neu',
			'/gremien/neu',
			'/verwaltung/themen',
			'/verwaltung/aemter',
			'/verwaltung/wahlperioden',
			'/verwaltung/import',
			'/verwaltung/inhalte',
			'/verwaltung/veranstaltungen',
			'/verwaltung/seiten',
			'/verwaltung/mitmachen',
			'/verwaltung/rundbriefe',
			'/verwaltung/ratsinfo'
		]);
	});

	it('gives faction admins the admin area with what they maintain: people and committees', () => {
		expect(hrefs(mainNavigation(user('faction_admin')))).toContain('/verwaltung');
		expect(hrefs(adminTiles(user('faction_admin')))).toEqual(['/personen/neu', '/gremien/neu']);
	});

	it('invites only visitors without an account to join, in the header; everyone in the footer', () => {
		expect(hrefs(mainNavigation(null))).toContain('/mitmachen');
		for (const role of ['guest', 'interested', 'member', 'board'] as const)
			expect(hrefs(mainNavigation(user(role)))).not.toContain('/mitmachen');
		expect(hrefs(FOOTER_LINKS)).toContain('/mitmachen');
	});

	it('links the directory for members, faction admins and the board only', () => {
		for (const role of ['member', 'faction_admin', 'board'] as const)
			expect(hrefs(mainNavigation(user(role)))).toContain('/verzeichnis');
		for (const role of ['guest', 'interested'] as const)
			expect(hrefs(mainNavigation(user(role)))).not.toContain('/verzeichnis');
		expect(hrefs(mainNavigation(null))).not.toContain('/verzeichnis');
	});

	it('links the Landtag exchange for members, faction admins and the board only', () => {
		for (const role of ['member', 'faction_admin', 'board'] as const)
			expect(hrefs(mainNavigation(user(role)))).toContain('/landtag');
		for (const role of ['guest', 'interested'] as const)
			expect(hrefs(mainNavigation(user(role)))).not.toContain('/landtag');
		expect(hrefs(mainNavigation(null))).not.toContain('/landtag');
	});

	it('links the topic groups for members, faction admins and the board only', () => {
		for (const role of ['member', 'faction_admin', 'board'] as const)
			expect(hrefs(mainNavigation(user(role)))).toContain('/arbeitskreise');
		for (const role of ['guest', 'interested'] as const)
			expect(hrefs(mainNavigation(user(role)))).not.toContain('/arbeitskreise');
		expect(hrefs(mainNavigation(null))).not.toContain('/arbeitskreise');
	});

	it('treats a guest whose access has expired as the public', () => {
		const expired = user('guest', { accessExpiresAt: new Date(Date.now() - 1000) });
		expect(hrefs(mainNavigation(expired))).toEqual(hrefs(mainNavigation(null)));
	});
});
