import { eq, or } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personLabel, recordAudit } from '../audit/record-audit';
import { auditLog } from '../audit/schema';
import { AuthError } from '../auth/errors';
import { loadSession } from '../auth/load-session';
import { account, invitation, session, user } from '../auth/schema';
import {
	createTestAccount,
	createTestActor,
	signedInJar,
	TEST_PASSWORD
} from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import type { AccountRole } from '../../shared/roles';
import { db } from '../db';
import { getPerson } from '../directory/get-person';
import { membership, person, personTopic } from '../directory/schema';
import { createGroup } from '../discussions/create-group';
import { joinGroup } from '../discussions/membership';
import { discussionPost, topicGroupMember } from '../discussions/schema';
import { startThread } from '../discussions/start-thread';
import { mailMessage } from '../mail/schema';
import { createTestDatabase, emptyTestDatabase } from '../testing/test-db';
import { deleteAccount } from './delete-account';
import {
	createDirectoryFixture,
	createLinkedPerson,
	personRow,
	type DirectoryFixture
} from './testing/directory-fixture';

async function signedInActor(role: AccountRole = 'member', name = 'Greta Beispielhaft') {
	const created = await createTestAccount({ role, name });
	const { jar } = await signedInJar(created.email);
	const loaded = await loadSession(jar.request());
	if (!loaded.user) throw new Error('Anmeldung im Test fehlgeschlagen');
	return { actor: loaded.user, jar, email: created.email };
}

/** Leaves traces of the account everywhere deletion has to reach. */
async function leaveTraces(actor: SessionUser) {
	await db.insert(mailMessage).values([
		{
			toAddress: actor.email,
			subject: 'Einladung',
			textBody: 'Hallo',
			category: 'auth.invitation'
		},
		{ toAddress: 'jemand@example.org', subject: 'Andere', textBody: 'x', category: 'test' }
	]);
	await db.insert(invitation).values({
		email: actor.email,
		role: 'member',
		tokenHash: `hash-${actor.id}`,
		expiresAt: new Date(Date.now() + 86_400_000),
		acceptedAt: new Date(),
		acceptedUserId: actor.id
	});
	await recordAudit({
		actor: { id: 'board-id', name: 'Katrin Vorstandt' },
		action: 'user.invite',
		targetType: 'invitation',
		targetId: 'invitation-id',
		targetLabel: actor.email.toUpperCase(),
		details: { role: 'member' }
	});
	await recordAudit({
		actor,
		action: 'user.password_change',
		targetType: 'user',
		targetId: actor.id,
		targetLabel: personLabel(actor.name, actor.email)
	});
	await recordAudit({
		actor: null,
		action: 'user.email_change',
		targetType: 'user',
		targetId: actor.id,
		targetLabel: personLabel(actor.name, actor.email),
		details: { old: 'alt@example.org', new: actor.email }
	});
	await recordAudit({
		actor: null,
		action: 'user.role_change',
		targetType: 'user',
		targetId: actor.id,
		targetLabel: actor.email,
		details: { old: 'interested', new: 'member' }
	});
}

async function auditText(): Promise<string> {
	return JSON.stringify(await db.select().from(auditLog));
}

async function snapshot(userId: string) {
	return {
		users: await db.select().from(user).where(eq(user.id, userId)),
		sessions: (await db.select().from(session).where(eq(session.userId, userId))).length,
		people: await db.select().from(person),
		memberships: (await db.select().from(membership)).length,
		topics: (await db.select().from(personTopic)).length,
		mails: (await db.select().from(mailMessage)).length,
		invitations: (await db.select().from(invitation)).length,
		audit: await auditText()
	};
}

describe('deleteAccount', () => {
	let fixture: DirectoryFixture;

	// A database of its own per test: these assert on every mail, invitation, audit entry and
	// board account in it.
	describe('alone in a database', () => {
		beforeEach(async () => {
			await emptyTestDatabase();
			fixture = await createDirectoryFixture();
		});

		it('keeps only the public record of a person who held an elected seat', async () => {
			const { actor, jar } = await signedInActor();
			const personId = await createLinkedPerson(fixture, {
				userId: actor.id,
				memberships: [
					{ organizationId: fixture.council, role: 'member', onBehalfOfId: fixture.faction },
					{
						organizationId: fixture.council,
						role: 'member',
						onBehalfOfId: fixture.faction,
						startDate: '2019-06-01',
						endDate: '2024-06-08'
					},
					{ organizationId: fixture.committee, role: 'expert_citizen' },
					{ organizationId: fixture.faction, role: 'faction_chair' },
					{
						organizationId: fixture.council,
						role: 'spokesperson',
						topicId: fixture.topics[0]!.id
					}
				]
			});
			await leaveTraces(actor);
			const now = new Date('2025-03-01T10:00:00Z');

			const result = await deleteAccount({
				actor,
				password: TEST_PASSWORD,
				request: jar.request(),
				now
			});

			expect(result.keptPublicRecord).toBe(true);
			expect(await db.select().from(user).where(eq(user.id, actor.id))).toEqual([]);
			expect(await db.select().from(account).where(eq(account.userId, actor.id))).toEqual([]);
			expect(await db.select().from(session).where(eq(session.userId, actor.id))).toEqual([]);
			expect((await loadSession(jar.request())).user).toBeNull();
			// The browser is told to forget its session cookie.
			expect(jar.has('session_token')).toBe(true);
			jar.apply(result.setCookies);
			expect(jar.has('session_token')).toBe(false);

			expect(await personRow(personId)).toMatchObject({
				userId: null,
				givenName: 'Greta',
				familyName: 'Beispielhaft',
				party: null,
				email: null,
				phone: null,
				biography: null,
				recordOnlySince: now
			});
			const kept = await db.select().from(membership).where(eq(membership.personId, personId));
			expect(kept).toHaveLength(2);
			expect(
				kept.every(
					(row) =>
						row.organizationId === fixture.council &&
						row.role === 'member' &&
						row.onBehalfOfId === fixture.faction
				)
			).toBe(true);
			expect(kept.map((row) => row.endDate).sort()).toEqual(['2024-06-08', null].sort());
			expect(await db.select().from(personTopic)).toEqual([]);

			const mails = await db.select().from(mailMessage);
			expect(mails.map((mail) => mail.toAddress)).toEqual(['jemand@example.org']);
			expect(await db.select().from(invitation)).toEqual([]);

			const audit = await auditText();
			expect(audit.toLowerCase()).not.toContain(actor.email.toLowerCase());
			// Who acted on the account stays visible.
			expect(audit).toContain('Katrin Vorstandt');
			expect(audit).not.toContain('alt@example.org');
			expect(audit).not.toContain('Greta Beispielhaft');
			const [deletion] = await db.select().from(auditLog).where(eq(auditLog.action, 'user.delete'));
			expect(deletion).toMatchObject({
				actorUserId: actor.id,
				targetId: actor.id,
				ip: null,
				details: { publicRecordKept: true, personId }
			});
			// What is not personal stays useful to the board.
			const [roleChange] = await db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'user.role_change'));
			expect(roleChange!.details).toEqual({ old: 'interested', new: 'member' });
		});

		it('refuses to delete the last active board account and changes nothing', async () => {
			const { actor, jar } = await signedInActor('board', 'Katrin Vorstandt');
			// A deactivated board account cannot run the instance either.
			const retired = await createTestAccount({ role: 'board' });
			await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, retired.id));
			await createLinkedPerson(fixture, { userId: actor.id, memberships: [] });
			const before = await snapshot(actor.id);

			const refused = await deleteAccount({
				actor,
				password: TEST_PASSWORD,
				request: jar.request()
			}).catch((caught: unknown) => caught);

			expect(refused).toMatchObject({ code: 'last_board' });
			expect(await snapshot(actor.id)).toEqual(before);
		});

		it('lets a board member go while another active board account remains', async () => {
			const { actor, jar } = await signedInActor('board');
			await createTestAccount({ role: 'board' });
			await deleteAccount({ actor, password: TEST_PASSWORD, request: jar.request() });
			const remaining = await db
				.select()
				.from(user)
				.where(or(eq(user.id, actor.id), eq(user.role, 'board')));
			expect(remaining).toHaveLength(1);
		});
	});

	// One database for these: each deletes an account of its own and looks only at its traces.
	describe('sharing one database', () => {
		beforeAll(async () => {
			await createTestDatabase();
			fixture = await createDirectoryFixture();
		});

		it('leaves the public record readable to everyone through the directory', async () => {
			const { actor, jar } = await signedInActor();
			const personId = await createLinkedPerson(fixture, {
				userId: actor.id,
				memberships: [
					{ organizationId: fixture.council, role: 'member', onBehalfOfId: fixture.faction },
					{ organizationId: fixture.committee, role: 'expert_citizen' }
				]
			});
			await deleteAccount({ actor, password: TEST_PASSWORD, request: jar.request() });

			const board = await createTestActor('board');
			for (const viewer of [null, board]) {
				const view = await getPerson({ actor: viewer, id: personId });
				expect(view).toMatchObject({
					fullName: 'Greta Beispielhaft',
					recordOnly: true,
					email: null,
					phone: null,
					biography: null
				});
				expect(view!.mandates).toHaveLength(1);
				expect(JSON.stringify(view)).not.toContain('Ausschuss für Bildung');
			}
		});

		it('removes a person without an elected seat entirely', async () => {
			const { actor, jar } = await signedInActor('member', 'Hanna Verborgen');
			const personId = await createLinkedPerson(fixture, {
				userId: actor.id,
				givenName: 'Hanna',
				familyName: 'Verborgen',
				memberships: [
					{ organizationId: fixture.committee, role: 'expert_citizen' },
					{ organizationId: fixture.faction, role: 'member' },
					// A seat as deputy is no elected mandate in the sense of the public record.
					{ organizationId: fixture.council, role: 'deputy_member' }
				]
			});
			const other = await createLinkedPerson(fixture, {
				userId: null,
				givenName: 'Otto',
				familyName: 'Anders',
				memberships: [{ organizationId: fixture.council, role: 'member' }]
			});

			const result = await deleteAccount({
				actor,
				password: TEST_PASSWORD,
				request: jar.request()
			});

			expect(result.keptPublicRecord).toBe(false);
			expect(await personRow(personId)).toBeNull();
			expect(await db.select().from(membership).where(eq(membership.personId, personId))).toEqual(
				[]
			);
			expect(await personRow(other)).not.toBeNull();
			expect(
				await db.select().from(personTopic).where(eq(personTopic.personId, other))
			).toHaveLength(2);
			expect(await auditText()).not.toContain('Hanna Verborgen');
		});

		it('erases discussion contributions with the account, keeping posts as placeholders', async () => {
			const { actor, jar } = await signedInActor();
			const board = await createTestActor('board');
			const group = await createGroup({
				actor: board,
				input: { name: 'AK Schule', description: null, topicId: null }
			});
			await joinGroup({ actor, groupId: group.id });
			const { postId } = await startThread({
				actor,
				groupId: group.id,
				title: 'Schulbusse im Landkreis',
				body: 'Unsere Linie 12 fährt zu früh.'
			});

			await deleteAccount({ actor, password: TEST_PASSWORD, request: jar.request() });

			const [post] = await db.select().from(discussionPost).where(eq(discussionPost.id, postId));
			expect(post).toMatchObject({ body: null, authorUserId: null });
			expect(post!.erasedAt).not.toBeNull();
			expect(
				await db.select().from(topicGroupMember).where(eq(topicGroupMember.userId, actor.id))
			).toEqual([]);
		});

		it('deletes an account without a person in the directory', async () => {
			const { actor, jar } = await signedInActor('interested');
			const result = await deleteAccount({
				actor,
				password: TEST_PASSWORD,
				request: jar.request()
			});
			expect(result.keptPublicRecord).toBe(false);
			expect(await db.select().from(user).where(eq(user.id, actor.id))).toEqual([]);
		});

		it('refuses a wrong password and changes nothing', async () => {
			const { actor, jar } = await signedInActor();
			await createLinkedPerson(fixture, {
				userId: actor.id,
				memberships: [{ organizationId: fixture.council, role: 'member' }]
			});
			await leaveTraces(actor);
			const before = await snapshot(actor.id);

			const refused = await deleteAccount({
				actor,
				password: 'falsch-falsch-falsch',
				request: jar.request()
			}).catch((caught: unknown) => caught);

			expect(refused).toBeInstanceOf(AuthError);
			expect(refused).toMatchObject({ code: 'wrong_password', field: 'password' });
			expect(await snapshot(actor.id)).toEqual(before);
			expect((await loadSession(jar.request())).user?.id).toBe(actor.id);
		});
	});
});
