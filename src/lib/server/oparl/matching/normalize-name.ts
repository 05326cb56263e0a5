/*
 * Names as councils and the directory write them differ in ways that say nothing about who is
 * meant: "Herr Dr. Peter Müller" in the council system is "Peter Mueller" typed by a faction
 * admin on a keyboard without umlauts. Both sides are brought to one plain form before they are
 * compared (by pg_trgm's similarity, which works on this form).
 */

/** Forms of address and academic or professional titles, as they precede names in council systems. */
const HONORIFICS = new Set([
	'herr',
	'herrn',
	'frau',
	'dr',
	'prof',
	'professor',
	'professorin',
	'dipl',
	'ing',
	'habil',
	'mdb',
	'mdl',
	'ma',
	'msc',
	'bsc',
	'mba',
	'llm'
]);

const TRANSLITERATIONS: [RegExp, string][] = [
	[/ä/g, 'ae'],
	[/ö/g, 'oe'],
	[/ü/g, 'ue'],
	[/ß/g, 'ss']
];

/** Lower case, umlauts spelt out, other accents dropped, anything else but letters a space. */
export function plainText(value: string): string {
	let text = value.toLocaleLowerCase('de-DE');
	for (const [pattern, replacement] of TRANSLITERATIONS) text = text.replace(pattern, replacement);
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z]+/g, ' ')
		.trim();
}

/**
 * A person's name in the plain form used for matching: without form of address and titles
 * ("Dr.", "Prof. Dr.-Ing.", "Dipl.-Kfm."), umlauts spelt out, one space between words.
 */
export function normalizePersonName(name: string): string {
	// A word with a full stop is an abbreviation (Dr., Dipl.-Kfm., h.c., a middle initial), never
	// the part of a name that tells people apart.
	const unabbreviated = name
		.split(/\s+/)
		.filter((word) => !word.includes('.'))
		.join(' ');
	return plainText(unabbreviated)
		.split(' ')
		.filter((word) => word !== '' && !HONORIFICS.has(word))
		.join(' ');
}

/**
 * The name to compare of an imported person: given and family name when the server sends
 * them (the `name` field often carries the form of address and titles), else `name`.
 */
export function importedPersonName(person: {
	name: string;
	givenName: string | null;
	familyName: string | null;
}): string {
	const parts = [person.givenName, person.familyName].filter((part) => part && part.trim());
	return normalizePersonName(parts.length === 2 ? parts.join(' ') : person.name);
}
