import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import { registeredSchedules } from '../../jobs/registry';
import { mailMessage } from '../../mail/schema';
import { createTestDatabase } from '../../testing/test-db';
import { createGroup } from '../create-group';
import { editPost } from '../edit-post';
import { joinGroup, setNotificationSetting } from '../membership';
import { eraseDiscussionData } from '../personal-data';
import { replyToThread } from '../reply-to-thread';
import { discussionNotification } from '../schema';
import { startThread } from '../start-thread';
import { subscribeThread } from '../subscriptions';
import { testPerson } from '../test-support';
import { applyUnsubscribe, describeUnsubscribe } from '../unsubscribe';
import { DIGEST_CRON, registerDiscussionJobs } from './jobs';
import { sendDailyDigests } from './send-digests';
import { sendPostNotifications } from './send-post-notifications';

let board: SessionUser;
/** immediate */
let ines: SessionUser;
/** daily (the default) */
let dana: SessionUser;
/** none */
let nils: SessionUser;
let groupId: string;

async function mailsTo(person: SessionUser) {
	return db.select().from(mailMessage).where(eq(mailMessage.toAddress, person.email));
}

function linkIn(text: string, path: RegExp): string {
	const link = (text.match(/https?:\/\/\S+/g) ?? []).find((url) => path.test(url));
	if (!link) throw new Error(`Kein Link ${path} in:\n${text}`);
	return link;
}

function tokenOf(link: string): string {
	return new URL(link).pathname.split('/').pop()!;
}

async function openRows(postId: string) {
	return db
		.select()
		.from(discussionNotification)
		.where(and(eq(discussionNotification.postId, postId), isNull(discussionNotification.sentAt)));
}

beforeAll(async () => {
	delete process.env.SMTP_URL;
	process.env.ORIGIN = 'https://kommunal.example.org';
	resetEnvForTests();
	await createTestDatabase();
	board = await testPerson('Vera Vorstand', 'board');
	ines = await testPerson('Ines Sofort');
	dana = await testPerson('Dana Täglich');
	nils = await testPerson('Nils Nie');
	groupId = (
		await createGroup({
			actor: board,
			input: { name: 'Klima und Energie', description: null, topicId: null }
		})
	).id;
	for (const person of [ines, dana, nils]) await joinGroup({ actor: person, groupId });
	await setNotificationSetting({ actor: ines, groupId, setting: 'immediate' });
	await setNotificationSetting({ actor: nils, groupId, setting: 'none' });
});

describe('immediate notifications', () => {
	it('a new thread is mailed to members who want every post, not to others or the author', async () => {
		const { postId } = await startThread({
			actor: dana,
			groupId,
			title: 'Wärmeplanung',
			body: 'Wie weit seid ihr mit der **kommunalen Wärmeplanung**?'
		});
		expect(await sendPostNotifications(postId)).toBe(1);
		const [mail] = await mailsTo(ines);
		expect(mail!.subject).toBe('Neues Thema im Arbeitskreis „Klima und Energie“: Wärmeplanung');
		expect(mail!.textBody).toContain('Wie weit seid ihr mit der **kommunalen Wärmeplanung**?');
		expect(mail!.textBody).toContain(
			`https://kommunal.example.org/arbeitskreise/klima-und-energie/`
		);
		expect(mail!.category).toBe('discussions.group');
		expect(await mailsTo(nils)).toHaveLength(0);
		expect(await mailsTo(dana)).toHaveLength(0);
		expect(await mailsTo(board)).toHaveLength(0);
		// Done is done: a second run (a duplicated job) sends nothing more.
		expect(await sendPostNotifications(postId)).toBe(0);
		expect(await mailsTo(ines)).toHaveLength(1);
	});

	it('a mention reaches a daily reader at once; the mail says why and links to unsubscribe', async () => {
		const { threadId } = await startThread({
			actor: ines,
			groupId,
			title: 'PV auf Schuldächern',
			body: 'Erfahrungen?'
		});
		const { postId } = await replyToThread({
			actor: ines,
			threadId,
			body: '@Dana Täglich, ihr habt doch schon Anlagen, oder? Und @Nils Nie?'
		});
		await sendPostNotifications(postId);
		const mail = (await mailsTo(dana)).find((m) => m.category === 'discussions.mention');
		expect(mail!.subject).toBe('Ines Sofort hat Sie erwähnt: PV auf Schuldächern');
		expect(mail!.textBody).toContain('weil Sie im Arbeitskreis „Klima und Energie“ erwähnt wurden');
		const link = linkIn(mail!.textBody, /\/abbestellen\//);
		expect(JSON.parse(mail!.headers!)).toEqual({ 'List-Unsubscribe': `<${link}>` });
		// Nils wants no mail from this group, not even mentions.
		expect(await mailsTo(nils)).toHaveLength(0);
	});

	it('replies to a subscribed thread come at once; its link ends only that subscription', async () => {
		const { threadId } = await startThread({
			actor: ines,
			groupId,
			title: 'Windkraft',
			body: 'Flächen?'
		});
		await subscribeThread({ actor: dana, threadId });
		const { postId } = await replyToThread({
			actor: ines,
			threadId,
			body: 'Nachtrag: Bürgerwind.'
		});
		await sendPostNotifications(postId);
		const mail = (await mailsTo(dana)).find((m) => m.category === 'discussions.subscription');
		expect(mail!.subject).toBe('Neue Antwort: Windkraft');
		const token = tokenOf(linkIn(mail!.textBody, /\/abbestellen\//));
		expect(await describeUnsubscribe(token)).toEqual({
			kind: 'thread',
			groupName: 'Klima und Energie',
			threadTitle: 'Windkraft',
			active: true
		});
		expect(await applyUnsubscribe(token)).toMatchObject({ active: false });
		const next = await replyToThread({ actor: ines, threadId, body: 'Und noch etwas.' });
		// Dana is back to her group setting: the reply waits for the digest.
		const [row] = await openRows(next.postId);
		expect(row).toMatchObject({ userId: dana.id, delivery: 'digest', reason: 'group' });
	});

	it('newly mentioned people in an edit hear about it; people mentioned before do not again', async () => {
		const { postId } = await startThread({
			actor: ines,
			groupId,
			title: 'Entwurf',
			body: 'Noch ohne Namen'
		});
		await sendPostNotifications(postId);
		await editPost({ actor: ines, postId, body: 'Was meinst du, @Dana Täglich?' });
		await sendPostNotifications(postId);
		const mentions = (await mailsTo(dana)).filter((m) => m.subject.includes('Entwurf'));
		expect(mentions.map((m) => m.category)).toEqual(['discussions.mention']);
	});

	it('no mail for erased posts or switched-off accounts; their rows are closed anyway', async () => {
		const writer = await testPerson('Wanda Weg');
		await joinGroup({ actor: writer, groupId });
		const { postId } = await startThread({
			actor: writer,
			groupId,
			title: 'Gleich weg',
			body: 'Geheim'
		});
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, ines.id));
		const before = (await mailsTo(ines)).length;
		await sendPostNotifications(postId);
		expect(await mailsTo(ines)).toHaveLength(before);
		await db.update(user).set({ deactivatedAt: null }).where(eq(user.id, ines.id));

		const other = await startThread({
			actor: writer,
			groupId,
			title: 'Auch weg',
			body: 'Geheim 2'
		});
		await eraseDiscussionData(writer.id);
		await sendPostNotifications(other.postId);
		expect(await openRows(other.postId)).toHaveLength(0);
		expect((await mailsTo(ines)).some((m) => m.textBody.includes('Geheim'))).toBe(false);
	});
});

describe('daily digest', () => {
	it('sends each daily reader one mail with everything new since the last digest', async () => {
		const first = await sendDailyDigests();
		expect(first.mails).toBeGreaterThanOrEqual(1);
		const digests = (await mailsTo(dana)).filter((m) => m.category === 'discussions.digest');
		expect(digests).toHaveLength(1);
		const text = digests[0]!.textBody;
		expect(digests[0]!.subject).toMatch(/^Arbeitskreise: \d+ neue Beiträge$/);
		expect(text).toContain('== Arbeitskreis „Klima und Energie“ ==');
		expect(text).toContain('Thema: Windkraft');
		expect(text).toContain('Und noch etwas.');
		// Mentions already came at once and are not repeated.
		expect(text).not.toContain('ihr habt doch schon Anlagen');
		expect(linkIn(text, /\/abbestellen\//)).toBeTruthy();

		// Nothing new: no second mail.
		await sendDailyDigests();
		expect((await mailsTo(dana)).filter((m) => m.category === 'discussions.digest')).toHaveLength(
			1
		);

		const { threadId } = await startThread({
			actor: ines,
			groupId,
			title: 'Stadtwerke',
			body: 'Neu seit gestern'
		});
		await sendDailyDigests();
		const latest = (await mailsTo(dana)).filter((m) => m.category === 'discussions.digest');
		expect(latest).toHaveLength(2);
		const second = latest.find((m) => m.id !== digests[0]!.id)!;
		expect(second.subject).toBe('Arbeitskreise: ein neuer Beitrag');
		expect(second.textBody).toContain('Neu seit gestern');
		expect(second.textBody).not.toContain('Und noch etwas.');
		expect(second.textBody).toContain(threadId);
	});

	it('a group link in a mail stops all mail from the group, without signing in', async () => {
		const [digest] = (await mailsTo(dana)).filter((m) => m.category === 'discussions.digest');
		const token = tokenOf(linkIn(digest!.textBody, /\/abbestellen\//));
		expect(await describeUnsubscribe(token)).toMatchObject({ kind: 'group', active: true });
		await startThread({ actor: ines, groupId, title: 'Noch offen', body: 'Wartet auf den Digest' });
		await applyUnsubscribe(token);
		expect(await describeUnsubscribe(token)).toMatchObject({ active: false });
		// What was waiting is dropped, and nothing new is recorded.
		const { postId } = await startThread({ actor: ines, groupId, title: 'Danach', body: 'x' });
		const open = await db
			.select()
			.from(discussionNotification)
			.where(
				and(eq(discussionNotification.userId, dana.id), isNull(discussionNotification.sentAt))
			);
		expect(open).toHaveLength(0);
		expect(await openRows(postId)).toEqual([]);
		// Twice is fine.
		expect(await applyUnsubscribe(token)).toMatchObject({ active: false });
		expect(await applyUnsubscribe(`${token}x`)).toBeNull();
	});

	it('runs daily at seven, German time; immediate mails go through a job per post', () => {
		registerDiscussionJobs();
		const schedules = registeredSchedules();
		expect(schedules.find((s) => s.name === 'discussions.digest')).toMatchObject({
			cron: DIGEST_CRON,
			timezone: 'Europe/Berlin'
		});
		expect(DIGEST_CRON).toBe('0 7 * * *');
		expect(schedules.some((s) => s.name === 'discussions.sweep')).toBe(true);
	});
});
