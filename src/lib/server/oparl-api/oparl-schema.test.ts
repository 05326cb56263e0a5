import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import type { OparlJson } from './oparl-object';
import { systemUrl } from './oparl-urls';
import {
	fetchAllPages,
	fetchOparl,
	seedApiFixtures,
	type ApiFixtures
} from './testing/api-fixtures';
import { oparlSchemaErrors } from './testing/oparl-schemas';

/** The objects embedded in an object (memberships, files, legislative terms). */
function embedded(object: OparlJson): OparlJson[] {
	return Object.values(object)
		.filter(Array.isArray)
		.flat()
		.filter((item): item is OparlJson => typeof item === 'object' && item !== null);
}

describe('OParl API against the official OParl 1.1 schemas', () => {
	let fixtures: ApiFixtures;
	beforeAll(async () => {
		await createTestDatabase();
		fixtures = await seedApiFixtures();
	}, 120_000);

	it('serves a valid System whose body list holds valid bodies on every page', async () => {
		const system = await fetchOparl(systemUrl());
		expect(oparlSchemaErrors(system)).toEqual([]);
		expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
		const bodies = await fetchAllPages(String(system.body));
		expect(bodies.length).toBeGreaterThan(10);
		expect(bodies.flatMap(oparlSchemaErrors)).toEqual([]);
		expect(bodies.flatMap(embedded).flatMap(oparlSchemaErrors)).toEqual([]);
		expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
		// The validator does reject: a body without its required name.
		const { name: _name, ...nameless } = bodies[0]!;
		expect(oparlSchemaErrors(nameless)).not.toEqual([]);
	});

	it('serves every object type valid, in lists and under its own URL alike', async () => {
		const seen = new Set<string>();
		for (const bodyId of [fixtures.bodies.vorpommernGreifswald, fixtures.bodies.rostock]) {
			const body = await fetchOparl(`${systemUrl().replace(/system$/, '')}body/${bodyId}`);
			expect(oparlSchemaErrors(body)).toEqual([]);
			const lists = [
				'organization',
				'person',
				'meeting',
				'paper',
				'membership',
				'file',
				'legislativeTermList'
			].map((key) => String(body[key]));
			for (const list of lists) {
				for (const object of await fetchAllPages(list)) {
					seen.add(String(object.type));
					expect(oparlSchemaErrors(object), String(object.id)).toEqual([]);
					for (const inner of embedded(object)) {
						seen.add(String(inner.type));
						expect(oparlSchemaErrors(inner), String(inner.id)).toEqual([]);
					}
					// The same object by its id, as an importer fetches references.
					expect(await fetchOparl(String(object.id))).toEqual(object);
				}
			}
		}
		expect([...seen].sort()).toEqual(
			['File', 'LegislativeTerm', 'Membership', 'Organization', 'Paper', 'Person'].map(
				(name) => `https://schema.oparl.org/1.1/${name}`
			)
		);
	});
});
