/**
 * The 8-digit key an Amtlicher Gemeindeschlüssel is compared by, or null when the value is no
 * AGS. Council systems write it loosely: without the leading zero of the Länder 01–09
 * ("5358016"), as a Kreis key of five digits ("13071"), or as the 12-digit Regionalschlüssel.
 * Kreise and kreisfreie Städte become their key padded with zeros ("13071000"), the form the
 * directory's 5-digit keys take in `directoryAgsKey`.
 */
export function agsKey(value: string | null | undefined): string | null {
	const digits = (value ?? '').replace(/\D/g, '');
	switch (digits.length) {
		case 1:
		case 2:
			return digits.padStart(2, '0').padEnd(8, '0');
		case 4:
		case 5:
			return digits.padStart(5, '0').padEnd(8, '0');
		case 7:
		case 8:
			return digits.padStart(8, '0');
		case 11:
		case 12: {
			// Regionalschlüssel: Land, Regierungsbezirk and Kreis, Gemeindeverband, Gemeinde.
			const ars = digits.padStart(12, '0');
			return ars.slice(0, 5) + ars.slice(9);
		}
		default:
			return null;
	}
}
