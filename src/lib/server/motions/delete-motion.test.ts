import { and, eq } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { storedFilePath } from '../files/file-store';
import { storedFile } from '../files/schema';
import { fixture } from '../files/testing/fixtures';
import { searchDocument } from '../search/schema';
import { preparedTestDatabase, testDatabaseKind } from '../testing/test-db';
import { attachFile } from './attachments/attach-file';
import { addMotionComment } from './comments/add-comment';
import { createMotion } from './create-motion';
import { deleteMotion } from './delete-motion';
import { motionDeletionPreview } from './deletion-preview';
import { getMotion } from './get-motion';
import { MotionError } from './motion-error';
import { reuseMotion } from './reuse-motion';
import { eraseMotionData } from './personal-data';
import { motion, motionAuthor, motionComment } from './schema';
import { updateMotion } from './update-motion';

/** Preparing takes seconds, far more on a loaded machine: more than the default hook timeout. */
const PREPARE_TIMEOUT_MS = 180_000;

let dataDir: string;
let f: DirectoryFixtures;

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-delete-motion-'));
	process.env.DATA_DIR = dataDir;
	resetEnvForTests();
});
afterAll(() => {
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(dataDir, { recursive: true, force: true });
});
// Every test starts from a copy of one database holding the directory fixtures (state data and
// five password hashes, seconds each, once per file): stored files are counted globally.
const directoryDatabase = preparedTestDatabase(async () => {
	f = await seedDirectoryFixtures();
});
// The first call also prepares the database the copies come from.
beforeEach(async () => {
	await directoryDatabase();
}, PREPARE_TIMEOUT_MS);

const draftFields = (title = 'Buslinie nach Usedom') => ({
	type: 'motion',
	title,
	text: 'Der Kreistag möge beschließen …',
	factionId: f.organizations.factionVg,
	topics: ['oepnv']
});

async function rejection(promise: Promise<unknown>): Promise<string | undefined> {
	try {
		await promise;
	} catch (caught) {
		return caught instanceof MotionError ? caught.code : String(caught);
	}
	return undefined;
}

describe(`deleteMotion on ${testDatabaseKind}`, () => {
	it('lets the author delete a draft: rows, search row and comments go, audited', async () => {
		const { id } = await createMotion(f.users.faction_admin, draftFields());
		await addMotionComment({
			actor: f.users.faction_admin,
			motionId: id,
			input: { kind: 'comment', body: 'Noch einmal lesen.' }
		});
		expect((await getMotion(f.users.faction_admin, id))!.canDelete).toBe(true);

		const result = await deleteMotion(f.users.faction_admin, id, { ip: '127.0.0.1' });
		expect(result).toMatchObject({ title: 'Buslinie nach Usedom', reuses: 0 });
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(0);
		expect(await db.select().from(motionComment).where(eq(motionComment.motionId, id))).toEqual([]);
		expect(
			await db.select().from(searchDocument).where(eq(searchDocument.sourceId, id))
		).toHaveLength(0);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'motion.delete')));
		expect(audit).toMatchObject({
			actorUserId: f.users.faction_admin.id,
			targetLabel: result.title
		});
	});

	it('keeps filed motions from their authors and outsiders; the board deletes any it reads', async () => {
		const { id } = await createMotion(f.users.faction_admin, {
			...draftFields(),
			visibility: 'public'
		});
		await updateMotion(f.users.faction_admin, id, {
			...draftFields(),
			visibility: 'public',
			status: 'filed',
			filedOn: '2025-03-01'
		});
		expect((await getMotion(f.users.faction_admin, id))!.canDelete).toBe(false);
		expect(await rejection(deleteMotion(f.users.faction_admin, id))).toBe('delete_not_allowed');
		// Mira reads it but did not write it.
		expect(await rejection(deleteMotion(f.users.member, id))).toBe('delete_not_allowed');
		expect(await rejection(deleteMotion(f.users.interested, id))).toMatch(/AccessDenied/);
		expect(await rejection(deleteMotion(null, id))).toMatch(/AccessDenied/);
		// Without two-factor sign-in the board's moderation right is not there yet.
		const boardWithout2fa = { ...f.users.board, twoFactorEnabled: false };
		expect(await rejection(deleteMotion(boardWithout2fa, id))).toBe('delete_not_allowed');
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(1);

		expect((await getMotion(f.users.board, id))!.canDelete).toBe(true);
		await deleteMotion(f.users.board, id);
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(0);
	});

	it('answers a hidden draft like an unknown one, also to the board', async () => {
		const { id } = await createMotion(f.users.faction_admin, draftFields());
		for (const outsider of [f.users.member, f.users.board]) {
			expect(await rejection(deleteMotion(outsider, id))).toBe('motion_not_found');
			expect(await motionDeletionPreview(outsider, id)).toBeNull();
		}
		expect(await rejection(deleteMotion(f.users.board, crypto.randomUUID()))).toBe(
			'motion_not_found'
		);
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(1);
	});

	it('marks motions taken over from it, which keep their text and show a deleted source', async () => {
		const { id: sourceId } = await createMotion(f.users.faction_admin, {
			...draftFields('Musterantrag Schulweg'),
			type: 'template',
			visibility: 'members'
		});
		const { id: reuseId } = await reuseMotion(f.users.faction_admin, sourceId);
		const { id: reuseOfReuseId } = await reuseMotion(f.users.faction_admin, reuseId);
		const preview = await motionDeletionPreview(f.users.board, sourceId);
		expect(preview).toMatchObject({ reuses: 1, canDelete: true });

		await deleteMotion(f.users.board, sourceId);
		const reuse = await getMotion(f.users.faction_admin, reuseId);
		expect(reuse).toMatchObject({
			title: 'Musterantrag Schulweg',
			reusedFromId: null,
			reusedFromDeleted: true,
			origins: []
		});
		// Further down the chain, the last origin carries the mark.
		const further = await getMotion(f.users.faction_admin, reuseOfReuseId);
		expect(further!.reusedFromDeleted).toBe(false);
		expect(further!.origins.map((origin) => [origin.id, origin.reusedFromDeleted])).toEqual([
			[reuseId, true]
		]);
	});

	it('removes its files unless another motion holds the same bytes', async () => {
		const { id: first } = await createMotion(f.users.faction_admin, draftFields('Erster'));
		const { id: second } = await createMotion(f.users.faction_admin, draftFields('Zweiter'));
		await attachFile(f.users.faction_admin, {
			motionId: first,
			fileName: 'antrag.pdf',
			bytes: fixture('antrag.pdf')
		});
		await attachFile(f.users.faction_admin, {
			motionId: first,
			fileName: 'antrag.docx',
			bytes: fixture('antrag.docx')
		});
		await attachFile(f.users.faction_admin, {
			motionId: second,
			fileName: 'gleich.pdf',
			bytes: fixture('antrag.pdf')
		});
		const files = await db
			.select({ sha256: storedFile.sha256, mediaType: storedFile.mediaType })
			.from(storedFile);
		expect(files).toHaveLength(2);
		const pdf = files.find((file) => file.mediaType === 'application/pdf')!.sha256;
		const docx = files.find((file) => file.mediaType !== 'application/pdf')!.sha256;
		expect((await motionDeletionPreview(f.users.faction_admin, first))!.attachments).toBe(2);

		const result = await deleteMotion(f.users.faction_admin, first);
		expect(result.filesRemoved).toBe(1);
		const left = await db.select({ sha256: storedFile.sha256 }).from(storedFile);
		expect(left.map((row) => row.sha256)).toEqual([pdf]);
		expect(fs.existsSync(storedFilePath(pdf))).toBe(true);
		expect(fs.existsSync(storedFilePath(docx))).toBe(false);

		await deleteMotion(f.users.faction_admin, second);
		expect(await db.select().from(storedFile)).toHaveLength(0);
		expect(fs.existsSync(storedFilePath(pdf))).toBe(false);
	});

	it('marks reuses alike when an account’s last private draft goes with the account', async () => {
		const [own] = await db
			.insert(motion)
			.values({ type: 'motion', title: 'Nur meins', visibility: 'faction' })
			.returning({ id: motion.id });
		await db.insert(motionAuthor).values({ motionId: own!.id, userId: f.users.member.id });
		const { id: reuseId } = await reuseMotion(f.users.member, own!.id);
		await db.transaction((tx) => eraseMotionData(f.users.member.id, tx));
		const [reuse] = await db.select().from(motion).where(eq(motion.id, reuseId));
		expect(await db.select().from(motion).where(eq(motion.id, own!.id))).toHaveLength(0);
		expect(reuse).toMatchObject({ reusedFromId: null, reusedFromDeleted: true });
	});
});
