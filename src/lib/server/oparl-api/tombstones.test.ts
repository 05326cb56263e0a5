import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { membership } from '../directory/schema';
import { motion } from '../motions/schema';
import { createTestDatabase } from '../testing/test-db';
import type { OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { recordPublishedObjects } from './record-published';
import {
	fetchAllPages,
	fetchOparl,
	seedApiFixtures,
	type ApiFixtures
} from './testing/api-fixtures';
import { oparlSchemaErrors } from './testing/oparl-schemas';

describe('OParl API tombstones for objects that stop being public', () => {
	let f: ApiFixtures;
	let before: string;
	beforeAll(async () => {
		await createTestDatabase();
		// Before the seed: everything seeded counts as changed since then.
		before = new Date(Date.now() - 1000).toISOString();
		f = await seedApiFixtures();
		await recordPublishedObjects();
	}, 120_000);

	const since = () => `modified_since=${encodeURIComponent(before)}`;

	it('reports a paper made members-only and a deleted one as deleted, and nothing private', async () => {
		const papers = bodyListUrl(f.bodies.vorpommernGreifswald, 'paper');
		expect((await fetchAllPages(`${papers}?${since()}`)).map((p) => p.deleted)).toEqual([
			undefined
		]);
		await db.update(motion).set({ visibility: 'members' }).where(eq(motion.id, f.motions.public));
		// Until the job has run, the paper is just gone from the lists.
		expect(await fetchAllPages(`${papers}?${since()}`)).toEqual([]);
		await recordPublishedObjects();

		const listed = await fetchAllPages(`${papers}?${since()}`);
		expect(listed).toEqual([
			{
				id: objectUrl('paper', f.motions.public),
				type: 'https://schema.oparl.org/1.1/Paper',
				modified: expect.any(String),
				deleted: true
			}
		]);
		expect(oparlSchemaErrors(listed[0]!)).toEqual([]);
		// Its own URL says the same; a full list (no modified_since) shows only what exists.
		expect(await fetchOparl(objectUrl('paper', f.motions.public))).toEqual(listed[0]);
		expect(await fetchAllPages(papers)).toEqual([]);
		// The members-only motion that never was public stays unknown.
		expect(JSON.stringify(listed)).not.toContain(f.motions.members);

		await db.delete(motion).where(eq(motion.id, f.motions.public));
		await recordPublishedObjects();
		expect((await fetchOparl(objectUrl('paper', f.motions.public))).deleted).toBe(true);
	});

	it('reports a person whose elected seat was removed, with their memberships', async () => {
		await db.delete(membership).where(eq(membership.personId, f.people.otto));
		await recordPublishedObjects();
		const people = await fetchAllPages(
			`${bodyListUrl(f.bodies.vorpommernGreifswald, 'person')}?${since()}`
		);
		const otto = people.find((p) => p.id === objectUrl('person', f.people.otto));
		expect(otto?.deleted).toBe(true);
		expect(otto).not.toHaveProperty('name');
		const memberships = await fetchAllPages(
			`${bodyListUrl(f.bodies.vorpommernGreifswald, 'membership')}?${since()}`
		);
		expect(memberships.filter((m: OparlJson) => m.deleted)).toHaveLength(1);
		// A person still public keeps being served as such.
		expect((await fetchOparl(objectUrl('person', f.people.greta))).deleted).toBeUndefined();
	});

	it('clears the mark when an object becomes public again', async () => {
		await db.update(motion).set({ visibility: 'public' }).where(eq(motion.id, f.motions.members));
		await recordPublishedObjects();
		await db.update(motion).set({ visibility: 'members' }).where(eq(motion.id, f.motions.members));
		await recordPublishedObjects();
		expect((await fetchOparl(objectUrl('paper', f.motions.members))).deleted).toBe(true);
		await db.update(motion).set({ visibility: 'public' }).where(eq(motion.id, f.motions.members));
		await recordPublishedObjects();
		const paper = await fetchOparl(objectUrl('paper', f.motions.members));
		expect(paper.deleted).toBeUndefined();
		expect(paper.name).toBeTruthy();
	});
});
