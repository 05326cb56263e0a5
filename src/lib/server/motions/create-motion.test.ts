import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createTestDatabase } from '../testing/test-db';
import { createMotion, createMotionSchema } from './create-motion';
import { MotionError } from './motion-error';
import { motion, motionAuthor, motionTopic } from './schema';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

describe('createMotion', () => {
	it('stores a draft of the actor, with topics by id, slug or name, audited', async () => {
		const { id, url } = await createMotion(f.users.faction_admin, {
			type: 'motion',
			title: 'Kostenfreies Schulessen',
			text: '## Beschlussvorschlag\n\n- Schulessen kostenfrei',
			justification: 'Weil Kinder satt lernen.',
			topics: [f.topics.schule, 'haushalt', 'ÖPNV'],
			factionId: f.organizations.factionVg
		});
		expect(url).toBe(`/antraege/${id}`);
		const [row] = await db.select().from(motion).where(eq(motion.id, id));
		expect(row).toMatchObject({
			type: 'motion',
			status: 'draft',
			visibility: 'faction',
			factionId: f.organizations.factionVg,
			// The faction names its council.
			councilId: f.organizations.kreistagVg,
			createdById: f.users.faction_admin.id
		});
		const authors = await db.select().from(motionAuthor).where(eq(motionAuthor.motionId, id));
		expect(authors.map((a) => a.userId)).toEqual([f.users.faction_admin.id]);
		const topics = await db.select().from(motionTopic).where(eq(motionTopic.motionId, id));
		expect(topics.map((t) => t.topicId).sort()).toEqual(
			[f.topics.schule, f.topics.haushalt, f.topics.oepnv].sort()
		);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
		expect(audit).toMatchObject({
			action: 'motion.create',
			targetLabel: 'Kostenfreies Schulessen'
		});
	});

	it('makes a filed faction draft readable by the network', async () => {
		const { id } = await createMotion(f.users.faction_admin, {
			type: 'motion',
			title: 'Radweg an der B 109',
			factionId: f.organizations.factionVg,
			visibility: 'faction',
			status: 'filed',
			filedOn: '2025-02-01'
		});
		const [row] = await db.select().from(motion).where(eq(motion.id, id));
		expect(row!.visibility).toBe('members');
	});

	it('refuses a faction the actor does not sit in, unless board', async () => {
		await expect(
			createMotion(f.users.member, {
				type: 'motion',
				title: 'Fremde Fraktion',
				factionId: f.organizations.factionVg
			})
		).rejects.toMatchObject({ code: 'faction_not_yours', field: 'factionId' });
		const { id } = await createMotion(f.users.board, {
			type: 'motion',
			title: 'Für die Fraktion erfasst',
			factionId: f.organizations.factionVg
		});
		expect(id).toBeTruthy();
	});

	it('refuses a faction of another council, unknown topics and non-council councils', async () => {
		await expect(
			createMotion(f.users.board, {
				type: 'motion',
				title: 'Falsche Vertretung',
				councilId: f.organizations.buergerschaft,
				factionId: f.organizations.factionVg
			})
		).rejects.toMatchObject({ code: 'faction_not_in_council' });
		await expect(
			createMotion(f.users.board, { type: 'motion', title: 'Thema', topics: ['gibt-es-nicht'] })
		).rejects.toBeInstanceOf(MotionError);
		await expect(
			createMotion(f.users.board, {
				type: 'motion',
				title: 'Ausschuss',
				councilId: f.organizations.financeHro
			})
		).rejects.toMatchObject({ code: 'council_not_found' });
	});

	it('is for the network only', async () => {
		await expect(
			createMotion(f.users.interested, { type: 'motion', title: 'Von außen' })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(createMotion(null, { type: 'motion', title: 'Anonym' })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});
});

describe('createMotionSchema', () => {
	it('takes the JSON of the API with defaults', () => {
		const parsed = createMotionSchema.parse({
			type: 'inquiry',
			title: '  Anfrage zur Kita-Planung ',
			text: 'Wie viele Plätze fehlen?',
			justification: '',
			topics: [],
			visibility: 'public'
		});
		expect(parsed).toMatchObject({
			title: 'Anfrage zur Kita-Planung',
			status: 'draft',
			councilId: null,
			votesYes: null
		});
	});

	it('gives German messages per field', () => {
		const result = createMotionSchema.safeParse({
			type: 'petition',
			title: '',
			status: 'filed',
			votesYes: '12',
			answer: 'Antwort'
		});
		expect(result.success).toBe(false);
		const messages = Object.fromEntries(
			result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])
		);
		expect(messages).toMatchObject({
			type: 'Bitte eine Art auswählen.',
			title: 'Bitte einen Titel angeben.'
		});
		const crossField = createMotionSchema.safeParse({
			type: 'motion',
			title: 'Titel',
			status: 'filed',
			votesYes: '12',
			answer: 'Antwort'
		});
		expect(crossField.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
			'answer',
			'votesYes'
		]);
	});

	it('takes form strings: vote counts as numbers, blanks as null', () => {
		const parsed = createMotionSchema.parse({
			type: 'motion',
			title: 'Beschlossen',
			status: 'adopted',
			votesYes: '21',
			votesNo: '',
			votesAbstain: '3',
			decidedOn: '2025-03-14',
			councilId: '',
			topics: 'schule'
		});
		expect(parsed).toMatchObject({
			votesYes: 21,
			votesNo: null,
			votesAbstain: 3,
			councilId: null,
			topics: ['schule']
		});
	});
});
