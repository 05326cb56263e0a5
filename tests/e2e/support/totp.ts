/**
 * One-time codes for two-factor sign-in (RFC 6238: HMAC-SHA1, 30 s, 6 digits — what
 * authenticator apps and better-auth use by default).
 *
 * - `totpCode(secretOrUri, at?)`: the code for a base32 secret or an `otpauth://` URI.
 * - `nextTotpCode(secretOrUri)`: a code from the next time step, for when the current code was
 *   just used (a server refuses the same code twice).
 */
import { createHmac } from 'node:crypto';

const PERIOD_SECONDS = 30;

function secretOf(secretOrUri: string): Buffer {
	const secret = secretOrUri.startsWith('otpauth://')
		? new URL(secretOrUri).searchParams.get('secret')
		: secretOrUri;
	if (!secret) throw new Error('otpauth-URI ohne secret');
	return base32Decode(secret);
}

function base32Decode(input: string): Buffer {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	const clean = input.replace(/[\s=]/g, '').toUpperCase();
	let bits = 0;
	let value = 0;
	const bytes: number[] = [];
	for (const char of clean) {
		const index = alphabet.indexOf(char);
		if (index < 0) throw new Error(`Kein Base32-Zeichen: ${char}`);
		value = (value << 5) | index;
		bits += 5;
		if (bits >= 8) {
			bytes.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(bytes);
}

export function totpCode(secretOrUri: string, at: Date = new Date(), digits = 6): string {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / PERIOD_SECONDS)));
	const hmac = createHmac('sha1', secretOf(secretOrUri)).update(counter).digest();
	const offset = hmac[hmac.length - 1]! & 0x0f;
	const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
	return String(binary % 10 ** digits).padStart(digits, '0');
}

export function nextTotpCode(secretOrUri: string): string {
	return totpCode(secretOrUri, new Date(Date.now() + PERIOD_SECONDS * 1000));
}
