import { isRecord, type RawOparlObject } from './fixture-files';
import { HTML_LINK_FIELDS, versionFromUri, type OparlServedVersion } from './oparl-types';

/**
 * Where the data's objects are served: every API URL on an origin of the data moves to the
 * test server keeping its path (the most common origin at the root, others below /_ext/), and
 * type URIs name the served OParl version.
 */
export class CorpusAddresses {
	readonly version: OparlServedVersion;
	private readonly origins: Map<string, string>;

	constructor(
		objects: RawOparlObject[],
		private readonly baseUrl: string,
		version?: OparlServedVersion
	) {
		this.origins = apiOrigins(objects);
		this.version = version ?? detectVersion(objects);
	}

	/** Path and query of a served URL, the key objects are found by. */
	localPath(url: string): string {
		try {
			const parsed = new URL(url);
			return parsed.pathname + parsed.search;
		} catch {
			return url;
		}
	}

	/** The served URL of a URL given as in the data or already served; other strings as they are. */
	url(value: string): string {
		if (!/^https?:\/\//.test(value)) return value;
		let parsed: URL;
		try {
			parsed = new URL(value);
		} catch {
			return value;
		}
		const prefix = this.origins.get(parsed.origin);
		return prefix === undefined
			? value
			: this.baseUrl + prefix + parsed.pathname + parsed.search + parsed.hash;
	}

	/** A value of the data with its API URLs moved to the server (HTML links kept). */
	rewrite(value: unknown, key?: string): unknown {
		if (typeof value === 'string') {
			if (key === 'type' || key === 'oparlVersion') return this.retype(value);
			return key && HTML_LINK_FIELDS.has(key) ? value : this.url(value);
		}
		if (Array.isArray(value)) return value.map((entry) => this.rewrite(entry, key));
		if (isRecord(value)) {
			const out: RawOparlObject = {};
			for (const [field, entry] of Object.entries(value)) out[field] = this.rewrite(entry, field);
			return out;
		}
		return value;
	}

	private retype(value: string): string {
		return value.replace(/(schema\.oparl\.org\/)1\.[01]\//, `$11.${this.version.slice(2)}/`);
	}
}

/** The origins object ids live on: the most common one is served at the root, others below /_ext/. */
function apiOrigins(objects: RawOparlObject[]): Map<string, string> {
	const counts = new Map<string, number>();
	const visit = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!isRecord(value)) return;
		if (typeof value.id === 'string') {
			try {
				const origin = new URL(value.id).origin;
				counts.set(origin, (counts.get(origin) ?? 0) + 1);
			} catch {
				// Not a URL: nothing to serve it at.
			}
		}
		for (const child of Object.values(value)) visit(child);
	};
	objects.forEach(visit);
	const ordered = [...counts].sort((a, b) => b[1] - a[1]).map(([origin]) => origin);
	return new Map(
		ordered.map((origin, i) => [
			origin,
			i === 0 ? '' : `/_ext/${new URL(origin).host.replace(/[^A-Za-z0-9.-]/g, '_')}`
		])
	);
}

function detectVersion(objects: RawOparlObject[]): OparlServedVersion {
	let v10 = 0;
	let v11 = 0;
	for (const object of objects) {
		const version = versionFromUri(object.type);
		if (version === '1.0') v10++;
		else if (version === '1.1') v11++;
	}
	return v11 > v10 ? '1.1' : '1.0';
}
