const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Path segments the group routes use themselves; a group may not take them as its address. */
export const RESERVED_SLUGS = new Set(['neu']);

/** A readable URL segment from a German name: "Ländlicher Raum & ÖPNV" → "laendlicher-raum-oepnv". */
export function slugify(name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/[äöüß]/g, (letter) => UMLAUTS[letter]!)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'arbeitskreis';
}
