/**
 * Who may open which page, and which board form actions others must not trigger. The data for
 * route-access.spec.ts: add a row when a page or a board action appears.
 */
import type { Page } from '@playwright/test';
import type { Visitor } from '../support/accounts';

/**
 * allow: the page itself (200). sign-in: a redirect to /anmelden?weiter=<the page>.
 * forbidden: 403 with the German explanation. elsewhere: a redirect, not to the sign-in page
 * (e.g. the sign-in page for someone already signed in).
 */
export type Outcome = 'allow' | 'sign-in' | 'forbidden' | 'elsewhere';
export type AccessRule = Record<Visitor, Outcome>;

export interface RouteRule {
	/** The URL to try; for a route with parameters, an example of it. */
	path: string;
	/** For a route with parameters: its id as in src/routes without groups, e.g. `/x/[id]`. */
	routeId?: string;
	access: AccessRule;
	/** Not an HTML page (no browser visit, no axe). */
	json?: boolean;
}

const everyone: AccessRule = {
	anonymous: 'allow',
	interested: 'allow',
	member: 'allow',
	faction_admin: 'allow',
	board: 'allow'
};
const accounts: AccessRule = { ...everyone, anonymous: 'sign-in' };
const boardOnly: AccessRule = {
	anonymous: 'sign-in',
	interested: 'forbidden',
	member: 'forbidden',
	faction_admin: 'forbidden',
	board: 'allow'
};
/** The admin area's start: the board, and faction admins for their own faction. */
const adminArea: AccessRule = { ...boardOnly, faction_admin: 'allow' };
const signedOutOnly: AccessRule = {
	anonymous: 'allow',
	interested: 'elsewhere',
	member: 'elsewhere',
	faction_admin: 'elsewhere',
	board: 'elsewhere'
};

export const ROUTES: RouteRule[] = [
	{ path: '/', access: everyone },
	{ path: '/impressum', access: everyone },
	{ path: '/datenschutz', access: everyone },
	{ path: '/healthz', access: everyone, json: true },
	{ path: '/anmelden', access: signedOutOnly },
	{ path: '/konto', access: accounts },
	{ path: '/konto/sicherheit', access: accounts },
	{ path: '/verwaltung', access: adminArea },
	{ path: '/verwaltung/personen', access: boardOnly },
	{ path: '/verwaltung/protokoll', access: boardOnly },
	{ path: '/verwaltung/postausgang', access: boardOnly },
	{ path: '/verwaltung/seiten', access: boardOnly },
	{ path: '/verwaltung/seiten/impressum', routeId: '/verwaltung/seiten/[slug]', access: boardOnly },
	{ path: '/verwaltung/seiten/datenschutz', access: boardOnly }
];

export interface BoardAction {
	/** Page and named form action, as a form without JavaScript would post it. */
	page: string;
	action: string;
	form: Record<string, string>;
	/**
	 * Reads, signed in as the board, everything the action would change; the result must be the
	 * same before and after a refused attempt.
	 */
	observe: (board: Page) => Promise<unknown>;
}

/** The visible text of a page's content, as the board sees it. */
async function mainText(page: Page, path: string): Promise<string> {
	await page.goto(path);
	return page.locator('main').innerText();
}

const INTRUDER_TEXT = 'Übernommen von jemandem ohne Berechtigung';

export const BOARD_ACTIONS: BoardAction[] = [
	...['impressum', 'datenschutz'].flatMap((slug) =>
		['save', 'preview'].map((action) => ({
			page: `/verwaltung/seiten/${slug}`,
			action,
			form: { markdown: `# ${INTRUDER_TEXT}` },
			observe: async (board: Page) => ({
				published: await mainText(board, `/${slug}`),
				editor: await mainText(board, `/verwaltung/seiten/${slug}`)
			})
		}))
	)
];
