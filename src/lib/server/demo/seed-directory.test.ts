import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '../auth/schema';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { membership, person, personTopic, topic } from '../directory/schema';
import { loadDirectoryViewer } from '../directory/viewer';
import { isPublicRecord } from '../directory/visibility';
import { loadStateData } from '../territory/load-state-data';
import { body, organization, territorialUnit } from '../territory/schema';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_DIRECTORY, publicRecordKeys } from './data/directory';
import { DEMO_GRETA, DEMO_HANNA } from './data/directory-fixtures';
import { DEMO_PRIVATE_VALUES } from './private-values';
import { seedDemo } from './seed-demo';
import { writeDemoDirectory } from './seed-directory';

async function personByEmail(email: string) {
	const [row] = await db.select().from(person).where(eq(person.email, email));
	return row!;
}

async function membershipsOf(personId: string) {
	return db
		.select({
			role: membership.role,
			organization: organization.name,
			organizationType: organization.organizationType,
			onBehalfOfId: membership.onBehalfOfId,
			organizationId: organization.id,
			parentId: organization.parentId,
			endDate: membership.endDate
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(eq(membership.personId, personId));
}

async function counts() {
	const count = async (table: typeof person | typeof membership | typeof personTopic) =>
		((await db.select({ n: sql<number>`count(*)::int` }).from(table)) as [{ n: number }])[0].n;
	return {
		people: await count(person),
		memberships: await count(membership),
		topics: await count(personTopic)
	};
}

describe('demo directory', () => {
	// The state data and the whole demo directory: seconds, far more on a loaded machine.
	beforeAll(async () => {
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
		await seedDemo();
	}, 180_000);

	it('holds at least 250 people besides the fixtures, in all eight Kreise and cities', async () => {
		expect((await counts()).people).toBeGreaterThanOrEqual(255);
		// The Kreis-level unit of every seat: the council's own unit or the Gemeinde's parent.
		const parent = alias(territorialUnit, 'parent');
		const rows = await db
			.selectDistinct({
				ags: sql<string>`coalesce(${parent.ags}, ${territorialUnit.ags})`,
				councilType: organization.classification
			})
			.from(membership)
			.innerJoin(organization, eq(organization.id, membership.organizationId))
			.innerJoin(body, eq(body.id, organization.bodyId))
			.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
			.leftJoin(parent, and(eq(parent.id, territorialUnit.parentId), ne(parent.kind, 'land')))
			.where(eq(organization.organizationType, 'council'));
		const kreise = new Set(rows.map((row) => row.ags));
		expect([...kreise].sort()).toEqual([
			'13003',
			'13004',
			'13071',
			'13072',
			'13073',
			'13074',
			'13075',
			'13076'
		]);
		expect(new Set(rows.map((row) => row.councilType))).toEqual(
			new Set(['Bürgerschaft', 'Stadtvertretung', 'Kreistag', 'Gemeindevertretung'])
		);
	});

	it('seats Greta Beispielhaft in the Kreistag for the faction she chairs', async () => {
		const greta = await personByEmail(DEMO_GRETA.email);
		expect(greta).toMatchObject({
			fullName: DEMO_GRETA.name,
			phone: DEMO_GRETA.phone,
			emailVisibility: 'members',
			phoneVisibility: 'board',
			biographyVisibility: 'public'
		});
		const seats = await membershipsOf(greta.id);
		const seat = seats.find((m) => m.organizationType === 'council')!;
		expect(seat).toMatchObject({ role: 'member', organization: DEMO_GRETA.council, endDate: null });
		const chair = seats.find((m) => m.role === 'faction_chair')!;
		expect(chair).toMatchObject({
			organization: 'Fraktion DIE LINKE',
			parentId: seat.organizationId
		});
		expect(seat.onBehalfOfId).toBe(chair.organizationId);
		const topics = await db
			.select({ slug: topic.slug })
			.from(personTopic)
			.innerJoin(topic, eq(topic.id, personTopic.topicId))
			.where(eq(personTopic.personId, greta.id));
		expect(topics.map((t) => t.slug).sort()).toEqual(['haushalt', 'oepnv']);
		expect(isPublicRecord(seats)).toBe(true);
	});

	it('keeps Hanna Verborgen a sachkundige Einwohnerin only, so she is not public record', async () => {
		const hanna = await personByEmail(DEMO_HANNA.email);
		expect(hanna.emailVisibility).toBe('public');
		const seats = await membershipsOf(hanna.id);
		expect(seats).toHaveLength(1);
		expect(seats[0]).toMatchObject({ role: 'expert_citizen', organization: DEMO_HANNA.committee });
		const [council] = await db
			.select({ name: organization.name })
			.from(organization)
			.where(eq(organization.id, seats[0]!.parentId!));
		expect(council!.name).toBe(DEMO_HANNA.council);
		expect(isPublicRecord(seats)).toBe(false);
		expect(DEMO_PRIVATE_VALUES).toEqual(
			expect.arrayContaining([DEMO_HANNA.name, DEMO_HANNA.email])
		);
	});

	it('links Katrin, Jonas and Mira to their accounts; Jonas maintains Greta’s faction', async () => {
		const linked = await db
			.select({ email: user.email, name: person.fullName })
			.from(person)
			.innerJoin(user, eq(user.id, person.userId));
		expect(linked.map((row) => row.email).sort()).toEqual([
			'fraktion@example.org',
			'mitglied@example.org',
			'vorstand@example.org'
		]);
		const [jonas] = await db.select().from(user).where(eq(user.email, 'fraktion@example.org'));
		const viewer = await loadDirectoryViewer({ ...jonas!, role: 'faction_admin' } as never);
		const greta = await personByEmail(DEMO_GRETA.email);
		const gretaFaction = (await membershipsOf(greta.id)).find((m) => m.role === 'faction_chair')!;
		expect([...viewer.managedFactionIds]).toEqual([gretaFaction.organizationId]);
		const [mira] = await db.select().from(person).where(eq(person.email, 'mitglied@example.org'));
		const miraSeats = await membershipsOf(mira!.id);
		expect(miraSeats).toMatchObject([{ role: 'expert_citizen' }]);
		expect(isPublicRecord(miraSeats)).toBe(false);
	});

	it('has the joint faction in the Bürgerschaft Rostock and mandates that ended with the last term', async () => {
		const [joint] = await db
			.select()
			.from(organization)
			.where(
				and(
					eq(organization.name, 'Fraktion DIE LINKE/Die PARTEI'),
					eq(organization.organizationType, 'faction')
				)
			);
		expect(joint!.partners).toBe('Die PARTEI');
		const [council] = await db
			.select({ name: organization.name })
			.from(organization)
			.where(eq(organization.id, joint!.parentId!));
		expect(council!.name).toBe('Bürgerschaft Rostock');
		const past = await db
			.select({ id: membership.id })
			.from(membership)
			.where(eq(membership.endDate, '2024-06-08'));
		expect(past.length).toBeGreaterThanOrEqual(20);
	});

	it('changes nothing when run again', async () => {
		const before = await counts();
		await writeDemoDirectory({ accounts: new Map() });
		expect(await counts()).toEqual(before);
	});
});

describe('demo directory private values', () => {
	const publicRecord = publicRecordKeys(DEMO_DIRECTORY);

	it('name every person without an elected seat and every field not made public', () => {
		for (const p of DEMO_DIRECTORY.people) {
			const fullName = `${p.givenName} ${p.familyName}`;
			if (!publicRecord.has(p.key)) expect(DEMO_PRIVATE_VALUES).toContain(fullName);
			if (p.email && p.emailVisibility !== 'public') expect(DEMO_PRIVATE_VALUES).toContain(p.email);
			if (p.phone && p.phoneVisibility !== 'public') expect(DEMO_PRIVATE_VALUES).toContain(p.phone);
		}
		expect(DEMO_PRIVATE_VALUES).toContain(DEMO_GRETA.phone);
		expect(DEMO_PRIVATE_VALUES).toContain(DEMO_GRETA.email);
		expect(DEMO_PRIVATE_VALUES).not.toContain(DEMO_GRETA.name);
	});

	it('never occur inside a value the public may see (the crawl compares substrings)', () => {
		const publicValues = DEMO_DIRECTORY.people
			.filter((p) => publicRecord.has(p.key))
			.flatMap((p) => [
				`${p.givenName} ${p.familyName}`,
				p.emailVisibility === 'public' ? p.email : null,
				p.phoneVisibility === 'public' ? p.phone : null,
				p.biographyVisibility === 'public' ? p.biography : null
			])
			.filter((value): value is string => value !== null)
			.map((value) => value.toLowerCase());
		for (const value of DEMO_PRIVATE_VALUES) {
			const lower = value.toLowerCase();
			expect(publicValues.filter((shown) => shown.includes(lower))).toEqual([]);
		}
	});

	it('give every person an address and every organization a name of its own in its council', () => {
		const emails = DEMO_DIRECTORY.people.map((p) => p.email);
		expect(emails.every((email) => email?.endsWith('@example.org'))).toBe(true);
		expect(new Set(emails).size).toBe(emails.length);
		const names = DEMO_DIRECTORY.organizations.map((o) => `${o.councilAgs}|${o.name}`);
		expect(new Set(names).size).toBe(names.length);
		for (const p of DEMO_DIRECTORY.people)
			if (p.phone) expect(p.phone).toMatch(/^0\d{3} 555\d{4}$/);
	});

	it('include a public Schmidt for the fuzzy name search', () => {
		expect(
			DEMO_DIRECTORY.people.some((p) => p.familyName === 'Schmidt' && publicRecord.has(p.key))
		).toBe(true);
	});
});
