import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import {
	councilNamed,
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { storedFile } from '../files/schema';
import { searchDocument } from '../search/schema';
import { createTestDatabase } from '../testing/test-db';
import { indexMotion, reindexAllMotions } from './index-motion';
import { motion, motionAttachment, motionAuthor, motionTopic } from './schema';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

async function addMotion(values: Partial<typeof motion.$inferInsert> = {}): Promise<string> {
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Antrag', visibility: 'public', status: 'filed', ...values })
		.returning({ id: motion.id });
	return row!.id;
}

async function documentOf(id: string) {
	const [row] = await db
		.select()
		.from(searchDocument)
		.where(and(eq(searchDocument.type, 'motion'), eq(searchDocument.sourceId, id)));
	return row;
}

async function matches(id: string, query: string): Promise<boolean> {
	const [row] = await db
		.select({
			hit: sql<boolean>`${searchDocument.tsv} @@ websearch_to_tsquery('german', ${query})`
		})
		.from(searchDocument)
		.where(eq(searchDocument.sourceId, id));
	return row!.hit;
}

describe('indexMotion', () => {
	it('writes the facets, text and access of a faction draft', async () => {
		const id = await addMotion({
			type: 'inquiry',
			title: 'Anfrage zu Schulbussen',
			text: 'Wie viele Kinder fahren täglich?',
			justification: 'Eltern berichten von vollen Bussen.',
			answer: 'Es sind 1.200 Kinder.',
			status: 'draft',
			visibility: 'faction',
			factionId: f.organizations.factionVg,
			councilId: f.organizations.kreistagVg,
			createdAt: new Date('2025-01-10T10:00:00Z')
		});
		await db.insert(motionAuthor).values({ motionId: id, userId: f.users.faction_admin.id });
		await db.insert(motionTopic).values({ motionId: id, topicId: f.topics.schule });
		await indexMotion(id);

		const document = await documentOf(id);
		expect(document).toMatchObject({
			title: 'Anfrage zu Schulbussen',
			url: `/antraege/${id}`,
			date: '2025-01-10',
			kind: 'inquiry',
			status: 'draft',
			topicIds: [f.topics.schule],
			districtAgs: '13075',
			councilType: 'Kreistag',
			organizationId: f.organizations.kreistagVg,
			access: 'restricted',
			readerFactionIds: [f.organizations.factionVg],
			readerUserIds: [f.users.faction_admin.id]
		});
		expect(document!.body).toContain('Eltern berichten');
		expect(document!.body).toContain('1.200 Kinder');
	});

	it('finds the district of Gemeinden, kreisfreie Städte and factions; none for the Landtag', async () => {
		const landtag = await councilNamed('Landtag Mecklenburg-Vorpommern');
		const gemeinde = await addMotion({ councilId: f.organizations.gemeinde });
		const rostock = await addMotion({ factionId: f.organizations.factionHro });
		const land = await addMotion({ councilId: landtag.id });
		const template = await addMotion({ type: 'template' });
		await Promise.all([gemeinde, rostock, land, template].map(indexMotion));

		expect(await documentOf(gemeinde)).toMatchObject({
			districtAgs: f.gemeindeAgs.slice(0, 5),
			councilType: 'Gemeindevertretung'
		});
		expect(await documentOf(rostock)).toMatchObject({
			districtAgs: '13003',
			councilType: 'Bürgerschaft',
			organizationId: f.organizations.buergerschaft
		});
		expect(await documentOf(land)).toMatchObject({ districtAgs: null, councilType: 'Landtag' });
		expect(await documentOf(template)).toMatchObject({
			districtAgs: null,
			councilType: null,
			organizationId: null,
			access: 'public'
		});
	});

	it('searches the text of extracted attachments only, weighted lowest', async () => {
		const id = await addMotion({ title: 'Haushaltsantrag', visibility: 'members' });
		await db.insert(storedFile).values([
			{
				sha256: 'a'.repeat(64),
				size: 10,
				mediaType: 'application/pdf',
				textStatus: 'done',
				text: 'Straßenbeleuchtung mit LED'
			},
			{
				sha256: 'b'.repeat(64),
				size: 10,
				mediaType: 'application/pdf',
				textStatus: 'pending',
				text: 'Feuerwehrgerätehaus'
			}
		]);
		await db.insert(motionAttachment).values([
			{ motionId: id, fileSha256: 'a'.repeat(64), fileName: 'anlage.pdf' },
			{ motionId: id, fileSha256: 'b'.repeat(64), fileName: 'noch-nicht.pdf' }
		]);
		await indexMotion(id);
		const document = await documentOf(id);
		expect(document).toMatchObject({
			access: 'members',
			attachmentText: 'Straßenbeleuchtung mit LED'
		});
		expect(await matches(id, 'Straßenbeleuchtung')).toBe(true);
		expect(await matches(id, 'Feuerwehrgerätehaus')).toBe(false);
	});

	it('updates the row when the motion changes and removes it when the motion is gone', async () => {
		const id = await addMotion({ title: 'Alter Titel', visibility: 'faction', status: 'draft' });
		await indexMotion(id);
		await db
			.update(motion)
			.set({ title: 'Neuer Titel', visibility: 'members', status: 'adopted' })
			.where(eq(motion.id, id));
		await indexMotion(id);
		expect(await documentOf(id)).toMatchObject({
			title: 'Neuer Titel',
			access: 'members',
			status: 'adopted'
		});
		const rows = await db.select().from(searchDocument).where(eq(searchDocument.sourceId, id));
		expect(rows).toHaveLength(1);

		await db.delete(motion).where(eq(motion.id, id));
		await indexMotion(id);
		expect(await documentOf(id)).toBeUndefined();
	});
});

describe('reindexAllMotions', () => {
	it('writes every motion and drops rows of deleted ones', async () => {
		const kept = await addMotion({ title: 'Bleibt' });
		const removed = await addMotion({ title: 'Verschwindet' });
		await indexMotion(removed);
		// Deleted behind the index's back (a restore, a bulk cleanup).
		await db.delete(motion).where(eq(motion.id, removed));
		await db.delete(searchDocument).where(eq(searchDocument.sourceId, kept));

		const result = await reindexAllMotions();
		const motions = await db.select({ id: motion.id }).from(motion);
		expect(result.indexed).toBe(motions.length);
		expect(result.removed).toBe(1);
		expect(await documentOf(kept)).toMatchObject({ title: 'Bleibt' });
		expect(await documentOf(removed)).toBeUndefined();
		const [counted] = await db
			.select({ count: sql<number>`count(*)::int` })
			.from(searchDocument)
			.where(eq(searchDocument.type, 'motion'));
		expect(counted!.count).toBe(motions.length);
	});
});
