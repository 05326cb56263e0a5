import { and, eq } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../auth/types';
import { auditLog } from '../../audit/schema';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { UnsupportedFileTypeError } from '../../files/errors';
import { extractStoredFile } from '../../files/extract-stored-file';
import { storedFilePath } from '../../files/file-store';
import { storedFile } from '../../files/schema';
import { fixture } from '../../files/testing/fixtures';
import { searchDocument } from '../../search/schema';
import { preparedTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { motion, motionAuthor } from '../schema';
import { attachFile } from './attach-file';
import { AttachmentNotAllowedError, AttachmentNotFoundError } from './attachment-errors';
import { listAttachments } from './list-attachments';
import { openAttachment } from './open-attachment';
import { reindexMotionsWithFile } from './reindex-after-extraction';
import { removeAttachment } from './remove-attachment';

/** Preparing takes seconds, far more on a loaded machine: more than the default hook timeout. */
const PREPARE_TIMEOUT_MS = 180_000;

let dataDir: string;
let fx: DirectoryFixtures;
let draftId: string;
let publicId: string;

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-attachments-'));
	process.env.DATA_DIR = dataDir;
	resetEnvForTests();
});
afterAll(() => {
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

async function addMotion(
	author: SessionUser,
	values: Partial<typeof motion.$inferInsert>
): Promise<string> {
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Ohne Titel', createdById: author.id, ...values })
		.returning({ id: motion.id });
	await db.insert(motionAuthor).values({ motionId: row!.id, userId: author.id });
	return row!.id;
}

// Every test starts from a copy of one database holding the directory fixtures (state data and
// five password hashes, seconds each, once per file): the file store's rows are counted globally.
const directoryDatabase = preparedTestDatabase(async () => {
	fx = await seedDirectoryFixtures();
});

// The first call also prepares the database the copies come from.
beforeEach(async () => {
	await directoryDatabase();
	// A draft of the faction admin's faction, and a public motion the member wrote.
	draftId = await addMotion(fx.users.faction_admin, {
		title: 'Streuobstwiesen erhalten',
		factionId: fx.organizations.factionVg,
		councilId: fx.organizations.kreistagVg,
		visibility: 'faction'
	});
	publicId = await addMotion(fx.users.member, {
		title: 'Radwege ausbauen',
		status: 'filed',
		visibility: 'public'
	});
}, PREPARE_TIMEOUT_MS);

describe(`motion attachments on ${testDatabaseKind}`, () => {
	it('attaches a PDF whose extracted text makes the motion findable, with an audit entry', async () => {
		const { fileName } = await attachFile(fx.users.faction_admin, {
			motionId: draftId,
			fileName: 'C:\\Dokumente\\Antrag Obst.pdf',
			bytes: fixture('antrag.pdf')
		});
		expect(fileName).toBe('Antrag Obst.pdf');
		const [item] = await listAttachments(fx.users.faction_admin, draftId);
		expect(item).toMatchObject({
			fileName: 'Antrag Obst.pdf',
			mediaType: 'application/pdf',
			textStatus: 'pending'
		});

		const [file] = await db.select({ sha256: storedFile.sha256 }).from(storedFile);
		expect(await extractStoredFile(file!.sha256)).toBe('done');
		await reindexMotionsWithFile(file!.sha256);
		const [document] = await db
			.select({ attachmentText: searchDocument.attachmentText, access: searchDocument.access })
			.from(searchDocument)
			.where(eq(searchDocument.sourceId, draftId));
		expect(document?.attachmentText).toContain('Streuobstwiesenpflege');
		// Still only for the faction: the attachment's text carries the motion's access.
		expect(document?.access).toBe('restricted');

		const audit = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.targetId, draftId), eq(auditLog.action, 'motion.attachment_add')));
		expect(audit).toHaveLength(1);
	});

	it('keeps a draft’s files from everyone outside its faction, and unknown ids alike', async () => {
		const { id } = await attachFile(fx.users.faction_admin, {
			motionId: draftId,
			fileName: 'entwurf.docx',
			bytes: fixture('antrag.docx')
		});
		const download = await openAttachment(fx.users.faction_admin, draftId, id);
		expect(download.mediaType).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		for (const outsider of [null, fx.users.interested, fx.users.member]) {
			await expect(openAttachment(outsider, draftId, id)).rejects.toBeInstanceOf(
				AttachmentNotFoundError
			);
			await expect(listAttachments(outsider, draftId)).rejects.toBeInstanceOf(
				AttachmentNotFoundError
			);
		}
		await expect(
			attachFile(fx.users.member, {
				motionId: draftId,
				fileName: 'x.pdf',
				bytes: fixture('antrag.pdf')
			})
		).rejects.toBeInstanceOf(AttachmentNotFoundError);
		// The attachment id only opens with its own motion.
		await expect(openAttachment(fx.users.board, publicId, id)).rejects.toBeInstanceOf(
			AttachmentNotFoundError
		);
		await expect(
			openAttachment(fx.users.faction_admin, '00000000-0000-4000-8000-000000000000', id)
		).rejects.toBeInstanceOf(AttachmentNotFoundError);
	});

	it('lets everyone download a public motion’s file but only its editors change them', async () => {
		const { id } = await attachFile(fx.users.member, {
			motionId: publicId,
			fileName: 'anfrage',
			bytes: fixture('anfrage.odt')
		});
		expect((await listAttachments(null, publicId)).map((item) => item.fileName)).toEqual([
			'anfrage.odt'
		]);
		expect((await openAttachment(null, publicId, id)).size).toBe(fixture('anfrage.odt').length);
		await expect(
			attachFile(fx.users.faction_admin, {
				motionId: publicId,
				fileName: 'fremd.pdf',
				bytes: fixture('antrag.pdf')
			})
		).rejects.toBeInstanceOf(AttachmentNotAllowedError);
		await expect(
			removeAttachment(fx.users.faction_admin, { motionId: publicId, attachmentId: id })
		).rejects.toBeInstanceOf(AttachmentNotAllowedError);
		await expect(
			attachFile(fx.users.interested, {
				motionId: publicId,
				fileName: 'x.pdf',
				bytes: fixture('antrag.pdf')
			})
		).rejects.toThrow(/Berechtigung/);
	});

	it('refuses a program renamed to .pdf and stores nothing', async () => {
		await expect(
			attachFile(fx.users.member, {
				motionId: publicId,
				fileName: 'antrag.pdf',
				bytes: fixture('programm.exe')
			})
		).rejects.toBeInstanceOf(UnsupportedFileTypeError);
		expect(await listAttachments(fx.users.member, publicId)).toEqual([]);
		expect(await db.select().from(storedFile)).toEqual([]);
	});

	it('removes an attachment, and the bytes only when no other motion still has them', async () => {
		const bytes = fixture('antrag.docx');
		const first = await attachFile(fx.users.member, {
			motionId: publicId,
			fileName: 'a.docx',
			bytes
		});
		const second = await attachFile(fx.users.faction_admin, {
			motionId: draftId,
			fileName: 'b.docx',
			bytes
		});
		const [{ sha256 }] = (await db.select({ sha256: storedFile.sha256 }).from(storedFile)) as [
			{ sha256: string }
		];
		await removeAttachment(fx.users.member, { motionId: publicId, attachmentId: first.id });
		expect(await listAttachments(fx.users.member, publicId)).toEqual([]);
		expect(fs.existsSync(storedFilePath(sha256))).toBe(true);
		await removeAttachment(fx.users.faction_admin, { motionId: draftId, attachmentId: second.id });
		expect(fs.existsSync(storedFilePath(sha256))).toBe(false);
		expect(await db.select().from(storedFile)).toEqual([]);
		await expect(
			removeAttachment(fx.users.faction_admin, { motionId: draftId, attachmentId: second.id })
		).rejects.toBeInstanceOf(AttachmentNotFoundError);
	});
});
