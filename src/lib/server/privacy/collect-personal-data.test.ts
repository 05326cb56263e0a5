import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/record-audit';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { account, session, twoFactor } from '../auth/schema';
import { createTestActor, createTestAccount, signedInJar } from '../auth/test-support';
import { db } from '../db';
import { createGroup } from '../discussions/create-group';
import { joinGroup } from '../discussions/membership';
import { startThread } from '../discussions/start-thread';
import { mailMessage } from '../mail/schema';
import { emptyTestDatabase } from '../testing/test-db';
import { collectPersonalData } from './collect-personal-data';
import { createDirectoryFixture, createLinkedPerson } from './testing/directory-fixture';

describe('collectPersonalData', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('refuses visitors without an account', async () => {
		await expect(collectPersonalData({ actor: null })).rejects.toBeInstanceOf(AccessDeniedError);
	});

	it('gathers account, person, memberships, topics, sessions, audit entries and mails', async () => {
		const fixture = await createDirectoryFixture();
		const actor = await createTestActor('member', { name: 'Greta Beispielhaft' });
		await signedInJar(actor.email);
		const personId = await createLinkedPerson(fixture, {
			userId: actor.id,
			memberships: [
				{
					organizationId: fixture.council,
					role: 'member',
					onBehalfOfId: fixture.faction,
					startDate: '2024-06-09'
				},
				{ organizationId: fixture.committee, role: 'expert_citizen' }
			]
		});
		const someoneElse = await createTestAccount();
		await db.insert(mailMessage).values([
			{
				toAddress: actor.email.toUpperCase(),
				subject: 'Willkommen',
				textBody: 'Hallo Greta',
				category: 'auth.invitation'
			},
			{ toAddress: someoneElse.email, subject: 'Fremd', textBody: 'x', category: 'test' }
		]);
		await recordAudit({
			actor,
			action: 'user.password_change',
			targetType: 'user',
			targetId: actor.id
		});
		await recordAudit({
			actor: { id: 'board-id', name: 'Katrin Vorstandt' },
			action: 'person.update',
			targetType: 'person',
			targetId: personId,
			targetLabel: 'Greta Beispielhaft'
		});
		await recordAudit({
			actor: { id: 'board-id', name: 'Katrin Vorstandt' },
			action: 'user.role_change',
			targetType: 'user',
			targetId: someoneElse.id
		});

		const group = await createGroup({
			actor: await createTestActor('board'),
			input: { name: 'AK Mobilität', description: null, topicId: null }
		});
		await joinGroup({ actor, groupId: group.id });
		await startThread({
			actor,
			groupId: group.id,
			title: 'Rufbus auf dem Land',
			body: 'Wer hat Erfahrungen mit Rufbussen?'
		});

		const data = await collectPersonalData({ actor });

		expect(data).toMatchObject({
			format: 'kommunalnetz-personal-data',
			version: 1,
			account: { id: actor.id, email: actor.email, name: 'Greta Beispielhaft', role: 'member' },
			signInMethods: [{ providerId: 'credential' }],
			person: {
				id: personId,
				givenName: 'Greta',
				familyName: 'Beispielhaft',
				email: 'greta.privat@example.org',
				emailVisibility: 'members',
				phone: '0381 5550199',
				phoneVisibility: 'board',
				biographyVisibility: 'public'
			}
		});
		expect(data.memberships).toHaveLength(2);
		expect(data.memberships).toContainEqual(
			expect.objectContaining({
				role: 'member',
				organization: expect.objectContaining({
					name: 'Kreistag Beispielhausen',
					type: 'council',
					body: 'Landkreis Beispielhausen'
				}),
				onBehalfOf: { id: fixture.faction, name: 'Fraktion DIE LINKE' },
				startDate: '2024-06-09'
			})
		);
		expect(data.topics.map((entry) => entry.name)).toEqual(['Haushalt (Test)', 'ÖPNV (Test)']);
		expect(data.sessions).toHaveLength(1);
		expect(data.sessions[0]).toMatchObject({ userAgent: expect.stringContaining('Firefox') });
		expect(data.auditEntries.map((entry) => entry.action)).toEqual([
			'user.password_change',
			'person.update'
		]);
		expect(data.auditEntries[0]).toMatchObject({ byYou: true, actionLabel: 'Passwort geändert' });
		expect(data.mails.map((mail) => mail.subject)).toEqual(['Willkommen']);
		expect(data.discussions.groups.map((entry) => entry.name)).toEqual(['AK Mobilität']);
		expect(data.discussions.posts).toEqual([
			expect.objectContaining({
				thread: 'Rufbus auf dem Land',
				body: 'Wer hat Erfahrungen mit Rufbussen?'
			})
		]);
	});

	it('leaves out password hashes, session tokens and second-factor secrets', async () => {
		const actor = await createTestActor('member');
		await signedInJar(actor.email);
		await db.insert(twoFactor).values({
			id: 'tf-1',
			userId: actor.id,
			secret: 'GEHEIMES-TOTP-SECRET',
			backupCodes: 'GEHEIME-BACKUP-CODES'
		});
		const [credential] = await db.select().from(account).where(eq(account.userId, actor.id));
		const [active] = await db.select().from(session).where(eq(session.userId, actor.id));

		const text = JSON.stringify(await collectPersonalData({ actor }));

		expect(credential!.password).toBeTruthy();
		expect(text).not.toContain(credential!.password!);
		expect(text).not.toContain(active!.token);
		expect(text).not.toContain('GEHEIM');
	});

	it('works for an account without a person and records the download by id', async () => {
		const actor = await createTestActor('interested');
		const data = await collectPersonalData({ actor, ip: '198.51.100.9' });
		expect(data).toMatchObject({ person: null, memberships: [], topics: [] });
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'privacy.export'));
		expect(entry).toMatchObject({ actorUserId: actor.id, targetId: actor.id });
	});
});
