import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { db } from '../../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { createTestDatabase } from '../../testing/test-db';
import { motion, motionAuthor, motionComment } from '../schema';
import { addMotionComment } from './add-comment';
import { deleteMotionComment } from './delete-comment';
import { editMotionComment } from './edit-comment';
import { MotionCommentError, MotionCommentNotFoundError } from './errors';
import { listMotionComments } from './list-comments';

let f: DirectoryFixtures;
let publicMotion: string;
let draft: string;

async function addMotion(values: Partial<typeof motion.$inferInsert>): Promise<string> {
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Antrag', ...values })
		.returning({ id: motion.id });
	return row!.id;
}

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	publicMotion = await addMotion({
		title: 'Kostenfreies Schulessen',
		status: 'adopted',
		visibility: 'public'
	});
	// A draft of the Kreistag faction VG: Jonas sits in it, Mira (Rostock) does not.
	draft = await addMotion({
		title: 'Entwurf Radwege',
		visibility: 'faction',
		factionId: f.organizations.factionVg
	});
	await db.insert(motionAuthor).values({ motionId: draft, userId: f.users.faction_admin.id });
});

describe('comments on motions', () => {
	it('are written and read by the network, with kind, author and whose they are', async () => {
		const { board, member, faction_admin } = f.users;
		await addMotionComment({
			actor: member,
			motionId: publicMotion,
			input: { kind: 'experience', body: 'Bei uns **beschlossen**, 23 zu 4.' }
		});
		await addMotionComment({
			actor: faction_admin,
			motionId: publicMotion,
			input: { kind: 'comment', body: 'Wie habt ihr es finanziert?' }
		});
		const seen = await listMotionComments({ actor: member, motionId: publicMotion });
		expect(seen.map((c) => [c.kind, c.body, c.authorName, c.mine, c.deletable])).toEqual([
			['experience', 'Bei uns **beschlossen**, 23 zu 4.', 'Mira Mitgliedermann', true, true],
			['comment', 'Wie habt ihr es finanziert?', 'Jonas Fraktionsberg', false, false]
		]);
		// The board may remove any comment (moderation), but edits none of them.
		const byBoard = await listMotionComments({ actor: board, motionId: publicMotion });
		expect(byBoard.map((c) => [c.mine, c.deletable])).toEqual([
			[false, true],
			[false, true]
		]);
	});

	it('are for members only, not for interested people or the public', async () => {
		for (const actor of [f.users.interested, null]) {
			await expect(listMotionComments({ actor, motionId: publicMotion })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
			await expect(
				addMotionComment({
					actor,
					motionId: publicMotion,
					input: { kind: 'comment', body: 'Hallo' }
				})
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});

	it('exist only on motions one may read: a foreign draft is "not found", like an unknown id', async () => {
		await addMotionComment({
			actor: f.users.faction_admin,
			motionId: draft,
			input: { kind: 'comment', body: 'Noch die Kosten ergänzen.' }
		});
		expect(
			await listMotionComments({ actor: f.users.faction_admin, motionId: draft })
		).toHaveLength(1);
		for (const motionId of [draft, '00000000-0000-4000-8000-000000000000', 'kein-antrag']) {
			await expect(listMotionComments({ actor: f.users.member, motionId })).rejects.toBeInstanceOf(
				MotionCommentNotFoundError
			);
			await expect(
				addMotionComment({
					actor: f.users.member,
					motionId,
					input: { kind: 'comment', body: 'Geheim?' }
				})
			).rejects.toBeInstanceOf(MotionCommentNotFoundError);
		}
		// Not even the board reads a faction's draft (visibility.ts): nor its comments.
		await expect(
			listMotionComments({ actor: f.users.board, motionId: draft })
		).rejects.toBeInstanceOf(MotionCommentNotFoundError);
	});

	it('are edited by their authors only and marked as edited', async () => {
		const { id } = await addMotionComment({
			actor: f.users.member,
			motionId: publicMotion,
			input: { kind: 'comment', body: 'Tippfeler' }
		});
		await expect(
			editMotionComment({
				actor: f.users.faction_admin,
				motionId: publicMotion,
				commentId: id,
				input: { kind: 'comment', body: 'Fremd geändert' }
			})
		).rejects.toBeInstanceOf(MotionCommentError);
		await expect(
			editMotionComment({
				actor: f.users.member,
				motionId: draft,
				commentId: id,
				input: { kind: 'comment', body: 'Falscher Antrag' }
			})
		).rejects.toBeInstanceOf(MotionCommentNotFoundError);
		await editMotionComment({
			actor: f.users.member,
			motionId: publicMotion,
			commentId: id,
			input: { kind: 'experience', body: 'Tippfehler' }
		});
		const [row] = await db.select().from(motionComment).where(eq(motionComment.id, id));
		expect(row).toMatchObject({ kind: 'experience', body: 'Tippfehler' });
		expect(row!.editedAt).toBeInstanceOf(Date);
	});

	it('are deleted by their authors, or by the board with an audit entry', async () => {
		const own = await addMotionComment({
			actor: f.users.member,
			motionId: publicMotion,
			input: { kind: 'comment', body: 'Doch nicht.' }
		});
		const other = await addMotionComment({
			actor: f.users.member,
			motionId: publicMotion,
			input: { kind: 'comment', body: 'Unpassend.' }
		});
		await expect(
			deleteMotionComment({
				actor: f.users.faction_admin,
				motionId: publicMotion,
				commentId: own.id
			})
		).rejects.toBeInstanceOf(MotionCommentError);
		await deleteMotionComment({ actor: f.users.member, motionId: publicMotion, commentId: own.id });
		await deleteMotionComment({
			actor: f.users.board,
			motionId: publicMotion,
			commentId: other.id
		});
		const left = await db
			.select({ id: motionComment.id })
			.from(motionComment)
			.where(and(eq(motionComment.motionId, publicMotion)));
		expect(left.map((row) => row.id)).not.toContain(own.id);
		expect(left.map((row) => row.id)).not.toContain(other.id);
		const audit = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'motion.comment_delete'));
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actorUserId: f.users.board.id, targetId: publicMotion });
	});

	it('are rate limited per author', async () => {
		const actor = f.users.board;
		let refused: unknown = null;
		for (let i = 0; i < 31 && !refused; i++) {
			try {
				await addMotionComment({
					actor,
					motionId: publicMotion,
					input: { kind: 'comment', body: `Nummer ${i}` }
				});
			} catch (caught) {
				refused = caught;
			}
		}
		expect(refused).toBeInstanceOf(MotionCommentError);
		expect((refused as Error).message).toContain('sehr viele Kommentare');
	});
});
