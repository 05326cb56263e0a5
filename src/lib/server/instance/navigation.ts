import { can, type Permission } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import type { AdminTile, NavLink } from '../../shared/navigation';

/**
 * Which links a person sees, decided by the policy module. Only pages that exist are listed;
 * features add their links here with the permission that guards the page.
 */
const ADMIN_TILES: (AdminTile & { permission: Permission })[] = [
	{
		href: '/verwaltung/personen',
		label: 'Personen',
		description: 'Konten, Einladungen und Rollen verwalten.',
		permission: 'admin.users'
	},
	{
		href: '/verwaltung/protokoll',
		label: 'Protokoll',
		description: 'Nachvollziehen, wer wann was geändert hat.',
		permission: 'admin.audit'
	},
	{
		href: '/verwaltung/postausgang',
		label: 'Postausgang',
		description: 'Versendete und wartende E-Mails einsehen.',
		permission: 'admin.outbox'
	},
	{
		href: '/personen/neu',
		label: 'Person anlegen',
		description: 'Eine Person mit ihrem Mandat ins Verzeichnis aufnehmen.',
		permission: 'faction.manage'
	},
	{
		href: '/gremien/neu',
		label: 'Gremium anlegen',
		description: 'Fraktionen, Ausschüsse und Ortsteilvertretungen einer Vertretung anlegen.',
		permission: 'faction.manage'
	},
	{
		href: '/verwaltung/themen',
		label: 'Themen',
		description: 'Die Themenliste des Verzeichnisses pflegen: ergänzen, umbenennen, ordnen.',
		permission: 'directory.manage'
	},
	{
		href: '/verwaltung/aemter',
		label: 'Ämter',
		description: 'Ämter mit ihren Gemeinden und Amtsausschüssen anlegen, ändern und löschen.',
		permission: 'directory.manage'
	},
	{
		href: '/verwaltung/wahlperioden',
		label: 'Wahlperioden',
		description:
			'Wahlperioden von Landtag, Kreistagen und Gemeinden anlegen und korrigieren, mit ihren Mandaten.',
		permission: 'directory.manage'
	},
	{
		href: '/verwaltung/import',
		label: 'Import und Export',
		description: 'Personen und Mandate als CSV-Datei importieren (mit Prüfung) oder herunterladen.',
		permission: 'directory.manage'
	},
	{
		href: '/verwaltung/inhalte',
		label: 'Inhalte',
		description:
			'Aktuelles, eigene Seiten, Texte der Startseite und Bilder der öffentlichen Seite.',
		permission: 'content.manage'
	},
	{
		href: '/verwaltung/veranstaltungen',
		label: 'Veranstaltungen',
		description: 'Termine und Schulungen anlegen, absagen; Teilnehmende, Warteliste, Material.',
		permission: 'events.manage'
	},
	{
		href: '/verwaltung/seiten',
		label: 'Seiten',
		description: 'Impressum und Datenschutzerklärung bearbeiten.',
		permission: 'admin.settings'
	},
	{
		href: '/verwaltung/mitmachen',
		label: 'Mitmachen',
		description: 'Bestätigte Anfragen zum Mitmachen annehmen (mit Einladung) oder ablehnen.',
		permission: 'join.manage'
	},
	{
		href: '/verwaltung/rundbriefe',
		label: 'Rundbriefe',
		description: 'Rundbriefe an Rollen, Kreise und Themen schreiben, prüfen und versenden.',
		permission: 'newsletter.send'
	},
	{
		href: '/verwaltung/ratsinfo',
		label: 'Ratsinfo',
		description:
			'Ratsinformationssysteme (OParl) anbinden, Körperschaften auswählen, Abgleich und Fehlerbericht.',
		permission: 'oparl.manage'
	}
];

export function adminTiles(user: SessionUser | null): AdminTile[] {
	return ADMIN_TILES.filter((tile) => can(user, tile.permission)).map(
		({ href, label, description }) => ({ href, label, description })
	);
}

export function mainNavigation(user: SessionUser | null): NavLink[] {
	const links: NavLink[] = [{ href: '/', label: 'Start' }];
	links.push({ href: '/aktuelles', label: 'Aktuelles' });
	if (can(user, 'network.read')) links.push({ href: '/verzeichnis', label: 'Verzeichnis' });
	if (can(user, 'network.read')) links.push({ href: '/wer-macht-was', label: 'Wer macht was?' });
	links.push({ href: '/wir-in-zahlen', label: 'Wir in Zahlen' });
	// Public motions are for everyone; members see more in the same library.
	links.push({ href: '/antraege', label: 'Anträge' });
	links.push({ href: '/veranstaltungen', label: 'Veranstaltungen' });
	// Imported council data is public record (Sitzungen, Vorlagen of the followed councils).
	links.push({ href: '/ratsinfo', label: 'Ratsinfo' });
	if (can(user, 'network.read')) links.push({ href: '/arbeitskreise', label: 'Arbeitskreise' });
	if (can(user, 'network.read')) links.push({ href: '/landtag', label: 'Landtag' });
	// Who has an account has joined already; the header invites everyone else.
	if (!can(user, 'account.manage')) links.push({ href: '/mitmachen', label: 'Mitmachen' });
	if (can(user, 'account.manage')) links.push({ href: '/konto', label: 'Konto' });
	if (adminTiles(user).length > 0) links.push({ href: '/verwaltung', label: 'Verwaltung' });
	return links;
}

export const FOOTER_LINKS: NavLink[] = [
	{ href: '/mitmachen', label: 'Mitmachen' },
	{ href: '/impressum', label: 'Impressum' },
	{ href: '/datenschutz', label: 'Datenschutz' },
	{ href: '/kontakt', label: 'Kontakt' }
];
