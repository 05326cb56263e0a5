/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266/8187) for any name: an ASCII fallback
 * for old clients, the exact UTF-8 name (umlauts, ß) for the rest; quotes and line breaks can
 * never break out of the header.
 */
export function contentDisposition(
	fileName: string,
	disposition: 'attachment' | 'inline' = 'attachment'
): string {
	const ascii = fileName
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^\x20-\x7e]/g, '_')
		.replace(/["\\]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
