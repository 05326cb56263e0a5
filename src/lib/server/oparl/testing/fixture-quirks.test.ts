import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRecord, loadFixtureDir, type RawOparlObject } from './fixture-files';
import { HUERTGENWALD_FIXTURE_DIR } from './fixture-paths';

/** Every object in the fixture, embedded ones included, with the field it sat in. */
function allObjects(): Array<{ object: RawOparlObject; field: string | null }> {
	const out: Array<{ object: RawOparlObject; field: string | null }> = [];
	const visit = (value: unknown, field: string | null) => {
		if (Array.isArray(value)) return value.forEach((entry) => visit(entry, field));
		if (!isRecord(value)) return;
		if (typeof value.id === 'string') out.push({ object: value, field });
		for (const [key, child] of Object.entries(value)) visit(child, key);
	};
	for (const item of loadFixtureDir(HUERTGENWALD_FIXTURE_DIR)) visit(item.object, null);
	return out;
}

const ofType = (objects: ReturnType<typeof allObjects>, type: string) =>
	objects.filter(({ object }) => String(object.type ?? '').endsWith(`/${type}`));

// The subset exists to test a sync against real-world data: these are the quirks its README
// promises, checked so that trimming or reformatting the fixture cannot lose one silently.
describe('Hürtgenwald fixture subset', () => {
	const objects = allObjects();

	it('stays small', () => {
		let bytes = 0;
		const walk = (dir: string) => {
			for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else bytes += fs.statSync(full).size;
			}
		};
		walk(HUERTGENWALD_FIXTURE_DIR);
		expect(bytes).toBeLessThan(2 * 1024 * 1024);
	});

	it('keeps tombstones without type, epoch dates and vendor fields', () => {
		const tombstones = objects.filter(({ object }) => object.deleted === true);
		expect(tombstones.length).toBeGreaterThanOrEqual(10);
		expect(tombstones.every(({ object }) => object.type === undefined)).toBe(true);
		expect(objects.some(({ object }) => String(object.created).startsWith('1970-01-01'))).toBe(
			true
		);
		const vendorKeys = new Set(objects.flatMap(({ object }) => Object.keys(object)));
		expect(vendorKeys).toContain('STERNBERG:sortierung');
		expect(vendorKeys).toContain('STERNBERG:gruppierung');
		const system = JSON.parse(
			fs.readFileSync(path.join(HUERTGENWALD_FIXTURE_DIR, 'system.json'), 'utf8')
		);
		expect(system['STERNBERG:RIMVersion']).toBe('5.0.4');
	});

	it('keeps the body without legislative terms and its swapped, padded location', () => {
		const [body] = ofType(objects, 'Body');
		expect(body!.object.legislativeTerm).toBeUndefined();
		const location = body!.object.location as RawOparlObject & {
			geojson: { geometry: { coordinates: number[] } };
		};
		const [first, second] = location.geojson.geometry.coordinates;
		expect(first).toBeGreaterThan(second!); // latitude first: swapped
		expect(location.postalCode).toMatch(/\u00a0$/);
	});

	it('keeps embedded objects without dates or back references, odd files and agenda numbers', () => {
		const files = ofType(objects, 'File');
		expect(files.some(({ object }) => object.mimeType === 'image/jpeg')).toBe(true);
		expect(files.some(({ object }) => object.date === undefined)).toBe(true);
		expect(files.some(({ object }) => object.accessUrl !== object.id)).toBe(true);
		const agendaItems = ofType(objects, 'AgendaItem');
		expect(agendaItems.some(({ object }) => object.number === '')).toBe(true);
		expect(agendaItems.every(({ object }) => object.meeting === undefined)).toBe(true);
		expect(agendaItems.every(({ object }) => object.created === undefined)).toBe(true);
		expect(ofType(objects, 'Consultation').every(({ object }) => object.paper === undefined)).toBe(
			true
		);
		expect(ofType(objects, 'Membership').every(({ object }) => object.person === undefined)).toBe(
			true
		);
		expect(agendaItems.some(({ object }) => String(object.id).includes('/agendaitem/'))).toBe(true);
	});

	it('keeps references that lead nowhere: Gremien meeting lists and person locations', () => {
		const organizations = ofType(objects, 'Organization');
		expect(
			organizations.some(({ object }) =>
				/\/organization\/1-\d+\/meeting$/.test(String(object.meeting))
			)
		).toBe(true);
		const listed = new Set(objects.map(({ object }) => object.id));
		const personLocations = ofType(objects, 'Person')
			.map(({ object }) => object.location)
			.filter((url): url is string => typeof url === 'string');
		expect(personLocations.length).toBeGreaterThan(0);
		expect(personLocations.some((url) => !listed.has(url))).toBe(true);
	});
});
