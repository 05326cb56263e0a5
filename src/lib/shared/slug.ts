const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A segment for an address or a file name from a German title: "Ländlicher Raum & ÖPNV" →
 * "laendlicher-raum-oepnv". Umlauts are spelled out, other accents dropped, everything else
 * becomes single hyphens; cut to `maxLength` without a hyphen at the end. Titles with nothing
 * usable (only punctuation, another script) get `fallback`.
 */
export function slugify(text: string, options: { fallback: string; maxLength?: number }): string {
	const slug = text
		.toLowerCase()
		.replace(/[äöüß]/g, (letter) => SPELLED_OUT[letter]!)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, options.maxLength)
		.replace(/-+$/, '');
	return slug || options.fallback;
}
