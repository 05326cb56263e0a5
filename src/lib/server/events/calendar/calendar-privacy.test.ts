import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { cancelEvent } from '../cancel-event';
import { registerForEvent } from '../register-for-event';
import { event } from '../schema';
import { createEventActors, createTestEvent, type EventActors } from '../testing/event-fixtures';
import { eventCalendarFile } from './event-calendar-file';
import { personalCalendar } from './personal-calendar';
import { createPersonalFeedAddress, deletePersonalFeedAddress } from './personal-feed-address';
import { publicEventsCalendar } from './public-calendar';
import { parseCalendar } from './testing/parse-calendar';

const LINK = 'https://konferenz.example.org/geheimer-raum-4711';

let actors: EventActors;
let open: string; // public, online, with a link
let membersOnly: string; // members-only, with a link
let full: string; // public, one seat, taken by the member: the interested person waits
let cancelled: string;

beforeAll(async () => {
	await createTestDatabase();
	actors = await createEventActors();
	open = await createTestEvent(actors.board, {
		title: 'Offene Online-Sprechstunde',
		kind: 'online',
		location: '',
		onlineUrl: LINK
	});
	membersOnly = await createTestEvent(actors.board, {
		title: 'Klausur der Fraktionsvorsitzenden',
		visibility: 'members',
		onlineUrl: `${LINK}-mitglieder`
	});
	full = await createTestEvent(actors.board, {
		title: 'Kleine Werkstatt',
		capacity: '1',
		onlineUrl: `${LINK}-werkstatt`
	});
	cancelled = await createTestEvent(actors.board, { title: 'Ausgefallenes Sommerfest' });
	await cancelEvent({ actor: actors.board, eventId: cancelled });

	await registerForEvent({ actor: actors.interested, eventId: open });
	await registerForEvent({ actor: actors.member, eventId: full });
	await registerForEvent({ actor: actors.interested, eventId: full });
	await registerForEvent({ actor: actors.member, eventId: membersOnly });
});

/** The document with folded lines joined again (RFC 5545 §3.1), so a link reads in one piece. */
function unfolded(text: string): string {
	return text.replace(/\r\n[ \t]/g, '');
}

/** Summaries of the events, parsed from the document as served (checked against RFC 5545). */
function titles(text: string): string[] {
	return parseCalendar(text)
		.events.map((entry) => entry.summary)
		.sort();
}

async function feedOf(actor: EventActors[keyof EventActors]): Promise<string> {
	const address = await createPersonalFeedAddress(actor);
	const token = address.url.match(/\/feeds\/kalender\/([^/]+)\.ics$/)![1]!;
	const document = await personalCalendar(token);
	expect(document).not.toBeNull();
	return document!.body;
}

describe('public feed', () => {
	it('has the public events (cancelled ones marked), no members-only event, no online link', async () => {
		const raw = (await publicEventsCalendar()).body;
		const body = unfolded(raw);
		expect(titles(raw)).toEqual([
			'Abgesagt: Ausgefallenes Sommerfest',
			'Kleine Werkstatt',
			'Offene Online-Sprechstunde'
		]);
		expect(body).not.toContain('Klausur');
		expect(body).not.toContain('konferenz.example.org');
		expect(body).toContain('STATUS:CANCELLED');
	});

	it('keeps its ETag while nothing changes and takes a new one after an edit', async () => {
		const first = await publicEventsCalendar();
		const again = await publicEventsCalendar();
		expect(again.etag).toBe(first.etag);
		expect(first.lastModified).toBeInstanceOf(Date);

		await db
			.update(event)
			.set({ title: 'Offene Online-Sprechstunde (neu)', modifiedAt: new Date() })
			.where(eq(event.id, open));
		const edited = await publicEventsCalendar();
		expect(edited.etag).not.toBe(first.etag);
		expect(edited.lastModified!.getTime()).toBeGreaterThan(first.lastModified!.getTime());
		await db.update(event).set({ title: 'Offene Online-Sprechstunde' }).where(eq(event.id, open));
	});

	it('leaves out events that ended more than a year ago', async () => {
		const old = await createTestEvent(actors.board, { title: 'Uralte Schulung' });
		await db
			.update(event)
			.set({
				startsAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000),
				endsAt: new Date(Date.now() - 399 * 24 * 60 * 60 * 1000)
			})
			.where(eq(event.id, old));
		expect(unfolded((await publicEventsCalendar()).body)).not.toContain('Uralte Schulung');
		await db.delete(event).where(eq(event.id, old));
	});
});

describe('one event as a file', () => {
	it('is the event page in calendar form: hidden events are unknown', async () => {
		expect(await eventCalendarFile(null, membersOnly)).toBeNull();
		expect(await eventCalendarFile(actors.interested, membersOnly)).toBeNull();
		expect(await eventCalendarFile(actors.guest, membersOnly)).toBeNull();
		expect(await eventCalendarFile(null, '00000000-0000-4000-8000-000000000000')).toBeNull();
		expect(await eventCalendarFile(null, 'kein-uuid')).toBeNull();
		const member = await eventCalendarFile(actors.faction, membersOnly);
		// Parsed as served: folded lines and all.
		expect(titles(member!.body)).toEqual(['Klausur der Fraktionsvorsitzenden']);
	});

	it('carries the online link only for a seat holder and the organizers', async () => {
		expect(unfolded((await eventCalendarFile(null, open))!.body)).not.toContain(LINK);
		expect(unfolded((await eventCalendarFile(actors.member, open))!.body)).not.toContain(LINK);
		expect(unfolded((await eventCalendarFile(actors.interested, open))!.body)).toContain(LINK);
		expect(unfolded((await eventCalendarFile(actors.board, open))!.body)).toContain(LINK);
		// Waiting is no seat.
		const waiting = unfolded((await eventCalendarFile(actors.interested, full))!.body);
		expect(waiting).not.toContain('-werkstatt');
		expect(waiting).toContain('STATUS:TENTATIVE');
	});
});

describe('personal feed', () => {
	it('gives an interested person their registrations, with the link where they hold a seat', async () => {
		const raw = await feedOf(actors.interested);
		const body = unfolded(raw);
		expect(titles(raw)).toEqual(['Offene Online-Sprechstunde', 'Warteliste: Kleine Werkstatt']);
		expect(body).toContain(LINK);
		expect(body).not.toContain('-werkstatt');
		expect(body).not.toContain('Klausur');
	});

	it('gives a member their registrations and the members-only events', async () => {
		const raw = await feedOf(actors.member);
		const body = unfolded(raw);
		expect(titles(raw)).toEqual(['Klausur der Fraktionsvorsitzenden', 'Kleine Werkstatt']);
		expect(body).toContain(`${LINK}-mitglieder`);
		expect(body).toContain(`${LINK}-werkstatt`);
		// Registered for nothing public but the workshop: the open consultation is not theirs.
		expect(body).not.toContain('Sprechstunde');
	});

	it('gives a faction admin the members-only events without a link they have no seat for', async () => {
		const raw = await feedOf(actors.faction);
		const body = unfolded(raw);
		expect(titles(raw)).toEqual(['Klausur der Fraktionsvorsitzenden']);
		expect(body).not.toContain('konferenz.example.org');
	});

	it('acts with the owner’s current role: a demoted member loses the members’ events', async () => {
		const demoted = await createEventActors();
		await registerForEvent({ actor: demoted.member, eventId: membersOnly });
		await registerForEvent({ actor: demoted.member, eventId: open });
		const address = await createPersonalFeedAddress(demoted.member);
		const token = address.url.match(/\/feeds\/kalender\/([^/]+)\.ics$/)![1]!;
		expect(unfolded((await personalCalendar(token))!.body)).toContain('Klausur');

		await db.update(user).set({ role: 'interested' }).where(eq(user.id, demoted.member.id));
		const raw = (await personalCalendar(token))!.body;
		const after = unfolded(raw);
		expect(titles(raw)).toEqual(['Offene Online-Sprechstunde']);
		expect(after).not.toContain('-mitglieder');

		await db.update(user).set({ role: 'guest' }).where(eq(user.id, demoted.member.id));
		expect(await personalCalendar(token)).toBeNull();
		await db
			.update(user)
			.set({ role: 'member', deactivatedAt: new Date() })
			.where(eq(user.id, demoted.member.id));
		expect(await personalCalendar(token)).toBeNull();
	});

	it('answers nothing for a replaced, deleted or made-up address', async () => {
		const first = await createPersonalFeedAddress(actors.interested);
		const firstToken = first.url.match(/\/feeds\/kalender\/([^/]+)\.ics$/)![1]!;
		const second = await createPersonalFeedAddress(actors.interested, first.createdAt);
		const secondToken = second.url.match(/\/feeds\/kalender\/([^/]+)\.ics$/)![1]!;
		expect(secondToken).not.toBe(firstToken);
		expect(await personalCalendar(firstToken)).toBeNull();
		expect(await personalCalendar(secondToken)).not.toBeNull();

		await deletePersonalFeedAddress(actors.interested);
		expect(await personalCalendar(secondToken)).toBeNull();
		expect(await personalCalendar('A'.repeat(43))).toBeNull();
		expect(await personalCalendar('../../etc/passwd')).toBeNull();
	});

	it('is not open to guests', async () => {
		await expect(createPersonalFeedAddress(actors.guest)).rejects.toThrow(/events.register/);
	});
});
