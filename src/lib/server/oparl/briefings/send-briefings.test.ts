import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { mailMessage } from '../../mail/schema';
import type { CaughtMail, SmtpCatcher } from '../../testing/smtp-catcher';
import {
	MAIL_TEST_ORIGIN as ORIGIN,
	startMailEnvironment,
	startMailQueue,
	stopMailEnvironment
} from '../../testing/mail-environment';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { createTestAccount } from '../../auth/test-support';
import { oparlFollow } from '../schema';
import {
	createAgendaItem,
	createCouncilBody,
	createCouncilMeeting,
	createCouncilOrganization,
	createCouncilPaper,
	createCouncilSource
} from '../similar/testing/council-fixtures';
import { createIndexedMotion } from '../similar/testing/motion-fixtures';
import { sendDueBriefings } from './send-briefings';
import { applyUnfollowLink, describeUnfollowLink } from './unfollow-link';

const DAY = 86_400_000;
let catcher: SmtpCatcher;
let fx: DirectoryFixtures;
const ids: Record<string, string> = {};

beforeAll(async () => {
	catcher = await startMailEnvironment();
	await createTestDatabase();
	fx = await seedDirectoryFixtures();

	const source = await createCouncilSource();
	const body = await createCouncilBody(source, { name: 'Gemeinde Hürtgenwald' });
	ids.body = body;
	const finance = await createCouncilOrganization(source, body, 'Finanzausschuss');
	const council = await createCouncilOrganization(source, body, 'Gemeinderat');
	const soon = new Date(Date.now() + 3 * DAY);
	ids.meeting = await createCouncilMeeting(source, body, {
		name: 'Sitzung des Gemeinderates',
		start: soon,
		organizationIds: [council],
		locationText: 'Rathaus Kleinhau'
	});
	ids.paper = await createCouncilPaper(source, body, {
		name: 'Radweg an der Landstraße nach Vossenack',
		reference: 'VO/2026/017'
	});
	ids.opening = await createAgendaItem(source, body, ids.meeting, {
		number: 'Ö 1',
		name: 'Eröffnung der Sitzung',
		position: 1
	});
	ids.cycling = await createAgendaItem(source, body, ids.meeting, {
		number: 'Ö 4',
		name: 'Beleuchteter Radweg an der Landstraße',
		position: 4,
		paperId: ids.paper
	});
	ids.school = await createAgendaItem(source, body, ids.meeting, {
		number: 'Ö 5',
		name: 'Sanierung der Grundschule und des Schulhofs',
		position: 5
	});
	ids.cancelled = await createCouncilMeeting(source, body, {
		name: 'Abgesagte Sitzung',
		start: soon,
		cancelled: true,
		organizationIds: [council]
	});
	ids.later = await createCouncilMeeting(source, body, {
		name: 'Sitzung in neun Tagen',
		start: new Date(Date.now() + 9 * DAY),
		organizationIds: [council]
	});
	ids.finance = await createCouncilMeeting(source, body, {
		name: 'Sitzung des Finanzausschusses',
		start: soon,
		organizationIds: [finance]
	});

	ids.publicMotion = await createIndexedMotion({
		title: 'Beleuchtete Radwege an Landstraßen',
		text: 'Radwege an Landstraßen sollen beleuchtet werden.',
		visibility: 'public',
		status: 'adopted',
		topicIds: [fx.topics.oepnv]
	});
	ids.membersMotion = await createIndexedMotion({
		title: 'Radweg-Lückenschluss an der Landstraße',
		text: 'Ein beleuchteter Radweg fehlt.',
		visibility: 'members'
	});
	ids.factionDraft = await createIndexedMotion({
		title: 'Geheimer Entwurf: Radweg mit Beleuchtung an der Landstraße',
		visibility: 'faction',
		status: 'draft',
		factionId: fx.organizations.factionVg
	});
	ids.template = await createIndexedMotion({
		title: 'Musterantrag: Beleuchtete Radwege an Landstraßen',
		type: 'template',
		visibility: 'members'
	});
	ids.schoolMotion = await createIndexedMotion({
		title: 'Grundschule sanieren, Schulhof erneuern',
		visibility: 'public',
		topicIds: [fx.topics.schule]
	});

	ids.committeeOnly = (
		await createTestAccount({ role: 'member', email: 'ausschuss@example.org' })
	).id;
	await db.insert(oparlFollow).values([
		{ userId: fx.users.member.id, bodyId: body },
		{ userId: fx.users.faction_admin.id, bodyId: body },
		{ userId: fx.users.board.id, bodyId: body },
		{ userId: fx.users.board.id, bodyId: body, organizationId: finance },
		{ userId: ids.committeeOnly!, bodyId: body, organizationId: finance },
		// A follow left from before the role changed: no briefing for a role without them.
		{ userId: fx.users.interested.id, bodyId: body }
	]);

	await startMailQueue();
});

afterAll(async () => {
	await stopMailEnvironment(catcher);
});

function briefingFor(address: string, meetingName: string): Promise<CaughtMail> {
	return catcher.waitFor((mail) => mail.to.includes(address) && mail.subject.includes(meetingName));
}

function linkIn(text: string, path: RegExp): string {
	const link = (text.match(/https?:\/\/\S+/g) ?? []).find((url) => path.test(url));
	if (!link) throw new Error(`Kein Link ${path} in:\n${text}`);
	return link;
}

describe(`briefings before council meetings on ${testDatabaseKind}`, () => {
	it('mails each follower once per due meeting with the agenda and what they may read', async () => {
		const result = await sendDueBriefings();
		// Due: the council meeting and the finance committee's (in three days); not the cancelled
		// one, not the one in nine days. Body followers get both (the board once each, though it
		// also follows the committee); the committee's follower only the committee's.
		expect(result).toEqual({ meetings: 2, mails: 7 });

		const member = await briefingFor(fx.users.member.email, 'Sitzung des Gemeinderates');
		expect(member.subject).toMatch(
			/^Sitzung am \d+\. \w+ \d{4}: Sitzung des Gemeinderates – Gemeinde Hürtgenwald$/
		);
		const text = member.text;
		expect(text).toContain('Rathaus Kleinhau');
		// The agenda in order, each item linked to its anchor on the meeting page.
		expect(text.indexOf('Ö 1 Eröffnung')).toBeLessThan(text.indexOf('Ö 4 Beleuchteter Radweg'));
		expect(text.indexOf('Ö 4 Beleuchteter Radweg')).toBeLessThan(text.indexOf('Ö 5 Sanierung'));
		expect(text).toContain(`${ORIGIN}/ratsinfo/sitzungen/${ids.meeting}#top-${ids.cycling}`);
		expect(text).toContain(`Vorlage: VO/2026/017 Radweg an der Landstraße nach Vossenack`);
		expect(text).toContain(`${ORIGIN}/ratsinfo/vorlagen/${ids.paper}`);
		// The network's motions and templates on the item, as a member reads them.
		expect(text).toContain(`Beleuchtete Radwege an Landstraßen (Antrag, beschlossen)`);
		expect(text).toContain(`${ORIGIN}/antraege/${ids.membersMotion}`);
		expect(text).toContain(`Musteranträge:\n  - Musterantrag: Beleuchtete Radwege`);
		// A faction's draft is not the member's to read.
		expect(text).not.toContain('Geheimer Entwurf');
		expect(text).not.toContain(ids.factionDraft);
		// People by topic: Greta shows her topics to members; Heinz only to the board.
		expect(text).toContain('Greta Beispielhaft (ÖPNV)');
		expect(text).not.toContain('Heinz Schmidt');
		// Nothing matched on the opening item: it stands alone.
		expect(text).toMatch(/Ö 1 Eröffnung der Sitzung\n {2}\S+#top-\S+\n\nÖ 4/);
		expect(member.html).toContain(`#top-${ids.cycling}`);

		const unfollow = linkIn(text, /\/abbestellen\/ratsinfo\//);
		expect(member.headers['list-unsubscribe']).toBe(`<${unfollow}>`);
		expect(member.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

		const factionAdmin = await briefingFor(fx.users.faction_admin.email, 'Gemeinderates');
		expect(factionAdmin.text).toContain('Geheimer Entwurf');

		const board = await briefingFor(fx.users.board.email, 'Gemeinderates');
		expect(board.text).toContain('Heinz Schmidt (Schule)');
		expect(board.text).toContain('Grundschule sanieren');
		await briefingFor(fx.users.board.email, 'Finanzausschusses');

		const stored = await db
			.select()
			.from(mailMessage)
			.where(eq(mailMessage.category, 'oparl.briefing'));
		const to = (address: string) => stored.filter((mail) => mail.toAddress === address);
		for (const address of [
			fx.users.board.email,
			fx.users.faction_admin.email,
			fx.users.member.email
		])
			expect(to(address)).toHaveLength(2);
		expect(to('ausschuss@example.org').map((mail) => mail.subject)).toEqual([
			expect.stringContaining('Sitzung des Finanzausschusses')
		]);
		expect(stored.some((mail) => mail.subject.includes('Abgesagte'))).toBe(false);
		expect(stored.some((mail) => mail.subject.includes('neun Tagen'))).toBe(false);
		expect(stored.some((mail) => mail.toAddress === fx.users.interested.email)).toBe(false);

		// Exactly once: later runs mail nothing more.
		expect(await sendDueBriefings()).toEqual({ meetings: 2, mails: 0 });
	});

	it('the meeting nine days out is briefed when it is five days out, not before', async () => {
		const inFourDays = new Date(Date.now() + 4 * DAY);
		const result = await sendDueBriefings(inFourDays);
		expect(result).toEqual({ meetings: 1, mails: 3 });
		await briefingFor(fx.users.member.email, 'neun Tagen');
	});

	it('the unfollow link asks first, then stops all briefings of that council', async () => {
		const mail = await briefingFor(fx.users.board.email, 'Gemeinderates');
		const token = new URL(linkIn(mail.text, /\/abbestellen\/ratsinfo\//)).pathname
			.split('/')
			.pop()!;
		expect(await describeUnfollowLink(token)).toEqual({
			bodyName: 'Gemeinde Hürtgenwald',
			following: true
		});
		const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
		expect(await applyUnfollowLink(forged)).toBeNull();
		expect(await applyUnfollowLink(token)).toEqual({
			bodyName: 'Gemeinde Hürtgenwald',
			following: false
		});
		// The body's follow and the committee's: both gone.
		const left = await db
			.select()
			.from(oparlFollow)
			.where(eq(oparlFollow.userId, fx.users.board.id));
		expect(left).toEqual([]);
		expect(await describeUnfollowLink(token)).toMatchObject({ following: false });
	});
});
