import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../../auth/schema';
import type { SessionUser } from '../../../auth/types';
import { resetEnvForTests } from '../../../config/env';
import { db } from '../../../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../../directory/testing/directory-fixtures';
import { startJobQueue, stopJobQueue } from '../../../jobs';
import { registerMailJobs } from '../../../mail/mail-jobs';
import { closeMailTransport } from '../../../mail/mailer';
import { mailMessage } from '../../../mail/schema';
import { SmtpCatcher } from '../../../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../../../testing/test-db';
import { MotionError } from '../../motion-error';
import { motion, motionAuthor, motionComment } from '../../schema';
import { exportMotionData } from '../../personal-data';
import { addMotionComment } from '../add-comment';
import { authorCommentMailSetting, setAuthorCommentMails } from './author-setting';
import { registerMotionCommentJobs } from './jobs';
import { sendCommentNotifications } from './send-comment-notifications';
import { applyCommentMailUnsubscribe, describeCommentMailUnsubscribe } from './unsubscribe';
import { createCommentMailToken } from './unsubscribe-token';

const ORIGIN = 'https://kommunal.example.org';
let catcher: SmtpCatcher;
let f: DirectoryFixtures;

async function addMotion(
	authors: SessionUser[],
	values: Partial<typeof motion.$inferInsert> = {}
): Promise<string> {
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Schulwegsicherheit', visibility: 'public', ...values })
		.returning({ id: motion.id });
	await db
		.insert(motionAuthor)
		.values(authors.map((author) => ({ motionId: row!.id, userId: author.id })));
	return row!.id;
}

async function comment(actor: SessionUser, motionId: string, body: string): Promise<string> {
	const { id } = await addMotionComment({ actor, motionId, input: { kind: 'comment', body } });
	// The queue mails in the background; wait until the comment is dealt with.
	for (let tries = 0; tries < 200; tries++) {
		const [row] = await db
			.select({ at: motionComment.authorsNotifiedAt })
			.from(motionComment)
			.where(eq(motionComment.id, id));
		if (row?.at) return id;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('Kommentar wurde nicht verschickt');
}

async function storedSubjectsTo(person: SessionUser): Promise<string[]> {
	const rows = await db
		.select({ subject: mailMessage.subject })
		.from(mailMessage)
		.where(eq(mailMessage.toAddress, person.email));
	return rows.map((row) => row.subject);
}

function linksIn(text: string): string[] {
	return text.match(/https?:\/\/\S+/g) ?? [];
}

const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;

beforeAll(async () => {
	catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	process.env.ORIGIN = ORIGIN;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	registerMotionCommentJobs();
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	await startJobQueue({
		mode: 'work',
		pollingIntervalSeconds: 0.5,
		cronMonitorIntervalSeconds: 1,
		cronWorkerIntervalSeconds: 1
	});
});

afterAll(async () => {
	await stopJobQueue(2_000);
	closeMailTransport();
	await catcher.stop();
	delete process.env.SMTP_URL;
	resetEnvForTests();
});

describe(`comment mails to a motion's authors on ${testDatabaseKind}`, () => {
	it('mails the other authors over SMTP, with the comment, a link and List-Unsubscribe', async () => {
		const jonas = f.users.faction_admin;
		const mira = f.users.member;
		const ida = f.users.interested;
		// Ida is named as an author but, as an interested person, may not read comments.
		const id = await addMotion([jonas, mira, ida], { title: 'Tempo 30 vor Schulen' });
		await comment(jonas, id, 'Bei uns hat die **Verkehrsbehörde** zugestimmt.');

		const mail = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Tempo 30 vor Schulen')
		);
		expect(mail.subject).toBe('Neuer Kommentar zu Ihrem Antrag „Tempo 30 vor Schulen“');
		expect(mail.text).toContain('Jonas Fraktionsberg hat einen Kommentar');
		expect(mail.text).toContain('Verkehrsbehörde');
		expect(linksIn(mail.text)).toContain(`${ORIGIN}/antraege/${id}#kommentare`);
		const unsubscribe = linksIn(mail.text).find((link) => link.includes('/abbestellen/antrag/'));
		expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
		expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

		expect(await storedSubjectsTo(jonas)).toEqual([]);
		expect(await storedSubjectsTo(ida)).toEqual([]);
		expect(await storedSubjectsTo(f.users.board)).toEqual([]);
	});

	it('stops per motion or for all motions through the signed link, and never mails twice', async () => {
		const jonas = f.users.faction_admin;
		const mira = f.users.member;
		const first = await addMotion([jonas, mira], { title: 'Radweg Ostseeküste' });
		const second = await addMotion([jonas, mira], { title: 'Bürgerbus Peene' });
		const board = f.users.board;

		const commentId = await comment(board, first, 'Gute Idee!');
		expect(await sendCommentNotifications(commentId)).toBe(0);
		const toMira = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Radweg Ostseeküste')
		);
		const link = linksIn(toMira.text).find((url) => url.includes('/abbestellen/antrag/'))!;
		expect(await describeCommentMailUnsubscribe(tokenOf(link))).toEqual({
			motionTitle: 'Radweg Ostseeküste',
			stoppedHere: false,
			stoppedAll: false
		});
		await applyCommentMailUnsubscribe(tokenOf(link), 'motion');
		expect(await authorCommentMailSetting(mira, first)).toEqual({
			stoppedHere: true,
			stoppedAll: false
		});
		// The stop is the person's data: in their download.
		expect((await exportMotionData(mira.id)).commentMailStops).toEqual([
			{ motion: 'Radweg Ostseeküste', since: expect.any(Date) }
		]);

		await comment(board, first, 'Noch eine Frage zur Finanzierung.');
		await comment(board, second, 'Wie viele Haltestellen?');
		const miraSubjects = await storedSubjectsTo(mira);
		expect(miraSubjects.filter((s) => s.includes('Radweg Ostseeküste'))).toHaveLength(1);
		expect(miraSubjects.filter((s) => s.includes('Bürgerbus Peene'))).toHaveLength(1);
		expect(
			(await storedSubjectsTo(jonas)).filter((s) => s.includes('Radweg Ostseeküste'))
		).toHaveLength(2);

		await applyCommentMailUnsubscribe(tokenOf(link), 'all');
		await comment(board, second, 'Und wer fährt?');
		expect(
			(await storedSubjectsTo(mira)).filter((s) => s.includes('Bürgerbus Peene'))
		).toHaveLength(1);

		// On again from the motion page: "all" clears every stop; one motion off and on again.
		await setAuthorCommentMails(mira, first, 'all_on');
		expect(await authorCommentMailSetting(mira, first)).toEqual({
			stoppedHere: false,
			stoppedAll: false
		});
		await setAuthorCommentMails(mira, first, 'off');
		expect((await authorCommentMailSetting(mira, first))!.stoppedHere).toBe(true);
		await setAuthorCommentMails(mira, first, 'on');
		await comment(board, first, 'Letzte Frage.');
		expect(
			(await storedSubjectsTo(mira)).filter((s) => s.includes('Radweg Ostseeküste'))
		).toHaveLength(2);
	});

	it('mails only authors who may still read the motion and its comments', async () => {
		const jonas = f.users.faction_admin;
		const mira = f.users.member;
		// A faction draft Mira co-wrote: she reads it as an author, until she is no longer a member.
		const id = await addMotion([jonas, mira], {
			title: 'Entwurf Hafenentwicklung',
			visibility: 'faction',
			factionId: f.organizations.factionVg
		});
		await comment(jonas, id, 'Erster Entwurf steht.');
		expect(
			(await storedSubjectsTo(mira)).filter((s) => s.includes('Hafenentwicklung'))
		).toHaveLength(1);

		await db.update(user).set({ role: 'interested' }).where(eq(user.id, mira.id));
		try {
			await comment(jonas, id, 'Zweiter Entwurf steht.');
			expect(
				(await storedSubjectsTo(mira)).filter((s) => s.includes('Hafenentwicklung'))
			).toHaveLength(1);
		} finally {
			await db.update(user).set({ role: 'member' }).where(eq(user.id, mira.id));
		}
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, mira.id));
		try {
			await comment(jonas, id, 'Dritter Entwurf steht.');
			expect(
				(await storedSubjectsTo(mira)).filter((s) => s.includes('Hafenentwicklung'))
			).toHaveLength(1);
		} finally {
			await db.update(user).set({ deactivatedAt: null }).where(eq(user.id, mira.id));
		}
	});

	it('refuses forged links and the switch to anyone but an author', async () => {
		const id = await addMotion([f.users.faction_admin], { title: 'Freibad' });
		const token = await createCommentMailToken(f.users.member.id, id);
		const [payload, signature] = token.split('.');
		const forged = `${Buffer.from(JSON.stringify({ u: f.users.board.id, m: id })).toString('base64url')}.${signature}`;
		expect(await describeCommentMailUnsubscribe(forged)).toBeNull();
		expect(await applyCommentMailUnsubscribe(`${payload}.x${signature}`, 'all')).toBeNull();
		expect(await describeCommentMailUnsubscribe('kein-token')).toBeNull();

		expect(await authorCommentMailSetting(f.users.member, id)).toBeNull();
		await expect(setAuthorCommentMails(f.users.member, id, 'off')).rejects.toBeInstanceOf(
			MotionError
		);
	});
});
