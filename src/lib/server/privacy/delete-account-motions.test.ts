import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../auth/load-session';
import {
	createTestAccount,
	createTestActor,
	signedInJar,
	TEST_PASSWORD
} from '../auth/test-support';
import { db } from '../db';
import { addMotionComment } from '../motions/comments/add-comment';
import { createMotion } from '../motions/create-motion';
import { motion, motionAuthor, motionComment } from '../motions/schema';
import { searchDocument } from '../search/schema';
import { createTestDatabase } from '../testing/test-db';
import { collectPersonalData } from './collect-personal-data';
import { deleteAccount } from './delete-account';

async function signedInMember() {
	const created = await createTestAccount({ role: 'member', name: 'Mara Motion' });
	const { jar } = await signedInJar(created.email);
	const loaded = await loadSession(jar.request());
	if (!loaded.user) throw new Error('Anmeldung im Test fehlgeschlagen');
	return { actor: loaded.user, jar };
}

describe('personal data of the motion exchange', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('is in the download and goes with the account, leaving shared motions without the name', async () => {
		const { actor, jar } = await signedInMember();
		const other = await createTestActor('member');
		const privateDraft = await createMotion(actor, {
			type: 'motion',
			title: 'Mein eigener Entwurf zur Straßenbeleuchtung',
			visibility: 'faction'
		});
		const shared = await createMotion(actor, {
			type: 'motion',
			title: 'Sanierung der Grundschule',
			visibility: 'members'
		});
		await addMotionComment({
			actor,
			motionId: shared.id,
			input: { kind: 'experience', body: 'Bei uns lief das gut.' }
		});
		await addMotionComment({
			actor: other,
			motionId: shared.id,
			input: { kind: 'comment', body: 'Danke für den Bericht!' }
		});

		const download = await collectPersonalData({ actor });
		expect(download.motions.authored.map((m) => m.title)).toEqual([
			'Mein eigener Entwurf zur Straßenbeleuchtung',
			'Sanierung der Grundschule'
		]);
		expect(download.motions.comments).toEqual([
			expect.objectContaining({
				motion: 'Sanierung der Grundschule',
				kind: 'experience',
				body: 'Bei uns lief das gut.'
			})
		]);
		const [draftRow] = await db
			.select({ readers: searchDocument.readerUserIds })
			.from(searchDocument)
			.where(eq(searchDocument.sourceId, privateDraft.id));
		expect(draftRow?.readers).toEqual([actor.id]);

		await deleteAccount({ actor, password: TEST_PASSWORD, request: jar.request() });

		// A draft nobody else could ever read is gone, with its search row.
		expect(await db.select().from(motion).where(eq(motion.id, privateDraft.id))).toEqual([]);
		expect(
			await db.select().from(searchDocument).where(eq(searchDocument.sourceId, privateDraft.id))
		).toEqual([]);
		// The shared motion stays, without its author; the others' comments stay, theirs go.
		expect(await db.select().from(motion).where(eq(motion.id, shared.id))).toHaveLength(1);
		expect(
			await db.select().from(motionAuthor).where(eq(motionAuthor.motionId, shared.id))
		).toEqual([]);
		const comments = await db
			.select({ body: motionComment.body })
			.from(motionComment)
			.where(eq(motionComment.motionId, shared.id));
		expect(comments).toEqual([{ body: 'Danke für den Bericht!' }]);
	});
});
