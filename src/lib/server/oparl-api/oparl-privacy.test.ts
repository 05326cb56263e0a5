import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { person } from '../directory/schema';
import { createTestDatabase } from '../testing/test-db';
import type { OparlJson } from './oparl-object';
import { objectUrl, systemUrl } from './oparl-urls';
import { serveOparl } from './serve-oparl';
import {
	PRIVATE_VALUES,
	fetchAllPages,
	fetchOparl,
	seedApiFixtures,
	type ApiFixtures
} from './testing/api-fixtures';

/** Everything an importer collects from the fixtures' bodies, as one text. */
async function crawlFixtureBodies(fixtures: ApiFixtures): Promise<{
	text: string;
	byType: Map<string, OparlJson[]>;
}> {
	const objects: OparlJson[] = [await fetchOparl(systemUrl())];
	for (const bodyId of Object.values(fixtures.bodies)) {
		const body = await fetchOparl(objectUrl('body', bodyId));
		objects.push(body);
		for (const key of ['organization', 'person', 'paper', 'membership', 'file', 'meeting'])
			objects.push(...(await fetchAllPages(String(body[key]))));
	}
	const byType = new Map<string, OparlJson[]>();
	for (const object of objects) {
		const type = String(object.type).split('/').at(-1)!;
		byType.set(type, [...(byType.get(type) ?? []), object]);
	}
	return { text: JSON.stringify(objects), byType };
}

describe('OParl API privacy: only the public record leaves', () => {
	let fixtures: ApiFixtures;
	let crawl: Awaited<ReturnType<typeof crawlFixtureBodies>>;
	beforeAll(async () => {
		await createTestDatabase();
		fixtures = await seedApiFixtures();
		crawl = await crawlFixtureBodies(fixtures);
	}, 120_000);

	it('lists mandate holders with public fields only, never people without an elected seat', async () => {
		const names = (crawl.byType.get('Person') ?? []).map((p) => p.name).sort();
		// Greta and Otto (Kreistag, Otto's seat ended), Heinz (Gemeindevertretung).
		expect(names).toEqual(['Greta Beispielhaft', 'Heinz Schmidt', 'Otto Früher']);
		const greta = await fetchOparl(objectUrl('person', fixtures.people.greta));
		// Biography public; e-mail for members and phone for the board only.
		expect(greta.life).toBe('Seit 2014 im Kreistag.');
		expect(greta).not.toHaveProperty('email');
		expect(greta).not.toHaveProperty('phone');
		expect(greta).not.toHaveProperty('keyword');
		expect(crawl.text).not.toContain('greta.beispielhaft@example.org');
		expect(crawl.text).not.toContain('0381 5550101');
		// Hanna's e-mail is public, but as a sachkundige Einwohnerin she is no public record.
		expect(crawl.text).not.toContain('Verborgen');
		expect(crawl.text).not.toContain('hanna.verborgen@example.org');
		for (const hidden of ['hanna', 'mira', 'katrin', 'jonas'] as const) {
			const answer = await serveOparl(`person/${fixtures.people[hidden]}`, new URLSearchParams());
			expect(answer.status, hidden).toBe(404);
		}
	});

	it('shows a field once its owner makes it public, and topics only when public', async () => {
		await db
			.update(person)
			.set({ emailVisibility: 'public', topicsVisibility: 'public' })
			.where(eq(person.id, fixtures.people.greta));
		const greta = await fetchOparl(objectUrl('person', fixtures.people.greta));
		expect(greta.email).toEqual(['greta.beispielhaft@example.org']);
		expect(greta.keyword).toEqual(['Haushalt', 'ÖPNV']);
		expect(greta).not.toHaveProperty('phone');
		await db
			.update(person)
			.set({ emailVisibility: 'members', topicsVisibility: 'members' })
			.where(eq(person.id, fixtures.people.greta));
	});

	it('never serves seats as sachkundige Einwohner*in, even of public people', async () => {
		const roles = (crawl.byType.get('Membership') ?? []).map((m) => m.role);
		expect(roles).not.toContain('Sachkundige*r Einwohner*in');
		const memberships = crawl.byType.get('Membership') ?? [];
		const people = new Set(memberships.map((m) => m.person));
		expect(people).toEqual(
			new Set(
				['greta', 'otto', 'heinz'].map((p) => objectUrl('person', fixtures.people[p as 'greta']))
			)
		);
		for (const organization of crawl.byType.get('Organization') ?? []) {
			for (const url of organization.membership as string[])
				expect(memberships.map((m) => m.id)).toContain(url);
		}
	});

	it('serves public motions as papers and nothing of members-only motions or drafts', async () => {
		const papers = crawl.byType.get('Paper') ?? [];
		expect(papers.map((p) => p.name)).toEqual(['Kostenloser Nahverkehr für Schüler*innen']);
		expect(papers[0]!.paperType).toBe('Antrag');
		expect(papers[0]!.keyword).toEqual(['ÖPNV']);
		const files = crawl.byType.get('File') ?? [];
		expect(files.map((f) => f.fileName)).toEqual(['begruendung.pdf']);
		for (const value of Object.values(PRIVATE_VALUES)) expect(crawl.text).not.toContain(value);
		for (const id of [fixtures.motions.members, fixtures.motions.draft]) {
			expect((await serveOparl(`paper/${id}`, new URLSearchParams())).status).toBe(404);
		}
		expect((await serveOparl(`file/${fixtures.files.members}`, new URLSearchParams())).status).toBe(
			404
		);
	});
});
