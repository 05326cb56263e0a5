import { absoluteUrl } from '../../auth/public-origin';

/**
 * Addresses search engines should leave alone: the members' area, accounts, sign-in flows, the
 * API and private feeds. Access is enforced by the policy anyway; this only keeps crawlers from
 * wasting requests on sign-in redirects and indexing them.
 */
export const DISALLOWED_PATHS = [
	'/verwaltung/',
	'/konto/',
	'/api/',
	'/verzeichnis',
	'/wer-macht-was',
	'/arbeitskreise',
	'/landtag',
	'/antraege/neu',
	'/gremien/neu',
	'/personen/neu',
	'/suche',
	'/anmelden',
	'/abmelden',
	'/einladung/',
	'/einrichtung',
	'/email-bestaetigen',
	'/passwort-vergessen',
	'/passwort-zuruecksetzen',
	'/abbestellen/',
	'/feeds/suche/',
	'/feeds/kalender/',
	'/mitmachen/bestaetigen/'
];

export function robotsTxt(): string {
	return [
		'User-agent: *',
		...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
		'',
		`Sitemap: ${absoluteUrl('/sitemap.xml')}`,
		''
	].join('\n');
}
