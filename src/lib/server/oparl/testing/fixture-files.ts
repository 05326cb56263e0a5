import fs from 'node:fs';
import path from 'node:path';

/** An OParl object as JSON, unchecked: test data may be as broken as real servers' data. */
export type RawOparlObject = Record<string, unknown>;

/** A top-level object of a fixture, with the type its file name suggests (tombstones have none). */
export interface FixtureItem {
	object: RawOparlObject;
	typeHint: string | null;
}

export const isRecord = (value: unknown): value is RawOparlObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const hasUrlId = (value: unknown): value is RawOparlObject & { id: string } =>
	isRecord(value) && typeof value.id === 'string' && /^https?:\/\//.test(value.id);

function jsonFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (current: string) => {
		const entries = fs
			.readdirSync(current, { withFileTypes: true })
			.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
		for (const entry of entries) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
		}
	};
	walk(dir);
	return out;
}

/**
 * Every top-level OParl object in a fixture folder, in file order (numeric, so page 2 comes
 * before page 10). A file holds one object, a list page (`{ data: [...] }`) or an array. The
 * first word of the file's relative path that names a list (`body/1/paper.page-74.json` →
 * "paper") is the type hint for objects without `type`.
 */
export function loadFixtureDir(dir: string): FixtureItem[] {
	const items: FixtureItem[] = [];
	for (const file of jsonFiles(dir)) {
		let json: unknown;
		try {
			json = JSON.parse(fs.readFileSync(file, 'utf8'));
		} catch {
			continue;
		}
		const relative = path.relative(dir, file).replace(/\\/g, '/');
		const typeHint =
			relative
				.replace(/\.json$/, '')
				.split(/[/.?=-]/)
				.reverse()
				.find((word) => /^[a-z]+$/i.test(word) && word !== 'page') ?? null;
		const candidates: unknown[] = Array.isArray(json)
			? json
			: isRecord(json) && Array.isArray(json.data)
				? json.data
				: [json];
		for (const object of candidates) if (hasUrlId(object)) items.push({ object, typeHint });
	}
	return items;
}
