import { oparlTypeFromUri, type OparlVersion } from '$lib/shared/oparl';
import type { OparlClient } from '../http/oparl-client';
import { OparlFetchError } from '../http/fetch-error';
import { AddOparlSourceError } from './add-source-error';

export interface SystemDocument {
	/** The URL the System was read from (the one the board gave, or the one a Body named). */
	url: string;
	system: Record<string, unknown>;
	version: OparlVersion;
	bodies: Record<string, unknown>[];
	/** Body list pages read (for the request count). */
	pages: number;
}

/** Bodies lists are short; a server whose body list goes on longer than this is broken. */
const MAX_BODY_PAGES = 50;

/**
 * Reads a System and its body list. A Body or list URL pasted instead of the System's is
 * followed to its `system` once, since that is what people copy from a browser.
 */
export async function readSystem(client: OparlClient, url: string): Promise<SystemDocument> {
	let document = await fetchOrExplain(client, url);
	let systemUrl = url;
	if (oparlTypeFromUri(document.type) !== 'system') {
		const pointer = systemPointer(document);
		if (!pointer) throw notOparl(url, document);
		systemUrl = pointer;
		document = await fetchOrExplain(client, pointer);
		if (oparlTypeFromUri(document.type) !== 'system') throw notOparl(pointer, document);
	}
	const version = versionOf(document);
	const bodyList = typeof document.body === 'string' ? document.body : null;
	if (!bodyList) {
		throw new AddOparlSourceError(
			'not_oparl',
			'Das OParl-System nennt keine Liste seiner Körperschaften („body“).'
		);
	}
	const bodies: Record<string, unknown>[] = [];
	let next: string | null = bodyList;
	let pages = 0;
	const seen = new Set<string>();
	while (next && pages < MAX_BODY_PAGES && !seen.has(next)) {
		seen.add(next);
		const page = await fetchOrExplain(client, next, true);
		pages += 1;
		const items = Array.isArray(page) ? page : Array.isArray(page.data) ? page.data : [];
		for (const item of items) {
			if (item && typeof item === 'object' && !Array.isArray(item))
				bodies.push(item as Record<string, unknown>);
		}
		const links = Array.isArray(page) ? null : (page.links as Record<string, unknown> | undefined);
		next = typeof links?.next === 'string' ? links.next : null;
	}
	if (bodies.filter((body) => body.deleted !== true).length === 0) {
		throw new AddOparlSourceError('no_bodies', 'Das OParl-System nennt keine Körperschaft.');
	}
	return { url: systemUrl, system: document, version, bodies, pages };
}

async function fetchOrExplain(
	client: OparlClient,
	url: string,
	allowArray = false
): Promise<Record<string, unknown>> {
	let data: unknown;
	try {
		({ data } = await client.getJson(url));
	} catch (error) {
		if (!(error instanceof OparlFetchError)) throw error;
		if (error.kind === 'blocked_address') {
			throw new AddOparlSourceError(
				'refused_address',
				'Diese Adresse zeigt auf ein internes Netz (z. B. localhost, 10.x, 192.168.x oder 169.254.x) und wird nicht abgerufen. Bitte die öffentliche Adresse des Ratsinformationssystems angeben.'
			);
		}
		if (error.kind === 'foreign_host') {
			throw new AddOparlSourceError(
				'refused_address',
				`Die Adresse verweist auf einen anderen Server (${hostOf(error.url)}). Bitte direkt die Adresse des OParl-Systems auf diesem Server angeben.`
			);
		}
		if (error.kind === 'invalid_json') {
			throw new AddOparlSourceError(
				'not_oparl',
				'Unter dieser Adresse liegt kein OParl-System: die Antwort ist kein JSON.'
			);
		}
		throw new AddOparlSourceError(
			'unreachable',
			`Die Adresse ist nicht erreichbar: ${error.message}.`
		);
	}
	if (Array.isArray(data) && allowArray) return data as unknown as Record<string, unknown>;
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new AddOparlSourceError(
			'not_oparl',
			'Unter dieser Adresse liegt kein OParl-System: die Antwort ist kein JSON-Objekt.'
		);
	}
	return data as Record<string, unknown>;
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url.slice(0, 80);
	}
}

function systemPointer(document: Record<string, unknown>): string | null {
	if (typeof document.system === 'string') return document.system;
	// A list page (the body list): its first body names the system.
	const first = Array.isArray(document.data) ? (document.data[0] as Record<string, unknown>) : null;
	return typeof first?.system === 'string' ? first.system : null;
}

function versionOf(system: Record<string, unknown>): OparlVersion {
	const declared = typeof system.oparlVersion === 'string' ? system.oparlVersion : '';
	const fromType = typeof system.type === 'string' ? system.type : '';
	return /1\.1/.test(declared) || (!declared && /\/1\.1\//.test(fromType)) ? '1.1' : '1.0';
}

function notOparl(url: string, document: Record<string, unknown>): AddOparlSourceError {
	const type = typeof document.type === 'string' ? ` (Typ „${document.type.slice(0, 80)}“)` : '';
	return new AddOparlSourceError(
		'not_oparl',
		`Unter ${url} liegt kein OParl-System${type}. Bitte die Adresse des OParl-Endpunkts („System“) angeben, meist endet sie auf /oparl/v1 oder /system.`
	);
}
