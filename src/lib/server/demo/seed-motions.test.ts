import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADOPTED_STATUSES, MOTION_TYPES } from '$lib/shared/motions';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DEFAULT_TOPICS, ensureDefaultTopics } from '../directory/default-topics';
import { extractStoredFile } from '../files/extract-stored-file';
import { storedFilePath } from '../files/file-store';
import { storedFile } from '../files/schema';
import { reindexMotionsWithFile } from '../motions/attachments/reindex-after-extraction';
import { motion, motionAttachment, motionAuthor, motionComment } from '../motions/schema';
import {
	loadMotionViewer,
	motionReadCondition,
	searchDocumentReadCondition,
	type MotionViewer
} from '../motions/visibility';
import { searchDocument } from '../search/schema';
import { loadStateData } from '../territory/load-state-data';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_KREISE } from './data/directory-places';
import { DEMO_ATTACHMENT_DRAFTS } from './data/motion-attachments';
import { DEMO_MOTION_COMMENTS, DEMO_MOTION_PRIVATE_VALUES, DEMO_MOTIONS } from './data/motions';
import { DEMO_PRIVATE_VALUES } from './private-values';
import { seedAccounts } from './seed-accounts';
import { seedDirectory } from './seed-directory';
import { seedMotions } from './seed-motions';
import type { DemoContext } from './types';

const publicMotions = DEMO_MOTIONS.filter((m) => m.visibility === 'public');
const byKey = new Map(DEMO_MOTIONS.map((m) => [m.key, m]));

/** The template a motion goes back to, following "Übernehmen" links. */
function rootOf(key: string): string {
	let current = byKey.get(key)!;
	while (current.reusedFrom) current = byKey.get(current.reusedFrom)!;
	return current.key;
}

describe('demo motion data', () => {
	it('holds at least 300 motions of every type across all districts and default topics', () => {
		expect(DEMO_MOTIONS.length).toBeGreaterThanOrEqual(300);
		expect(new Set(DEMO_MOTIONS.map((m) => m.type))).toEqual(new Set(MOTION_TYPES));
		const districts = new Set(
			DEMO_MOTIONS.flatMap((m) => (m.councilAgs ? [m.councilAgs.slice(0, 5)] : []))
		);
		expect([...districts].sort()).toEqual(DEMO_KREISE.map((k) => k.ags).sort());
		const gemeinden = new Set(
			DEMO_MOTIONS.flatMap((m) => (m.councilAgs?.length === 8 ? [m.councilAgs] : []))
		);
		expect(gemeinden.size).toBeGreaterThanOrEqual(40);
		const topics = new Set(DEMO_MOTIONS.flatMap((m) => m.topics));
		expect([...topics].sort()).toEqual(DEFAULT_TOPICS.map((t) => t.slug).sort());
		expect(new Set(DEMO_MOTIONS.map((m) => m.key)).size).toBe(DEMO_MOTIONS.length);
	});

	it('takes every template over in 5 to 10 councils with mixed outcomes, some via a neighbour', () => {
		const templates = DEMO_MOTIONS.filter((m) => m.type === 'template');
		expect(templates.length).toBeGreaterThanOrEqual(10);
		let transitive = 0;
		for (const template of templates) {
			const reuses = DEMO_MOTIONS.filter(
				(m) =>
					m.reusedFrom &&
					m.type === 'motion' &&
					m.visibility === 'public' &&
					rootOf(m.key) === template.key
			);
			expect(new Set(reuses.map((m) => m.councilAgs)).size).toBeGreaterThanOrEqual(5);
			expect(reuses.length).toBeLessThanOrEqual(10);
			transitive += reuses.filter((m) => m.reusedFrom !== template.key).length;
		}
		expect(transitive).toBeGreaterThanOrEqual(5);
		const outcomes = new Set(
			DEMO_MOTIONS.filter((m) => m.reusedFrom?.startsWith('muster:')).map((m) => m.status)
		);
		for (const status of ['adopted', 'adopted_amended', 'rejected', 'in_deliberation'] as const)
			expect(outcomes).toContain(status);
		// A motion is filed after the one it was taken from was written.
		for (const m of DEMO_MOTIONS.filter((x) => x.reusedFrom && x.filedDaysAgo !== null)) {
			const source = byKey.get(m.reusedFrom!)!;
			expect(m.filedDaysAgo!).toBeLessThan(source.filedDaysAgo ?? source.createdDaysAgo);
		}
	});

	it('records votes and dates only where they belong, and votes match the outcome', () => {
		for (const m of DEMO_MOTIONS) {
			const decided = ['adopted', 'adopted_amended', 'rejected'].includes(m.status);
			expect(m.votes !== null, m.key).toBe(decided);
			expect(m.decidedDaysAgo !== null, m.key).toBe(decided);
			if (m.votes && ADOPTED_STATUSES.includes(m.status))
				expect(m.votes.yes).toBeGreaterThan(m.votes.no);
			if (m.votes && m.status === 'rejected')
				expect(m.votes.no).toBeGreaterThanOrEqual(m.votes.yes);
			if (m.decidedDaysAgo !== null) expect(m.decidedDaysAgo).toBeLessThan(m.filedDaysAgo!);
			expect(m.answer !== null ? m.type : 'inquiry').toBe('inquiry');
			if (m.status === 'draft') expect(m.filedDaysAgo).toBeNull();
		}
	});

	it('keeps drafts and members-only titles private, and no public text reveals them', () => {
		const hidden = DEMO_MOTIONS.filter((m) => m.visibility !== 'public');
		expect(hidden.filter((m) => m.visibility === 'members').length).toBeGreaterThanOrEqual(8);
		expect(hidden.filter((m) => m.visibility === 'faction').length).toBeGreaterThanOrEqual(4);
		expect(DEMO_MOTION_PRIVATE_VALUES).toEqual(expect.arrayContaining(hidden.map((m) => m.title)));
		// Members-only comments are checked by the crawl, too.
		expect(DEMO_MOTION_PRIVATE_VALUES).toContain(
			'Das nehmen wir als Vorlage für unseren Kreis – danke fürs Teilen.'
		);
		for (const title of DEMO_MOTION_PRIVATE_VALUES) expect(DEMO_PRIVATE_VALUES).toContain(title);
		// Compared as the anonymous crawl does: ignoring case.
		const publicText = publicMotions
			.flatMap((m) => [m.title, m.text, m.justification, m.answer ?? ''])
			.join('\n')
			.toLowerCase();
		for (const title of DEMO_MOTION_PRIVATE_VALUES)
			expect(publicText).not.toContain(title.toLowerCase());
		// A public motion names no demo account (their names are private).
		for (const value of DEMO_PRIVATE_VALUES) expect(publicText).not.toContain(value.toLowerCase());
	});

	it('comments only on public motions that exist', () => {
		expect(DEMO_MOTION_COMMENTS.length).toBeGreaterThanOrEqual(10);
		for (const comment of DEMO_MOTION_COMMENTS)
			expect(byKey.get(comment.motion)?.visibility, comment.motion).toBe('public');
	});
});

describe('seeding the demo motions', () => {
	const ctx: DemoContext = { accounts: new Map() };
	let seedMs = 0;

	const viewerOf = async (key: 'fraktion' | 'mitglied'): Promise<MotionViewer> => {
		const account = ctx.accounts.get(key)!;
		const role = key === 'fraktion' ? 'faction_admin' : 'member';
		const user: SessionUser = {
			...account,
			role,
			emailVerified: true,
			twoFactorEnabled: false,
			accessExpiresAt: null
		};
		return loadMotionViewer(user);
	};
	const readableTitles = async (viewer: MotionViewer) =>
		(await db.select({ title: motion.title }).from(motion).where(motionReadCondition(viewer))).map(
			(row) => row.title
		);
	const searchableCount = async (viewer: MotionViewer) => {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(searchDocument)
			.where(and(eq(searchDocument.type, 'motion'), searchDocumentReadCondition(viewer)));
		return Number(row!.n);
	};

	let dataDir: string;

	beforeAll(async () => {
		// The attachments go to the file store under DATA_DIR.
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-demo-'));
		process.env.DATA_DIR = dataDir;
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
		await seedAccounts.seed(ctx);
		await seedDirectory.seed(ctx);
		const started = performance.now();
		await seedMotions.seed(ctx);
		seedMs = performance.now() - started;
		console.info(
			`Demo-Anträge: ${DEMO_MOTIONS.length} in ${Math.round(seedMs)} ms angelegt und indiziert`
		);
	});

	afterAll(() => {
		delete process.env.DATA_DIR;
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('attaches documents whose extracted text the search then finds', async () => {
		const files = await db.select().from(storedFile);
		expect(files.length).toBe(DEMO_ATTACHMENT_DRAFTS.length);
		expect(new Set(files.map((f) => f.mediaType))).toEqual(
			new Set([
				'application/pdf',
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
			])
		);
		for (const file of files) expect(fs.existsSync(storedFilePath(file.sha256))).toBe(true);
		expect(await db.select().from(motionAttachment)).toHaveLength(files.length);
		// As the extraction job does once the queue runs.
		for (const file of files) {
			expect(await extractStoredFile(file.sha256)).toBe('done');
			await reindexMotionsWithFile(file.sha256);
		}
		const found = await db
			.select({ title: searchDocument.title })
			.from(searchDocument)
			.where(
				and(
					searchDocumentReadCondition(await loadMotionViewer(null)),
					sql`${searchDocument.tsv} @@ websearch_to_tsquery('german', 'Fahrgastzählung')`
				)
			);
		expect(found.map((row) => row.title)).toEqual([
			DEMO_MOTIONS.find((m) => m.reusedFrom === 'muster:oepnv-rufbus')!.title
		]);
	});

	it('writes every motion with its council, faction, topics and search row, fast', async () => {
		const [counts] = await db
			.select({
				motions: sql<number>`count(*)::int`,
				withoutFaction: sql<number>`count(*) filter (where ${motion.factionId} is null and ${motion.councilId} is not null)::int`,
				reused: sql<number>`count(${motion.reusedFromId})::int`
			})
			.from(motion);
		expect(Number(counts!.motions)).toBe(DEMO_MOTIONS.length);
		const expectedWithoutFaction = DEMO_MOTIONS.filter((m) => m.councilAgs && !m.faction).length;
		expect(Number(counts!.withoutFaction)).toBe(expectedWithoutFaction);
		expect(Number(counts!.reused)).toBe(DEMO_MOTIONS.filter((m) => m.reusedFrom).length);
		const documents = await db
			.select({ districtAgs: searchDocument.districtAgs, topicIds: searchDocument.topicIds })
			.from(searchDocument)
			.where(eq(searchDocument.type, 'motion'));
		expect(documents).toHaveLength(DEMO_MOTIONS.length);
		expect(new Set(documents.map((d) => d.districtAgs).filter(Boolean)).size).toBe(8);
		expect(documents.every((d) => d.topicIds.length > 0)).toBe(true);
		expect(await db.select().from(motionComment)).toHaveLength(DEMO_MOTION_COMMENTS.length);
		// Generous bound for a loaded CI machine; the figure itself is printed above.
		expect(seedMs).toBeLessThan(15_000);
	});

	it('changes nothing when it runs again', async () => {
		const before = await db.select({ id: motion.id }).from(motion);
		await seedMotions.seed(ctx);
		expect(await db.select({ id: motion.id }).from(motion)).toHaveLength(before.length);
		expect(await db.select().from(motionComment)).toHaveLength(DEMO_MOTION_COMMENTS.length);
	});

	it('shows the Vorpommern-Greifswald drafts to its faction admin, not to the member', async () => {
		const vgDrafts = DEMO_MOTIONS.filter(
			(m) => m.visibility === 'faction' && m.faction === 'faction:13075'
		).map((m) => m.title);
		const rostockDrafts = DEMO_MOTIONS.filter(
			(m) => m.visibility === 'faction' && m.faction === 'faction:13003'
		).map((m) => m.title);
		expect(vgDrafts.length).toBeGreaterThanOrEqual(3);
		expect(rostockDrafts.length).toBeGreaterThanOrEqual(1);
		const fraktion = await viewerOf('fraktion');
		const mitglied = await viewerOf('mitglied');
		const forFraktion = await readableTitles(fraktion);
		const forMitglied = await readableTitles(mitglied);
		for (const title of vgDrafts) {
			expect(forFraktion).toContain(title);
			expect(forMitglied).not.toContain(title);
		}
		for (const title of rostockDrafts) {
			expect(forMitglied).toContain(title);
			expect(forFraktion).not.toContain(title);
		}
		const members = DEMO_MOTIONS.filter((m) => m.visibility === 'members').length;
		expect(forMitglied).toHaveLength(publicMotions.length + members + rostockDrafts.length);
		// Search agrees with the pages for all three.
		expect(await searchableCount(await loadMotionViewer(null))).toBe(publicMotions.length);
		expect(await searchableCount(mitglied)).toBe(forMitglied.length);
		expect(await searchableCount(fraktion)).toBe(forFraktion.length);
	});

	it('lists the demo account that wrote a motion as its author', async () => {
		const rows = await db
			.select({
				visibility: motion.visibility,
				createdById: motion.createdById,
				userId: motionAuthor.userId
			})
			.from(motionAuthor)
			.innerJoin(motion, eq(motion.id, motionAuthor.motionId));
		expect(rows.length).toBe(DEMO_MOTIONS.filter((m) => m.createdBy).length);
		expect(rows.every((row) => row.userId === row.createdById)).toBe(true);
		const jonas = ctx.accounts.get('fraktion')!.id;
		expect(
			rows.filter((row) => row.userId === jonas && row.visibility === 'public').length
		).toBeGreaterThanOrEqual(5);
		const templates = await db
			.select({ id: motion.id })
			.from(motion)
			.where(and(eq(motion.type, 'template'), isNull(motion.councilId)));
		const reuses = await db
			.select({ id: motion.id })
			.from(motion)
			.where(
				inArray(
					motion.reusedFromId,
					templates.map((t) => t.id)
				)
			);
		expect(reuses.length).toBeGreaterThanOrEqual(templates.length * 4);
	});
});
