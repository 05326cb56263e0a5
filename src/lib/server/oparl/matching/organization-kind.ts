import { plainText } from './normalize-name';

/** What an imported organization is, as far as matching it to the directory cares. */
export type ImportedOrganizationKind = 'council' | 'faction' | 'committee';

/** Words councils use for the elected council itself (plain form). */
const COUNCIL_NAMES = new Set([
	'rat',
	'gemeinderat',
	'stadtrat',
	'kreistag',
	'buergerschaft',
	'gemeindevertretung',
	'stadtvertretung',
	'stadtverordnetenversammlung',
	'gemeindeversammlung',
	'rat der stadt',
	'rat der gemeinde',
	'landtag'
]);

const PARTY_ALIASES: [RegExp, string][] = [
	[/^christlich demokratische union( deutschlands)?$/, 'cdu'],
	[/^sozialdemokratische partei( deutschlands)?$/, 'spd'],
	[/^freie demokratische partei$/, 'fdp'],
	[/^(buendnis )?(die )?gruenen?$/, 'gruene'],
	[/^die linke$/, 'linke'],
	[/^alternative fuer deutschland$/, 'afd'],
	[/^buendnis sahra wagenknecht.*$/, 'bsw']
];

/**
 * Council systems file factions under the organization type "Fraktion" (Sternberg), under a
 * classification, or only by name; committees under "Gremium" together with the council.
 */
export function importedOrganizationKind(organization: {
	name: string;
	organizationType: string | null;
	classification: string | null;
}): ImportedOrganizationKind {
	const words = [organization.organizationType, organization.classification, organization.name]
		.map((value) => plainText(value ?? ''))
		.join(' ');
	if (/\bfraktion/.test(words)) return 'faction';
	if (COUNCIL_NAMES.has(plainText(organization.name))) return 'council';
	return 'committee';
}

/**
 * A faction's name reduced to what tells factions apart: "Fraktion BÜNDNIS 90/DIE GRÜNEN" and
 * the council system's "Bündnis 90/Die Grünen" are one faction, "CDU-Fraktion" and "Christlich
 * Demokratische Union" too.
 */
export function factionKey(name: string): string {
	const plain = plainText(name)
		.replace(/\bfraktion(en)?\b/g, ' ')
		.replace(/^\s*(der|die)\s+(?=\S+\s*$)/, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	for (const [pattern, alias] of PARTY_ALIASES) if (pattern.test(plain)) return alias;
	return plain;
}

/** A committee's or council's name for comparison (plain form, without "der", "für" …). */
export function organizationKey(name: string): string {
	return plainText(name)
		.split(' ')
		.filter((word) => !['der', 'die', 'das', 'fuer', 'und'].includes(word))
		.join(' ');
}

/** OParl organization types that are not part of the council (OParl 1.1, Organization). */
const OUTSIDE_THE_COUNCIL = new Set([
	'partei',
	'verwaltungsbereich',
	'institution',
	'externes gremium'
]);

/**
 * What the board may create in the directory from an imported organization: its factions and
 * committees (an Ortsbeirat is a committee of the council too). The council itself comes with
 * the state data, and parties, administrative units or outside bodies hold no council seats.
 */
export function creatableDirectoryKind(organization: {
	name: string;
	organizationType: string | null;
	classification: string | null;
}): { organizationType: 'faction' | 'committee'; classification: string } | null {
	if (OUTSIDE_THE_COUNCIL.has(plainText(organization.organizationType ?? ''))) return null;
	const kind = importedOrganizationKind(organization);
	if (kind === 'council') return null;
	if (kind === 'faction') return { organizationType: 'faction', classification: 'Fraktion' };
	const words = plainText(`${organization.classification ?? ''} ${organization.name}`);
	return {
		organizationType: 'committee',
		classification: /\b(ortsbeirat|ortsteilvertretung)/.test(words)
			? 'Ortsteilvertretung'
			: 'Ausschuss'
	};
}

/** The directory writes factions as "Fraktion DIE LINKE"; council systems often by party alone. */
export function directoryFactionName(name: string): string {
	const trimmed = name.trim();
	return /fraktion/i.test(trimmed) ? trimmed : `Fraktion ${trimmed}`;
}
