import { env } from '../config/env';

/**
 * Where people reach this instance: ORIGIN when set (behind a proxy, with https), otherwise the
 * address the server listens on. Used for links in mails and as better-auth's base URL.
 * Deliberately never taken from the request's Host header: anyone can send a forged one, and a
 * reset link built from it would carry the token to the forger's site.
 */
export function publicOrigin(): string {
	const config = env();
	if (config.ORIGIN) return new URL(config.ORIGIN).origin;
	const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
	// 0.0.0.0 / :: listen everywhere but are no address a browser can open.
	const shown = host === '0.0.0.0' || host === '[::]' ? 'localhost' : host;
	return `http://${shown}:${config.PORT}`;
}

/** An absolute link to a path of this instance. */
export function absoluteUrl(pathWithQuery: string): string {
	return new URL(pathWithQuery, publicOrigin()).toString();
}

/** Cookies get the Secure flag exactly when people reach us over https. */
export function usesHttps(): boolean {
	return publicOrigin().startsWith('https:');
}
