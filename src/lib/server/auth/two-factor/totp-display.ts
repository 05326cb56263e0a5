import QRCode from 'qrcode';

export const TOTP_ISSUER = 'Kommunalnetz';

/** What the set-up page shows: a QR code to scan and the same secret as text to type. */
export interface TotpDisplay {
	/** Base32, as authenticator apps expect it when typed in. */
	secret: string;
	uri: string;
	/** Inline SVG, generated here from our own data (safe to render as HTML). */
	qrSvg: string;
}

function base32(bytes: Buffer): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = '';
	for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
	let out = '';
	for (let i = 0; i < bits.length; i += 5)
		out += alphabet[Number.parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
	return out;
}

/** The otpauth URI better-auth builds (raw secret, base32-encoded; SHA-1, 6 digits, 30 s). */
export function totpUri(rawSecret: string, email: string): string {
	const params = new URLSearchParams({
		secret: base32(Buffer.from(rawSecret, 'utf8')),
		issuer: TOTP_ISSUER,
		digits: '6',
		period: '30'
	});
	return `otpauth://totp/${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(email)}?${params}`;
}

export async function totpDisplay(uri: string): Promise<TotpDisplay> {
	const secret = new URL(uri).searchParams.get('secret') ?? '';
	const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	const qrSvg = svg.replace(
		'<svg ',
		'<svg role="img" aria-label="QR-Code für die Authenticator-App" width="220" height="220" '
	);
	return { secret, uri, qrSvg };
}
