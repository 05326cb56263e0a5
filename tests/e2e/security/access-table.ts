/**
 * Who may open which page, and which board form actions others must not trigger. The data for
 * route-access.spec.ts: add a row when a page or a board action appears.
 */
import type { Page } from '@playwright/test';
import type { Visitor } from '../support/accounts';
import { mailsTo } from '../support/mail';
import { DEMO_EVENT_IDS } from '../../../src/lib/server/demo/data/events';
import { DEMO_RATSINFO_SOURCE_NAME } from '../../../src/lib/server/demo/data/ratsinfo';
import { DEMO_OPARL_UNMATCHED_COMMITTEE } from '../../../src/lib/server/demo/data/oparl-matching';

/**
 * allow: the page itself (200). sign-in: a redirect to /anmelden?weiter=<the page>.
 * forbidden: 403 with the German explanation. redirect: a redirect that is not the sign-in guard
 * (e.g. the sign-in page for someone already signed in). not-found: 404 (e.g. an unknown id, only
 * after the access check).
 */
export type Outcome = 'allow' | 'sign-in' | 'forbidden' | 'redirect' | 'not-found';
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
	interested: 'redirect',
	member: 'redirect',
	faction_admin: 'redirect',
	board: 'redirect'
};
const nobody: AccessRule = {
	anonymous: 'not-found',
	interested: 'not-found',
	member: 'not-found',
	faction_admin: 'not-found',
	board: 'not-found'
};
/** The members' network: directory, "Wer macht was?", contact forms. */
const networkOnly: AccessRule = { ...accounts, interested: 'forbidden' };
/** Network pages about one record, tried with an id that does not exist. */
const networkOnlyUnknownId: AccessRule = {
	...networkOnly,
	member: 'not-found',
	faction_admin: 'not-found',
	board: 'not-found'
};
/** Board pages about one record, tried with an id that does not exist. */
const boardOnlyUnknownId: AccessRule = { ...boardOnly, board: 'not-found' };
/** Adding people and committees: faction admins for their faction, and the board. */
const directoryEditors: AccessRule = { ...boardOnly, faction_admin: 'allow' };
/** Topic groups (Arbeitskreise): members, faction admins and the board. */
const topicGroups: AccessRule = { ...accounts, interested: 'forbidden' };
const topicGroupsUnknownId: AccessRule = {
	...topicGroups,
	member: 'not-found',
	faction_admin: 'not-found',
	board: 'not-found'
};
/** A demo topic group (demo/data/discussions.ts). */
const DEMO_GROUP = '/arbeitskreise/kommunale-finanzen';

export const ROUTES: RouteRule[] = [
	{ path: '/', access: everyone },
	{ path: '/impressum', access: everyone },
	{ path: '/datenschutz', access: everyone },
	{ path: '/healthz', access: everyone, json: true },
	{ path: '/anmelden', access: signedOutOnly },
	// Without a pending second factor there is nothing to enter here.
	{ path: '/anmelden/zwei-faktor', access: { ...signedOutOnly, anonymous: 'redirect' } },
	{ path: '/abmelden', access: everyone },
	{ path: '/passwort-vergessen', access: everyone },
	// Token pages say plainly when the token is unknown, to everyone.
	{
		path: '/passwort-zuruecksetzen?token=unbekannt',
		routeId: '/passwort-zuruecksetzen',
		access: everyone
	},
	{ path: '/email-bestaetigen?token=unbekannt', routeId: '/email-bestaetigen', access: everyone },
	{ path: '/einladung/unbekannt', routeId: '/einladung/[token]', access: everyone },
	// The demo instance is set up: the setup page is gone for good.
	{ path: '/einrichtung', access: nobody },
	// Public figures and the map: public record only.
	{ path: '/karte', access: everyone },
	{ path: '/wir-in-zahlen', access: everyone },
	// Events (tests/e2e/events): public ones for everyone, members-only ones answer 404 like
	// unknown ids to whoever may not read the network; material files only to participants.
	{ path: '/veranstaltungen', access: everyone },
	{
		path: '/veranstaltungen?zeit=vergangen&art=training&veranstalter=forum',
		routeId: '/veranstaltungen',
		access: everyone
	},
	{
		path: `/veranstaltungen/${DEMO_EVENT_IDS.fullWorkshop}`,
		routeId: '/veranstaltungen/[id]',
		access: everyone
	},
	{ path: `/veranstaltungen/${DEMO_EVENT_IDS.conference}`, access: everyone },
	{
		path: `/veranstaltungen/${DEMO_EVENT_IDS.membersOnly}`,
		access: { ...networkOnly, anonymous: 'not-found', interested: 'not-found' }
	},
	{ path: '/veranstaltungen/00000000-0000-4000-8000-000000000000', access: nobody },
	{
		path: `/veranstaltungen/${DEMO_EVENT_IDS.pastTraining}/material/00000000-0000-4000-8000-000000000000`,
		routeId: '/veranstaltungen/[id]/material/[materialId]',
		access: nobody,
		json: true
	},
	// News, board-made pages and the contact form (content lane); drafts answer 404 like unknown
	// addresses (demo/data/news.ts has a draft of each).
	{ path: '/aktuelles', access: everyone },
	{ path: '/aktuelles?schlagwort=Netzwerk', routeId: '/aktuelles', access: everyone },
	{
		path: '/aktuelles/kommunalkonferenz-2026-rueckblick',
		routeId: '/aktuelles/[slug]',
		access: everyone
	},
	{ path: '/aktuelles/entwurf-positionspapier-kreisumlage', access: nobody },
	{ path: '/seiten/ueber-uns', routeId: '/seiten/[slug]', access: everyone },
	{ path: '/seiten/presse-intern', access: nobody },
	{ path: '/kontakt', access: everyone },
	{ path: '/feeds/news.xml', access: everyone, json: true },
	{ path: '/sitemap.xml', access: everyone, json: true },
	{ path: '/robots.txt', access: everyone, json: true },
	// OParl 1.1 of the public data (src/lib/server/oparl-api): the same answer for everyone.
	{ path: '/oparl/v1/system', routeId: '/oparl/v1/[...path]', access: everyone, json: true },
	// Imported council data (tests/e2e/oparl/council-pages.spec.ts): public record, the same for
	// everyone. The demo's ids are made at seeding, so the pages of one council, paper and meeting
	// are visited (and analysed with axe) in that spec; here ids that no followed body has are
	// unknown to everyone, like the objects of bodies the board does not follow.
	{ path: '/ratsinfo', access: everyone },
	{
		path: '/ratsinfo/00000000-0000-4000-8000-000000000000',
		routeId: '/ratsinfo/[bodyId]',
		access: nobody
	},
	{
		path: '/ratsinfo/00000000-0000-4000-8000-000000000000/sitzungen.ics',
		routeId: '/ratsinfo/[bodyId]/sitzungen.ics',
		access: nobody,
		json: true
	},
	{
		path: '/ratsinfo/vorlagen/00000000-0000-4000-8000-000000000000',
		routeId: '/ratsinfo/vorlagen/[paperId]',
		access: nobody
	},
	{
		path: '/ratsinfo/sitzungen/00000000-0000-4000-8000-000000000000',
		routeId: '/ratsinfo/sitzungen/[meetingId]',
		access: nobody
	},
	{
		path: '/ratsinfo/dateien/00000000-0000-4000-8000-000000000000',
		routeId: '/ratsinfo/dateien/[fileId]',
		access: nobody,
		json: true
	},
	// Joining (tests/e2e/join): the form for everyone; a confirmation link that is not genuine
	// says so, to everyone.
	{ path: '/mitmachen', access: everyone },
	{
		path: '/mitmachen/bestaetigen/unbekannt',
		routeId: '/mitmachen/bestaetigen/[token]',
		access: everyone
	},
	// The one search: everyone, each seeing only what they may read (search tests); with a query
	// and a ticked facet, so the visit (and axe) sees results, snippets and facets.
	{ path: '/suche?q=Kita&kind=motion', routeId: '/suche', access: everyone },
	// A topic chosen, so the visit (and axe) sees the result list too.
	{ path: '/wer-macht-was?thema=haushalt', routeId: '/wer-macht-was', access: networkOnly },
	{
		path: '/personen/unbekannt/kontakt',
		routeId: '/personen/[id]/kontakt',
		access: networkOnlyUnknownId
	},
	// The directory: members browse it; person, area and organization pages are public, showing
	// each visitor only what they may see (tests/e2e/directory). A person or organization id that
	// does not exist is unknown to everyone.
	{ path: '/verzeichnis', access: networkOnly },
	{
		path: '/verzeichnis?suche=Schmitt&gebiet=13075',
		routeId: '/verzeichnis',
		access: networkOnly
	},
	{
		path: '/personen/00000000-0000-4000-8000-000000000000',
		routeId: '/personen/[id]',
		access: nobody
	},
	{ path: '/personen/unbekannt', routeId: '/personen/[id]', access: nobody },
	{ path: '/gebiete/13', routeId: '/gebiete/[ags]', access: everyone },
	{ path: '/gebiete/13075', access: everyone },
	{ path: '/gebiete/99999', access: nobody },
	{
		path: '/gremien/00000000-0000-4000-8000-000000000000',
		routeId: '/gremien/[id]',
		access: nobody
	},
	{ path: '/konto', access: accounts },
	{ path: '/konto/sicherheit', access: accounts },
	// Own directory entry; accounts without one are told so (interested: nothing to set).
	{ path: '/konto/profil', access: accounts },
	// The directory's write side (tests/e2e/directory-edit); an unknown person is 404 after the
	// role check.
	{ path: '/personen/neu', access: directoryEditors },
	{ path: '/gremien/neu', access: directoryEditors },
	{
		path: '/personen/00000000-0000-4000-8000-000000000000/bearbeiten',
		routeId: '/personen/[id]/bearbeiten',
		access: { ...directoryEditors, faction_admin: 'not-found', board: 'not-found' }
	},
	{ path: '/verwaltung/themen', access: boardOnly },
	{ path: '/verwaltung/import', access: boardOnly },
	// Ämter with their Amtsausschuss (the Landkreis page links here for the board).
	{ path: '/verwaltung/aemter/neu', access: boardOnly },
	{
		path: '/verwaltung/aemter/neu?kreis=13075',
		routeId: '/verwaltung/aemter/neu',
		access: boardOnly
	},
	{ path: '/verwaltung/aemter', access: boardOnly },
	// Wahlperioden of all councils: the board creates, corrects and deletes them.
	{ path: '/verwaltung/wahlperioden', access: boardOnly },
	{
		path: '/verwaltung/aemter/00000000-0000-4000-8000-000000000000',
		routeId: '/verwaltung/aemter/[id]',
		access: boardOnlyUnknownId
	},
	// The board corrects a council's name and kind (a Stadt's Bürgerschaft); unknown: 404.
	{
		path: '/gremien/00000000-0000-4000-8000-000000000000/bearbeiten',
		routeId: '/gremien/[id]/bearbeiten',
		access: boardOnlyUnknownId
	},
	// The board's CSV of every person and mandate, all contact data included.
	{ path: '/verwaltung/export/personen.csv', access: boardOnly, json: true },
	{ path: '/konto/daten', access: accounts },
	{ path: '/konto/daten/meine-daten.json', access: accounts, json: true },
	// Saved searches with alerts: every account that may keep them (not guests), its own only.
	{ path: '/konto/suchen', access: accounts },
	// Calendar subscriptions: the personal feed's secret address, for accounts that register for
	// events (not guests).
	{ path: '/konto/kalender', access: accounts },
	// Personal API tokens: every account manages its own (tests/e2e/api/api-tokens.spec.ts).
	{ path: '/konto/api-tokens', access: accounts },
	// Where a deleted account lands, signed out; it names no one.
	{ path: '/konto-geloescht', access: everyone },
	{ path: '/verwaltung', access: adminArea },
	{ path: '/verwaltung/personen', access: boardOnly },
	{ path: '/verwaltung/personen/einladungen', access: boardOnly },
	{
		path: '/verwaltung/personen/unbekannt',
		routeId: '/verwaltung/personen/[id]',
		access: boardOnlyUnknownId
	},
	{ path: '/verwaltung/protokoll', access: boardOnly },
	{ path: '/verwaltung/postausgang', access: boardOnly },
	{
		path: '/verwaltung/postausgang/unbekannt',
		routeId: '/verwaltung/postausgang/[id]',
		access: boardOnlyUnknownId
	},
	{ path: '/verwaltung/seiten', access: boardOnly },
	{ path: '/verwaltung/veranstaltungen', access: boardOnly },
	{
		path: '/verwaltung/veranstaltungen?seite=2',
		routeId: '/verwaltung/veranstaltungen',
		access: boardOnly
	},
	{ path: '/verwaltung/veranstaltungen/neu', access: boardOnly },
	{
		path: `/verwaltung/veranstaltungen/${DEMO_EVENT_IDS.fullWorkshop}`,
		routeId: '/verwaltung/veranstaltungen/[id]',
		access: boardOnly
	},
	{
		path: '/verwaltung/veranstaltungen/00000000-0000-4000-8000-000000000000',
		access: boardOnlyUnknownId
	},
	{
		path: `/verwaltung/veranstaltungen/${DEMO_EVENT_IDS.forumTraining}/bearbeiten`,
		routeId: '/verwaltung/veranstaltungen/[id]/bearbeiten',
		access: boardOnly
	},
	{
		path: `/verwaltung/veranstaltungen/${DEMO_EVENT_IDS.pastTraining}/material`,
		routeId: '/verwaltung/veranstaltungen/[id]/material',
		access: boardOnly
	},
	{
		path: `/verwaltung/veranstaltungen/${DEMO_EVENT_IDS.fullWorkshop}/teilnehmende.csv`,
		routeId: '/verwaltung/veranstaltungen/[id]/teilnehmende.csv',
		access: boardOnly,
		json: true
	},
	{ path: '/verwaltung/seiten/impressum', routeId: '/verwaltung/seiten/[slug]', access: boardOnly },
	{ path: '/verwaltung/seiten/datenschutz', access: boardOnly },
	{ path: '/verwaltung/rundbriefe', access: boardOnly },
	{ path: '/verwaltung/rundbriefe/neu', access: boardOnly },
	{
		path: '/verwaltung/rundbriefe/unbekannt',
		routeId: '/verwaltung/rundbriefe/[id]',
		access: boardOnlyUnknownId
	},
	{ path: '/verwaltung/inhalte', access: boardOnly },
	{ path: '/verwaltung/inhalte/aktuelles/neu', access: boardOnly },
	{
		path: '/verwaltung/inhalte/aktuelles/00000000-0000-4000-8000-000000000000',
		routeId: '/verwaltung/inhalte/aktuelles/[id]',
		access: boardOnlyUnknownId
	},
	{ path: '/verwaltung/inhalte/seiten', access: boardOnly },
	{ path: '/verwaltung/inhalte/seiten/neu', access: boardOnly },
	{
		path: '/verwaltung/inhalte/seiten/00000000-0000-4000-8000-000000000000',
		routeId: '/verwaltung/inhalte/seiten/[id]',
		access: boardOnlyUnknownId
	},
	{ path: '/verwaltung/inhalte/startseite', access: boardOnly },
	{ path: '/verwaltung/inhalte/bilder', access: boardOnly },
	// Join requests: the board's inbox (tests/e2e/join); an unknown request is 404.
	{ path: '/verwaltung/mitmachen', access: boardOnly },
	{
		path: '/verwaltung/mitmachen?stand=entschieden',
		routeId: '/verwaltung/mitmachen',
		access: boardOnly
	},
	{
		path: '/verwaltung/mitmachen/00000000-0000-4000-8000-000000000000',
		routeId: '/verwaltung/mitmachen/[id]',
		access: boardOnlyUnknownId
	},
	// Council watch: the board's sources, runs and reports (tests/e2e/oparl/admin-sources.spec.ts);
	// an unknown source is 404 after the role check.
	{ path: '/verwaltung/ratsinfo', access: boardOnly },
	{ path: '/verwaltung/ratsinfo/neu', access: boardOnly },
	{
		path: '/verwaltung/ratsinfo/00000000-0000-4000-8000-000000000000',
		routeId: '/verwaltung/ratsinfo/[sourceId]',
		access: boardOnlyUnknownId
	},
	{
		path: '/verwaltung/ratsinfo/00000000-0000-4000-8000-000000000000/probleme?art=timeout',
		routeId: '/verwaltung/ratsinfo/[sourceId]/probleme',
		access: boardOnlyUnknownId
	},
	{
		path: '/verwaltung/ratsinfo/00000000-0000-4000-8000-000000000000/loeschen',
		routeId: '/verwaltung/ratsinfo/[sourceId]/loeschen',
		access: boardOnlyUnknownId
	},
	{
		path: '/verwaltung/ratsinfo/00000000-0000-4000-8000-000000000000/probleme.csv',
		routeId: '/verwaltung/ratsinfo/[sourceId]/probleme.csv',
		access: boardOnlyUnknownId,
		json: true
	},
	// Council watch: matching imported bodies and persons to the directory (tests/e2e/oparl).
	{ path: '/verwaltung/ratsinfo/abgleich', access: boardOnly },
	{
		path: '/verwaltung/ratsinfo/abgleich?stand=bestaetigt&name=a',
		routeId: '/verwaltung/ratsinfo/abgleich',
		access: boardOnly
	},
	{ path: '/arbeitskreise', access: topicGroups },
	{ path: '/arbeitskreise/neu', access: boardOnly },
	{ path: DEMO_GROUP, routeId: '/arbeitskreise/[slug]', access: topicGroups },
	{
		path: `${DEMO_GROUP}/bearbeiten`,
		routeId: '/arbeitskreise/[slug]/bearbeiten',
		access: boardOnly
	},
	{
		path: `${DEMO_GROUP}/00000000-0000-4000-8000-000000000000`,
		routeId: '/arbeitskreise/[slug]/[thread]',
		access: topicGroupsUnknownId
	},
	// The motion library (tests/e2e/motions/motion-exchange.spec.ts): public motions for everyone,
	// more for the network; writing and editing for the network; unknown and hidden motions 404.
	{ path: '/antraege', access: everyone },
	{ path: '/antraege?art=template&stand=settled&seite=2', routeId: '/antraege', access: everyone },
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000',
		routeId: '/antraege/[id]',
		access: nobody
	},
	{ path: '/antraege/neu', access: networkOnly },
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/bearbeiten',
		routeId: '/antraege/[id]/bearbeiten',
		access: networkOnlyUnknownId
	},
	// Deleting a motion (confirmation without JavaScript): the network's roles, for motions they may
	// delete; an unknown motion is 404 after the role check.
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/loeschen',
		routeId: '/antraege/[id]/loeschen',
		access: networkOnlyUnknownId
	},
	// Comments and experience reports on a motion: the network's, on motions it may read; an
	// unknown motion is 404 after the role check.
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/kommentare',
		routeId: '/antraege/[id]/kommentare',
		access: networkOnlyUnknownId
	},
	// Attachments and exports of a motion (tests/e2e/motions/attachments-export.spec.ts): managed by
	// the motion's editors; downloads and exports for its readers, 404 alike for hidden and unknown.
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/anhaenge',
		routeId: '/antraege/[id]/anhaenge',
		access: networkOnlyUnknownId
	},
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/anhaenge/00000000-0000-4000-8000-000000000000',
		routeId: '/antraege/[id]/anhaenge/[attachmentId]',
		access: nobody,
		json: true
	},
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/export.pdf?zeilennummern=1',
		routeId: '/antraege/[id]/export.pdf',
		access: nobody,
		json: true
	},
	{
		path: '/antraege/00000000-0000-4000-8000-000000000000/export.docx',
		routeId: '/antraege/[id]/export.docx',
		access: nobody,
		json: true
	},
	// Landtag exchange (tests/e2e/landtag): the network reads initiatives and answers; the Landtag
	// faction (the board; fraktion@ sits in a Kreistag) posts them. Proposals come from people in
	// a municipal faction (Mira, Jonas; not Katrin, who sits in none).
	{ path: '/landtag', access: networkOnly },
	{ path: '/landtag/initiativen/neu', access: boardOnly },
	{
		path: '/landtag/initiativen/00000000-0000-4000-8000-000000000000',
		routeId: '/landtag/initiativen/[id]',
		access: networkOnlyUnknownId
	},
	{
		path: '/landtag/initiativen/00000000-0000-4000-8000-000000000000/bearbeiten',
		routeId: '/landtag/initiativen/[id]/bearbeiten',
		access: boardOnlyUnknownId
	},
	{ path: '/landtag/vorschlaege', access: networkOnly },
	{ path: '/landtag/vorschlaege?stand=new', routeId: '/landtag/vorschlaege', access: networkOnly },
	{ path: '/landtag/vorschlaege/neu', access: { ...networkOnly, board: 'forbidden' } },
	{
		path: '/landtag/vorschlaege/00000000-0000-4000-8000-000000000000',
		routeId: '/landtag/vorschlaege/[id]',
		access: networkOnlyUnknownId
	},
	// Signed unsubscribe links from discussion mails work signed out; a wrong one is unknown.
	{ path: '/abbestellen/unbekannt', routeId: '/abbestellen/[token]', access: nobody },
	// Comment mails to a motion's authors: the signed link works signed out; a wrong one is unknown.
	{
		path: '/abbestellen/antrag/unbekannt',
		routeId: '/abbestellen/antrag/[token]',
		access: nobody
	},
	// Saved-search alerts: the signed link from the mail, and the private feed whose secret
	// address acts as its owner; a wrong token is unknown to everyone, signed in or not.
	{
		path: '/abbestellen/suche/unbekannt',
		routeId: '/abbestellen/suche/[token]',
		access: nobody
	},
	// Rundbriefe: the signed link from the mail works signed out; a wrong one is unknown.
	{
		path: '/abbestellen/rundbrief/unbekannt',
		routeId: '/abbestellen/rundbrief/[token]',
		access: nobody
	},
	// Ratsinfo briefings: the signed unfollow link works signed out; a wrong one is unknown.
	{
		path: '/abbestellen/ratsinfo/unbekannt',
		routeId: '/abbestellen/ratsinfo/[token]',
		access: nobody
	},
	// Following a council: the roles that get briefings; tried with a council that does not exist.
	{
		path: '/ratsinfo/00000000-0000-4000-8000-000000000000/folgen',
		routeId: '/ratsinfo/[bodyId]/folgen',
		access: networkOnlyUnknownId
	},
	{
		path: '/feeds/suche/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.xml',
		routeId: '/feeds/suche/[token].xml',
		access: nobody,
		json: true
	},
	// Calendars: the public feed for everyone; a personal feed's unknown (or replaced) address and
	// an unknown event's file are unknown to everyone, signed in or not.
	{ path: '/feeds/events.ics', access: everyone, json: true },
	{
		path: '/feeds/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
		routeId: '/feeds/kalender/[token].ics',
		access: nobody,
		json: true
	},
	{
		path: '/veranstaltungen/00000000-0000-4000-8000-000000000000/kalender.ics',
		routeId: '/veranstaltungen/[id]/kalender.ics',
		access: nobody,
		json: true
	}
];

export interface BoardAction {
	/** What the test is called. */
	name: string;
	/** The page of the form, or how the board finds it (for pages about one record). */
	page: string | ((board: Page) => Promise<string>);
	/** Named form action, posted as a form without JavaScript and as `use:enhance` would. */
	action: string;
	/** The form's fields, or how the board reads them (e.g. a record's id from the page). */
	form: Record<string, string> | ((board: Page) => Promise<Record<string, string>>);
	/**
	 * Reads, signed in as the board, what the action would change; the result must be the same
	 * before and after the refused attempts. Other specs run at the same time on the same demo
	 * instance, so read only what this attempt would touch (not whole pages with counters).
	 */
	observe: (board: Page) => Promise<unknown>;
}

async function textOf(page: Page, path: string, selector = 'main'): Promise<string> {
	await page.goto(path);
	return page.locator(selector).innerText();
}

/** The board's page about one demo account, found through the people list. */
async function personPage(board: Page, email: string): Promise<string> {
	await board.goto(`/verwaltung/personen?suche=${encodeURIComponent(email)}`);
	const link = board
		.locator('tr')
		.filter({ hasText: email })
		.locator('a[href^="/verwaltung/personen/"]')
		.first();
	const href = await link.getAttribute('href');
	if (!href) throw new Error(`Keine Personenseite für ${email} gefunden`);
	return href;
}

/** The board's page about an open demo join request, found through the inbox. */
async function joinRequestPage(board: Page, name: string): Promise<string> {
	await board.goto('/verwaltung/mitmachen');
	const href = await board.getByRole('link', { name }).getAttribute('href');
	if (!href) throw new Error(`Keine Anfrage von ${name} gefunden`);
	return href;
}

const DEMO_JOIN_NAME = 'Karl-Heinz Quappendorf';
const DEMO_JOIN_EMAIL = 'kh.quappendorf@example.org';
const INTRUDER_TEXT = 'Übernommen von jemandem ohne Berechtigung';
const INTRUDER_ADDRESS = 'eindringling@example.org';
const MEMBER = 'mitglied@example.org';

/** The page of a Kreis's council, found from its area page. */
async function councilPage(board: Page, ags: string): Promise<string> {
	await board.goto(`/gebiete/${ags}`);
	const href = await board.locator('main a[href^="/gremien/"]').first().getAttribute('href');
	if (!href) throw new Error(`Keine Vertretung auf /gebiete/${ags} gefunden`);
	return href;
}

/** The board's page of the demo council source, found through the sources list. */
async function ratsinfoSourcePage(board: Page): Promise<string> {
	await board.goto('/verwaltung/ratsinfo');
	const href = await board
		.getByRole('link', { name: DEMO_RATSINFO_SOURCE_NAME, exact: true })
		.getAttribute('href');
	if (!href) throw new Error('Keine Demo-Quelle auf /verwaltung/ratsinfo gefunden');
	return href;
}

export const BOARD_ACTIONS: BoardAction[] = [
	{
		name: 'Ratsinfo-Quelle: Einstellungen',
		page: ratsinfoSourcePage,
		action: 'settings',
		form: {
			name: INTRUDER_TEXT,
			requestsPerSecond: '5',
			concurrency: '2',
			timeoutSeconds: '30',
			maxFileMegabytes: '20',
			syncIntervalHours: '6',
			enabled: 'on'
		},
		observe: async (board) => textOf(board, await ratsinfoSourcePage(board), 'h1')
	},
	{
		name: 'Ratsinfo-Quelle löschen',
		page: async (board) => `${await ratsinfoSourcePage(board)}/loeschen`,
		action: 'default',
		form: {},
		observe: async (board) =>
			(await textOf(board, '/verwaltung/ratsinfo')).includes(DEMO_RATSINFO_SOURCE_NAME)
	},
	// The demo's imported committee without a directory counterpart (demo/data/oparl-matching.ts).
	{
		name: 'Gremium aus dem Ratsinformationssystem anlegen',
		page: '/verwaltung/ratsinfo/abgleich',
		action: 'createOrganization',
		form: async (board) => {
			await board.goto('/verwaltung/ratsinfo/abgleich');
			const id = await board
				.locator('form[action="?/createOrganization"]')
				.filter({
					has: board.getByRole('button', {
						name: `${DEMO_OPARL_UNMATCHED_COMMITTEE} im Verzeichnis anlegen`
					})
				})
				.locator('input[name="oparlOrganizationId"]')
				.getAttribute('value');
			if (!id) throw new Error(`${DEMO_OPARL_UNMATCHED_COMMITTEE} nicht zum Anlegen angeboten`);
			return { oparlOrganizationId: id };
		},
		observe: async (board) => {
			await board.goto('/verwaltung/ratsinfo/abgleich');
			return board
				.getByRole('button', { name: `${DEMO_OPARL_UNMATCHED_COMMITTEE} im Verzeichnis anlegen` })
				.count();
		}
	},
	{
		name: 'Vertretung umbenennen',
		page: async (board) => `${await councilPage(board, '13075')}/bearbeiten`,
		action: 'save',
		form: { name: INTRUDER_TEXT, classification: 'Bürgerschaft' },
		observe: async (board) => textOf(board, await councilPage(board, '13075'), 'h1')
	},
	...['impressum', 'datenschutz'].flatMap((slug) =>
		['save', 'preview'].map((action) => ({
			name: `Seite ${slug}: ${action}`,
			page: `/verwaltung/seiten/${slug}`,
			action,
			form: { markdown: `# ${INTRUDER_TEXT}` },
			observe: async (board: Page) => ({
				published: (await textOf(board, `/${slug}`)).includes(INTRUDER_TEXT),
				editor: (await textOf(board, `/verwaltung/seiten/${slug}`)).includes(INTRUDER_TEXT)
			})
		}))
	),
	{
		name: 'Einladung verschicken',
		page: '/verwaltung/personen/einladungen',
		action: 'invite',
		form: { email: INTRUDER_ADDRESS, role: 'board' },
		observe: async (board) => ({
			invited: (await textOf(board, '/verwaltung/personen/einladungen')).includes(INTRUDER_ADDRESS),
			mails: (await mailsTo(INTRUDER_ADDRESS)).length
		})
	},
	...(['role', 'deactivate'] as const).map((action) => ({
		name: `Konto eines Mitglieds: ${action}`,
		page: (board: Page) => personPage(board, MEMBER),
		action,
		form: { role: 'board' },
		observe: async (board: Page) => {
			const path = await personPage(board, MEMBER);
			return {
				role: await textOf(board, path, 'dt:text-is("Rolle") + dd'),
				status: await board.locator('dt:text-is("Status") + dd').innerText()
			};
		}
	})),
	{
		name: 'Beitrag (Aktuelles) anlegen',
		page: '/verwaltung/inhalte/aktuelles/neu',
		action: 'save',
		form: { title: INTRUDER_TEXT, teaser: INTRUDER_TEXT, body: INTRUDER_TEXT },
		observe: async (board) => (await textOf(board, '/verwaltung/inhalte')).includes(INTRUDER_TEXT)
	},
	// A demo join request (demo/data/join.ts): accepting would send an invitation, declining a mail.
	...(['accept', 'decline'] as const).map((action): BoardAction => ({
		name: `Anfrage zum Mitmachen: ${action}`,
		page: (board: Page) => joinRequestPage(board, DEMO_JOIN_NAME),
		action,
		form: action === 'accept' ? { role: 'member' } : { notify: 'on', message: INTRUDER_TEXT },
		observe: async (board: Page) => ({
			status: await textOf(board, await joinRequestPage(board, DEMO_JOIN_NAME), 'h1 + p'),
			mails: (await mailsTo(DEMO_JOIN_EMAIL)).length
		})
	})),
	{
		name: 'Arbeitskreis eröffnen',
		page: '/arbeitskreise/neu',
		action: 'create',
		form: { name: INTRUDER_TEXT },
		observe: async (board) => (await textOf(board, '/arbeitskreise')).includes(INTRUDER_TEXT)
	},
	{
		name: 'Arbeitskreis bearbeiten',
		page: `${DEMO_GROUP}/bearbeiten`,
		action: 'save',
		form: { name: INTRUDER_TEXT },
		observe: (board) => textOf(board, DEMO_GROUP, 'h1')
	},
	{
		name: 'Arbeitskreis archivieren',
		page: `${DEMO_GROUP}/bearbeiten`,
		action: 'archive',
		form: {},
		observe: (board) => textOf(board, `${DEMO_GROUP}/bearbeiten`, 'h2#archivieren')
	},
	{
		name: 'Veranstaltung absagen',
		page: `/verwaltung/veranstaltungen/${DEMO_EVENT_IDS.forumOnline}`,
		action: 'cancelEvent',
		form: { confirm: 'ja' },
		observe: async (board) =>
			(await textOf(board, `/veranstaltungen/${DEMO_EVENT_IDS.forumOnline}`)).includes(
				'findet nicht statt'
			)
	},
	{
		name: 'Thema hinzufügen',
		page: '/verwaltung/themen',
		action: 'add',
		form: { name: INTRUDER_TEXT },
		observe: async (board) => (await textOf(board, '/verwaltung/themen')).includes(INTRUDER_TEXT)
	},
	{
		name: 'Wahlperiode für alle Vertretungen einer Art anlegen',
		page: '/verwaltung/wahlperioden',
		action: 'createMany',
		form: { kinds: 'land', name: INTRUDER_TEXT, startDate: '2031-10-27' },
		observe: async (board) =>
			(await textOf(board, '/verwaltung/wahlperioden')).includes(INTRUDER_TEXT)
	},
	{
		name: 'Personen importieren',
		page: '/verwaltung/import',
		action: 'importieren',
		form: {
			inhalt: Buffer.from(
				'Vorname;Nachname;E-Mail;Telefon;Gebietskörperschaft;Gremium;Fraktion;Funktion;Themen;' +
					`Beginn;Ende;E-Mail sichtbar\nÜbernommen;Eindringling;${INTRUDER_ADDRESS};;;;;;;;;\n`
			).toString('base64'),
			dateiname: 'eindringling.csv'
		},
		observe: async (board) =>
			(await (await board.request.get('/verwaltung/export/personen.csv')).text()).includes(
				INTRUDER_ADDRESS
			)
	},
	...(['save', 'preview'] as const).map((action) => ({
		name: `Rundbrief anlegen: ${action}`,
		page: '/verwaltung/rundbriefe/neu',
		action,
		form: { subject: INTRUDER_TEXT, body: INTRUDER_TEXT, 'roles[]': 'member' },
		observe: async (board: Page) =>
			(await textOf(board, '/verwaltung/rundbriefe')).includes(INTRUDER_TEXT)
	})),
	{
		name: 'Mail erneut senden',
		page: '/verwaltung/postausgang/unbekannt',
		action: 'resend',
		form: {},
		observe: async (board) => (await board.goto('/verwaltung/postausgang/unbekannt'))?.status()
	}
];
