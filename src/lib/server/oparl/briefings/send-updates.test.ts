import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '$lib/shared/format-date';
import { createTestAccount } from '../../auth/test-support';
import { db } from '../../db';
import { mailMessage } from '../../mail/schema';
import type { CaughtMail, SmtpCatcher } from '../../testing/smtp-catcher';
import {
	MAIL_TEST_ORIGIN as ORIGIN,
	startMailEnvironment,
	startMailQueue,
	stopMailEnvironment
} from '../../testing/mail-environment';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlBriefing, oparlFollow, oparlMeeting, oparlObject } from '../schema';
import {
	createCouncilBody,
	createCouncilMeeting,
	createCouncilOrganization,
	createCouncilSource
} from '../similar/testing/council-fixtures';
import { sendDueBriefings } from './send-briefings';
import { sendBriefingUpdates } from './send-updates';
import { applyUnfollowLink } from './unfollow-link';

const DAY = 86_400_000;
let catcher: SmtpCatcher;
const ids: Record<string, string> = {};
const users: Record<string, { id: string; email: string }> = {};
// Noon in three days, German time: far from midnight, so calendar days are unambiguous.
const start = new Date(Math.ceil(Date.now() / DAY) * DAY + 2 * DAY + 11 * 3_600_000);

beforeAll(async () => {
	catcher = await startMailEnvironment();
	await createTestDatabase();

	const source = await createCouncilSource();
	ids.body = await createCouncilBody(source, { name: 'Gemeinde Vossenack' });
	const council = await createCouncilOrganization(source, ids.body, 'Gemeinderat');
	ids.building = await createCouncilOrganization(source, ids.body, 'Bauausschuss');
	const meeting = (name: string, organization = council) =>
		createCouncilMeeting(source, ids.body!, {
			name,
			start,
			organizationIds: [organization],
			locationText: 'Rathaus Vossenack'
		});
	ids.moved = await meeting('Sitzung des Gemeinderates');
	ids.movedFar = await meeting('Sitzung des Bauausschusses', ids.building);
	ids.cancelled = await meeting('Sitzung des Sozialausschusses');
	ids.removed = await meeting('Sondersitzung zum Haushalt', ids.building);
	ids.unchanged = await meeting('Sitzung des Werkausschusses');

	for (const [key, role] of [
		['member', 'member'],
		['building', 'member'],
		['leaving', 'member'],
		['interested', 'interested']
	] as const) {
		const account = await createTestAccount({ role, email: `${key}@example.org` });
		users[key] = { id: account.id, email: `${key}@example.org` };
	}
	await db.insert(oparlFollow).values([
		{ userId: users.member!.id, bodyId: ids.body },
		{ userId: users.leaving!.id, bodyId: ids.body },
		// Follows the Bauausschuss only: hears of its meetings, not of the others.
		{ userId: users.building!.id, bodyId: ids.body, organizationId: ids.building },
		{ userId: users.interested!.id, bodyId: ids.body }
	]);

	await startMailQueue();
});

afterAll(async () => {
	await stopMailEnvironment(catcher);
});

async function updatesTo(email: string) {
	const rows = await db
		.select()
		.from(mailMessage)
		.where(
			and(eq(mailMessage.category, 'oparl.briefing-update'), eq(mailMessage.toAddress, email))
		);
	return rows.map((row) => row.subject).sort();
}

function caught(email: string, ...subject: string[]): Promise<CaughtMail> {
	return catcher.waitFor(
		(mail) => mail.to.includes(email) && subject.every((part) => mail.subject.includes(part))
	);
}

async function moveMeeting(id: string, to: Date) {
	await db.update(oparlMeeting).set({ start: to }).where(eq(oparlMeeting.objectId, id));
}

describe(`updates after a briefing on ${testDatabaseKind}`, () => {
	it('records the start each briefing announced, and mails nothing while nothing changed', async () => {
		expect(await sendDueBriefings()).toEqual({ meetings: 5, mails: 12 });
		const [row] = await db
			.select()
			.from(oparlBriefing)
			.where(
				and(eq(oparlBriefing.userId, users.member!.id), eq(oparlBriefing.meetingId, ids.moved!))
			);
		expect(row!.briefedStart!.getTime()).toBe(start.getTime());
		expect(await sendBriefingUpdates()).toEqual({ mails: 0 });
	});

	it('mails each briefed follower once per change: moved, moved far, cancelled, removed', async () => {
		const sooner = new Date(start.getTime() + DAY + 2 * 3_600_000);
		const far = new Date(start.getTime() + 10 * DAY);
		await moveMeeting(ids.moved!, sooner);
		await moveMeeting(ids.movedFar!, far);
		await db
			.update(oparlMeeting)
			.set({ cancelled: true })
			.where(eq(oparlMeeting.objectId, ids.cancelled!));
		// Gone at the source (tombstone or no longer listed): the typed row is gone, the raw JSON
		// tells the name and Gremium.
		const [committee] = await db
			.select({ url: oparlObject.oparlId })
			.from(oparlObject)
			.where(eq(oparlObject.id, ids.building!));
		await db
			.update(oparlObject)
			.set({
				deleted: true,
				raw: { type: 'meeting', name: 'Sondersitzung zum Haushalt', organization: [committee!.url] }
			})
			.where(eq(oparlObject.id, ids.removed!));
		await db.delete(oparlMeeting).where(eq(oparlMeeting.objectId, ids.removed!));
		// Unfollowed in between: no more mails about the council.
		await db.delete(oparlFollow).where(eq(oparlFollow.userId, users.leaving!.id));

		expect(await sendBriefingUpdates()).toEqual({ mails: 6 });
		const member = await updatesTo(users.member!.email);
		expect(member).toHaveLength(4);
		expect(member).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^Sitzung abgesagt: Sitzung des Sozialausschusses am /),
				expect.stringMatching(/^Sitzung abgesagt: Sondersitzung zum Haushalt am /),
				expect.stringMatching(/^Sitzung verlegt: neuer Termin .* – Sitzung des Bauausschusses/),
				expect.stringMatching(/^Sitzung verlegt: neuer Termin .* – Sitzung des Gemeinderates/)
			])
		);
		const building = await updatesTo(users.building!.email);
		expect(building).toHaveLength(2);
		expect(building).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^Sitzung abgesagt: Sondersitzung zum Haushalt/),
				expect.stringMatching(/^Sitzung verlegt: .* – Sitzung des Bauausschusses/)
			])
		);
		expect(await updatesTo(users.leaving!.email)).toEqual([]);
		expect(await updatesTo(users.interested!.email)).toEqual([]);

		const moved = await caught(users.member!.email, 'Sitzung verlegt', 'Gemeinderates');
		expect(moved.text).toContain('findet nicht wie angekündigt am');
		expect(moved.text).toContain('Rathaus Vossenack');
		expect(moved.text).toContain(`${ORIGIN}/ratsinfo/sitzungen/${ids.moved}`);
		expect(moved.text).toContain('Die Vorbereitung, die Sie erhalten haben, gilt weiter');
		const unfollow = (moved.text.match(/https?:\/\/\S+\/abbestellen\/ratsinfo\/\S+/) ?? [])[0]!;
		expect(moved.headers['list-unsubscribe']).toBe(`<${unfollow}>`);
		expect(moved.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
		const far2 = await caught(users.building!.email, 'Sitzung verlegt', 'Bauausschusses');
		expect(far2.text).toContain('erhalten Sie erneut einige Tage vor dem neuen Termin');
		const removed = await caught(users.member!.email, 'Sitzung abgesagt', 'Sondersitzung');
		expect(removed.text).toContain('aus dem Ratsinformationssystem entfernt');
		// Its page is gone: no link to it.
		expect(removed.text).not.toContain(`/ratsinfo/sitzungen/${ids.removed}`);

		// Each change once: the next run finds nothing new.
		expect(await sendBriefingUpdates()).toEqual({ mails: 0 });
		// Moved again: one more mail about the new date.
		await moveMeeting(ids.moved!, new Date(sooner.getTime() + 3_600_000));
		expect(await sendBriefingUpdates()).toEqual({ mails: 1 });
	});

	it('briefs a meeting moved beyond the window again before its new date, once', async () => {
		// Today the far meeting is not due; eight days on it is, for both its followers.
		const before = await sendDueBriefings();
		expect(before.mails).toBe(0);
		const later = new Date(Date.now() + 8 * DAY);
		const result = await sendDueBriefings(later);
		expect(result.mails).toBe(2);
		await caught(
			users.building!.email,
			`Sitzung am ${formatLongDate(new Date(start.getTime() + 10 * DAY))}`
		);
		expect(await sendDueBriefings(later)).toMatchObject({ mails: 0 });
		const [row] = await db
			.select()
			.from(oparlBriefing)
			.where(
				and(
					eq(oparlBriefing.userId, users.building!.id),
					eq(oparlBriefing.meetingId, ids.movedFar!)
				)
			);
		expect(row).toMatchObject({ rebriefDue: false });
		expect(row!.briefedStart!.getTime()).toBe(start.getTime() + 10 * DAY);
	});

	it('leaves briefings alone whose start was never recorded, and those of unfollowed councils', async () => {
		await db
			.update(oparlBriefing)
			.set({ briefedStart: null })
			.where(eq(oparlBriefing.meetingId, ids.unchanged!));
		await moveMeeting(ids.unchanged!, new Date(start.getTime() + 3_600_000));
		expect(await sendBriefingUpdates()).toEqual({ mails: 0 });

		const token = ((
			await caught(users.member!.email, 'Sitzung verlegt', 'Gemeinderates')
		).text.match(/\/abbestellen\/ratsinfo\/(\S+)/) ?? [])[1]!;
		await applyUnfollowLink(token);
		await moveMeeting(ids.moved!, new Date(start.getTime() + 2 * DAY));
		expect(await sendBriefingUpdates()).toEqual({ mails: 0 });
	});
});
