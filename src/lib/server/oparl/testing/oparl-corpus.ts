import { CorpusAddresses } from './corpus-addresses';
import { detach, oparlTimestamp, type OparlMutation } from './corpus-mutation';
import type { FileRoute, ListRoute, ObjectRecord } from './corpus-records';
import { isRecord, type FixtureItem, type RawOparlObject } from './fixture-files';
import {
	BODY_LISTS,
	typeNameFromUri,
	typeNameFromUrl,
	typeNameFromWord,
	typeUri,
	type OparlServedVersion,
	type OparlTypeName
} from './oparl-types';

export type { FileRoute, ListRoute, ObjectRecord } from './corpus-records';
export { oparlTimestamp, type OparlMutation } from './corpus-mutation';

/**
 * The objects an OParl test server serves, rewritten to its address: every API URL in the data
 * (ids, references, list URLs) on the data's origin is moved to the server keeping its path, so
 * `https://ris.example/oparl/body/1/paper/7` is served at `http://127.0.0.1:<port>/oparl/body/1/paper/7`.
 * HTML links (`web`, `website` …) stay as they are.
 */
export class OparlCorpus {
	readonly version: OparlServedVersion;
	readonly systemUrl: string;
	readonly bodiesListUrl: string;
	private readonly system: RawOparlObject;
	private readonly records = new Map<string, ObjectRecord>();
	private readonly topLevel: ObjectRecord[] = [];
	private readonly lists = new Map<string, ListRoute>();
	private readonly files = new Map<string, FileRoute>();
	private readonly addresses: CorpusAddresses;
	private listCache = new Map<string, RawOparlObject[]>();

	constructor(
		items: FixtureItem[],
		private readonly baseUrl: string,
		version?: OparlServedVersion
	) {
		this.addresses = new CorpusAddresses(
			items.map((item) => item.object),
			baseUrl,
			version
		);
		this.version = this.addresses.version;
		let system: RawOparlObject | null = null;
		for (const item of items) {
			const object = this.addresses.rewrite(item.object) as RawOparlObject;
			const type =
				typeNameFromUri(object.type) ??
				typeNameFromWord(item.typeHint) ??
				typeNameFromUrl(String(object.id));
			if (type === 'System') system ??= object;
			else if (type) this.addTopLevel(object, type);
		}
		const systemPath = system ? this.addresses.localPath(String(system.id)) : '/oparl/system';
		this.systemUrl = this.baseUrl + systemPath;
		this.system = system ?? {
			id: this.systemUrl,
			type: typeUri(this.version, 'System'),
			name: 'OParl-Testserver'
		};
		this.system.oparlVersion = `https://schema.oparl.org/${this.version}/`;
		const bodiesUrl = typeof this.system.body === 'string' ? this.system.body : null;
		this.bodiesListUrl = bodiesUrl ?? `${this.baseUrl}/oparl/bodies`;
		this.system.body = this.bodiesListUrl;
		this.ensureBody();
		this.assignBodies();
		this.lists.set(this.addresses.localPath(this.bodiesListUrl).split('?')[0]!, {
			bodyId: null,
			type: 'Body'
		});
		for (const body of this.topLevel.filter((record) => record.type === 'Body'))
			this.advertiseLists(body.object);
	}

	/** The served URL of an id given as in the data or already served. */
	url(id: string): string {
		return this.addresses.url(id);
	}

	get systemObject(): RawOparlObject {
		return this.system;
	}

	objectAt(pathWithQuery: string): ObjectRecord | undefined {
		return this.records.get(pathWithQuery);
	}

	listAt(pathname: string): ListRoute | undefined {
		return this.lists.get(pathname);
	}

	fileAt(pathWithQuery: string): FileRoute | undefined {
		return this.files.get(pathWithQuery);
	}

	/** The current items of a list, in list order (tombstones included, as OParl wants). */
	listItems(route: ListRoute): RawOparlObject[] {
		const key = `${route.bodyId}|${route.type}`;
		let items = this.listCache.get(key);
		if (!items) {
			items =
				route.type === 'Body'
					? this.topLevel.filter((r) => r.type === 'Body').map((r) => r.object)
					: [...this.records.values()]
							.filter((r) => r.type === route.type && r.bodyId === route.bodyId)
							.map((r) => r.object);
			this.listCache.set(key, items);
		}
		return items;
	}

	/** Object counts per type (top-level and embedded, each id once). */
	counts(): Partial<Record<OparlTypeName, number>> {
		const counts: Partial<Record<OparlTypeName, number>> = {};
		for (const record of this.records.values())
			counts[record.type] = (counts[record.type] ?? 0) + 1;
		return counts;
	}

	/** All served list URLs, per body and field. */
	listUrls(): Array<{ url: string; type: OparlTypeName; bodyId: string | null }> {
		return [...this.lists].map(([path, route]) => ({ url: this.baseUrl + path, ...route }));
	}

	get(id: string): RawOparlObject | undefined {
		return this.records.get(this.addresses.localPath(this.url(id)))?.object;
	}

	mutate(change: OparlMutation): string {
		const at = oparlTimestamp(change.at);
		for (const [id, patch] of Object.entries(change.update ?? {})) {
			const record = this.require(id);
			for (const [key, value] of Object.entries(this.addresses.rewrite(patch) as RawOparlObject)) {
				if (value === undefined) delete record.object[key];
				else record.object[key] = value;
			}
			record.object.modified = at;
			if (record.root) record.root.object.modified = at;
		}
		for (const id of change.delete ?? []) {
			const record = this.require(id);
			if (record.root) {
				detach(record.root.object, record.object);
				record.root.object.modified = at;
			}
			const { created } = record.object;
			for (const key of Object.keys(record.object)) delete record.object[key];
			Object.assign(record.object, {
				id: this.url(id),
				type: typeUri(this.version, record.type),
				...(created ? { created } : {}),
				modified: at,
				deleted: true
			});
		}
		for (const id of change.remove ?? []) {
			const record = this.require(id);
			if (record.root) {
				detach(record.root.object, record.object);
				record.root.object.modified = at;
			} else this.topLevel.splice(this.topLevel.indexOf(record), 1);
			for (const [path, other] of this.records)
				if (other === record || other.root === record) this.records.delete(path);
		}
		for (const raw of change.add ?? []) {
			const object = this.addresses.rewrite({
				created: at,
				modified: at,
				...raw
			}) as RawOparlObject;
			const type = typeNameFromUri(object.type) ?? typeNameFromUrl(String(object.id));
			if (!type) throw new Error(`Unbekannter Typ für ${String(object.id)}`);
			this.addTopLevel(object, type);
		}
		this.assignBodies();
		this.listCache = new Map();
		return at;
	}

	private require(id: string): ObjectRecord {
		const record = this.records.get(this.addresses.localPath(this.url(id)));
		if (!record) throw new Error(`Kein Objekt ${id} im OParl-Testserver`);
		return record;
	}

	private addTopLevel(object: RawOparlObject, type: OparlTypeName) {
		const bodyId =
			type === 'Body' ? String(object.id) : typeof object.body === 'string' ? object.body : null;
		const record: ObjectRecord = { object, type, root: null, bodyId };
		this.topLevel.push(record);
		this.index(record);
		this.listCache = new Map();
	}

	/**
	 * Objects whose `body` names no known Body (tombstones name none) belong to the first Body;
	 * embedded objects to their top-level object's.
	 */
	private assignBodies() {
		const bodies = this.topLevel.filter((record) => record.type === 'Body');
		const known = new Set(bodies.map((record) => String(record.object.id)));
		const fallback = bodies[0] ? String(bodies[0].object.id) : null;
		for (const record of this.topLevel)
			if (record.type !== 'Body' && (!record.bodyId || !known.has(record.bodyId)))
				record.bodyId = fallback;
		for (const record of this.records.values())
			if (record.root)
				record.bodyId =
					record.root.type === 'Body' ? String(record.root.object.id) : record.root.bodyId;
	}

	/** Indexes an object and, recursively, the objects embedded in it (first top-level copy wins). */
	private index(record: ObjectRecord) {
		const path = this.addresses.localPath(String(record.object.id));
		const existing = this.records.get(path);
		if (!existing || (existing.root && !record.root)) this.records.set(path, record);
		const root = record.root ?? record;
		const visit = (value: unknown) => {
			if (Array.isArray(value)) return value.forEach(visit);
			if (!isRecord(value)) return;
			if (typeof value.id === 'string' && /^https?:\/\//.test(value.id)) {
				const type = typeNameFromUri(value.type) ?? typeNameFromUrl(value.id);
				const embeddedPath = this.addresses.localPath(value.id);
				if (type && !this.records.has(embeddedPath)) {
					const embedded: ObjectRecord = {
						object: value,
						type,
						root,
						bodyId: null
					};
					this.records.set(embeddedPath, embedded);
					if (type === 'File') this.indexFileUrls(embedded);
				}
			}
			for (const [key, child] of Object.entries(value)) if (key !== 'id') visit(child);
		};
		for (const [key, child] of Object.entries(record.object)) if (key !== 'id') visit(child);
		if (record.type === 'File') this.indexFileUrls(record);
	}

	private indexFileUrls(record: ObjectRecord) {
		for (const key of ['accessUrl', 'downloadUrl'] as const) {
			const url = record.object[key];
			if (typeof url !== 'string' || !url.startsWith(`${this.baseUrl}/`)) continue;
			const path = url.slice(this.baseUrl.length);
			if (!this.records.has(path) && !this.files.has(path))
				this.files.set(path, { file: record, download: key === 'downloadUrl' });
		}
	}

	/** Without any Body in the data, one is made up at the body URL the objects reference most. */
	private ensureBody() {
		if (this.topLevel.some((record) => record.type === 'Body')) return;
		const counts = new Map<string, number>();
		for (const record of this.topLevel)
			if (typeof record.object.body === 'string')
				counts.set(record.object.body, (counts.get(record.object.body) ?? 0) + 1);
		const id = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${this.baseUrl}/oparl/body/1`;
		const body: RawOparlObject = {
			id,
			type: typeUri(this.version, 'Body'),
			system: this.systemUrl,
			name: 'Testkörperschaft',
			legislativeTerm: []
		};
		this.addTopLevel(body, 'Body');
	}

	private advertiseLists(body: RawOparlObject) {
		const bodyPath = this.addresses.localPath(String(body.id)).replace(/\/+$/, '');
		for (const [field, type, inVersion10] of BODY_LISTS) {
			const given = typeof body[field] === 'string' ? (body[field] as string) : null;
			let path = given?.startsWith(this.baseUrl)
				? given.slice(this.baseUrl.length).split('?')[0]!
				: null;
			if (!path) {
				path = `${bodyPath}/${field.replace(/List$/, '')}`;
				while (this.records.has(path) || this.lists.has(path)) path += '-list';
			}
			this.lists.set(path, { bodyId: String(body.id), type });
			if (this.version === '1.1' || inVersion10 || given) body[field] = this.baseUrl + path;
		}
		body.system = this.systemUrl;
	}
}
