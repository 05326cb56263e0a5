import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import { db } from '../../db';
import { person } from '../../directory/schema';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { mailMessage } from '../../mail/schema';
import { preparedTestDatabase } from '../../testing/test-db';
import { loadContactTarget } from './contact-target';
import { ContactError, sendContactMessage } from './send-contact-message';

/** Preparing takes seconds, far more on a loaded machine: more than the default hook timeout. */
const PREPARE_TIMEOUT_MS = 180_000;

const GRETA = 'greta.beispielhaft@example.org';
const MESSAGE =
	'Wie habt ihr im Kreistag den Nachtragshaushalt begründet? Wir stehen vor derselben Frage.';

describe('contact form services', () => {
	let fixtures: DirectoryFixtures;

	// Every test starts from a copy of one prepared database (state data and five password hashes
	// cost seconds, once per file): mails and the sender's rate limit are counted per database.
	const contactDatabase = preparedTestDatabase(async () => {
		fixtures = await seedDirectoryFixtures();
		// Greta's address for the board only: members reach her through the form.
		await db
			.update(person)
			.set({ emailVisibility: 'board' })
			.where(eq(person.id, fixtures.people.greta));
	});

	// The first call also prepares the database the copies come from.
	beforeEach(async () => {
		await contactDatabase();
	}, PREPARE_TIMEOUT_MS);

	const send = (actor = fixtures.users.member, personId = fixtures.people.greta) =>
		sendContactMessage({
			actor,
			personId,
			subject: 'Haushalt',
			message: MESSAGE,
			ip: '198.51.100.9'
		});

	it('tells how a viewer can reach a person, without the hidden address', async () => {
		const member = await loadContactTarget({
			actor: fixtures.users.member,
			personId: fixtures.people.greta
		});
		expect(member).toEqual({
			id: fixtures.people.greta,
			fullName: 'Greta Beispielhaft',
			channel: 'form'
		});
		expect(JSON.stringify(member)).not.toContain(GRETA);
		expect(
			await loadContactTarget({ actor: fixtures.users.board, personId: fixtures.people.greta })
		).toMatchObject({
			channel: 'visible',
			email: GRETA
		});
		expect(
			await loadContactTarget({ actor: fixtures.users.member, personId: fixtures.people.jonas })
		).toMatchObject({
			channel: 'none'
		});
		expect(
			await loadContactTarget({ actor: fixtures.users.member, personId: 'unbekannt' })
		).toBeNull();
		expect(
			await loadContactTarget({
				actor: fixtures.users.member,
				personId: '00000000-0000-4000-8000-000000000000'
			})
		).toBeNull();
	});

	it('mails the stored address with the sender as Reply-To and logs it without the text', async () => {
		expect(await send()).toEqual({ recipientName: 'Greta Beispielhaft' });
		const [mail] = await db.select().from(mailMessage).where(eq(mailMessage.toAddress, GRETA));
		expect(mail).toMatchObject({
			category: 'directory.contact',
			subject: 'Nachricht von Mira Mitgliedermann: Haushalt'
		});
		expect(JSON.parse(mail!.headers!)).toEqual({ 'Reply-To': 'mitglied@example.org' });
		expect(mail!.textBody).toContain(MESSAGE);
		expect(mail!.textBody).toContain('mitglied@example.org');

		const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'person.contact'));
		expect(entries).toEqual([
			expect.objectContaining({
				actorUserId: fixtures.users.member.id,
				targetId: fixtures.people.greta,
				targetLabel: 'Greta Beispielhaft',
				ip: '198.51.100.9'
			})
		]);
		expect(JSON.stringify(entries)).not.toContain('Nachtragshaushalt');
		expect(JSON.stringify(entries)).not.toContain(GRETA);
	});

	it('sends nothing where the address is visible, missing, or the person unknown', async () => {
		// Tried one after another: a refusal must not depend on what was tried before.
		const refusals: [() => Promise<unknown>, string][] = [
			[() => send(fixtures.users.board), 'address-visible'],
			[() => send(fixtures.users.member, fixtures.people.jonas), 'no-address'],
			[() => send(fixtures.users.member, 'unbekannt'), 'not-found']
		];
		for (const [attempt, code] of refusals) {
			await expect(attempt()).rejects.toMatchObject({ name: 'ContactError', code });
		}
		await expect(send(fixtures.users.interested)).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(send(null as never)).rejects.toBeInstanceOf(AccessDeniedError);
		expect(await db.select().from(mailMessage)).toEqual([]);
	});

	it('limits each sender to five messages an hour', async () => {
		for (let i = 0; i < 5; i++) await send();
		const error = await send().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContactError);
		expect(error).toMatchObject({ code: 'rate-limited' });
		expect((error as ContactError).retryAfterSeconds).toBeGreaterThan(0);
		expect(await db.select().from(mailMessage)).toHaveLength(5);
		// Another member is not affected.
		await expect(send(await createTestActor('member'))).resolves.toBeTruthy();
	});
});
