/** A URL-safe key for a topic name: "ÖPNV und Mobilität" → "oepnv-und-mobilitaet". */
export function topicSlug(name: string): string {
	const slug = name
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'thema';
}
