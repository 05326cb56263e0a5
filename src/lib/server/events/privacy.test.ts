import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { exportAttendees } from './export-attendees';
import { getEvent } from './get-event';
import { listAttendees } from './list-attendees';
import { listEvents } from './list-events';
import { addEventMaterial } from './materials';
import { openEventMaterial } from './open-material';
import { exportEventRegistrations } from './personal-data';
import { registerForEvent } from './register-for-event';
import { createEventActors, createTestEvent, type EventActors } from './testing/event-fixtures';

let actors: EventActors;

beforeAll(async () => {
	await createTestDatabase();
	actors = await createEventActors();
});

const LINK = 'https://konferenz.example.org/geheim-123';

describe(`who sees what of an event on ${testDatabaseKind}`, () => {
	it('shows the online link only to seat holders and organizers, never to waiting people', async () => {
		const { board, member, faction, interested, interested2, guest } = actors;
		const id = await createTestEvent(board, { kind: 'online', capacity: '1', onlineUrl: LINK });
		await registerForEvent({ actor: interested, eventId: id });
		await registerForEvent({ actor: interested2, eventId: id });

		for (const [who, expected] of [
			[null, null],
			[guest, null],
			[member, null],
			[faction, null],
			[interested2, null],
			[interested, LINK],
			[board, LINK]
		] as const) {
			const view = await getEvent(who, id);
			expect(view?.hasOnlineLink, who?.name ?? 'anonym').toBe(true);
			expect(view?.onlineUrl, who?.name ?? 'anonym').toBe(expected);
		}
		const listed = await listEvents(null, { when: 'upcoming' });
		expect(JSON.stringify(listed)).not.toContain(LINK);
	});

	it('shows members-only events to the network only, in pages and lists alike', async () => {
		const { board, member, faction, interested, guest } = actors;
		const id = await createTestEvent(board, { visibility: 'members', title: 'Klausur intern' });
		for (const who of [null, guest, interested]) {
			expect(await getEvent(who, id)).toBeNull();
			const list = await listEvents(who, { when: 'upcoming' });
			expect(list.items.map((item) => item.id)).not.toContain(id);
		}
		for (const who of [member, faction, board]) {
			expect((await getEvent(who, id))?.title).toBe('Klausur intern');
			const list = await listEvents(who, { when: 'upcoming' });
			expect(list.items.map((item) => item.id)).toContain(id);
		}
	});

	it('gives attendee lists and the CSV only to organizers, and logs each export', async () => {
		const { board, member, faction, interested } = actors;
		const id = await createTestEvent(board, { title: 'Sommerfest; "Kommunal"' });
		await registerForEvent({ actor: interested, eventId: id, note: '=HYPERLINK("x")' });
		await registerForEvent({ actor: member, eventId: id });
		for (const who of [null, interested, member, faction]) {
			await expect(listAttendees({ actor: who, eventId: id })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
			await expect(exportAttendees({ actor: who, eventId: id })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
		const { attendees } = await listAttendees({ actor: board, eventId: id });
		expect(attendees.map((entry) => entry.email)).toEqual([interested.email, member.email]);

		const csv = await exportAttendees({ actor: board, eventId: id, ip: '192.0.2.1' });
		expect(csv.fileName).toBe('teilnehmende-sommerfest-kommunal.csv');
		expect(csv.content.startsWith('\uFEFFName;E-Mail;Status;Angemeldet am;Nachricht\r\n')).toBe(
			true
		);
		expect(csv.content).toContain(`Ines Interessiert;${interested.email};Angemeldet;`);
		// A cell a spreadsheet would run as a formula is kept as text.
		expect(csv.content).toContain(`'=HYPERLINK`);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'event.attendees_export'), eq(auditLog.targetId, id)));
		expect(audit).toHaveLength(1);
		expect(audit[0]!.details).toEqual({ rows: 2 });
	});

	it('shows materials to participants and organizers, public ones to everyone who sees the event', async () => {
		const { board, member, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		await registerForEvent({ actor: interested, eventId: id });
		await registerForEvent({ actor: interested2, eventId: id });
		await addEventMaterial({
			actor: board,
			eventId: id,
			input: { title: 'Folien', url: 'https://example.org/folien.pdf' }
		});
		await addEventMaterial({
			actor: board,
			eventId: id,
			input: { title: 'Einladung', url: 'https://example.org/einladung', public: 'on' }
		});
		await expect(
			addEventMaterial({ actor: member, eventId: id, input: { title: 'x', url: 'https://x.org' } })
		).rejects.toBeInstanceOf(AccessDeniedError);

		const titles = async (who: typeof member | null) =>
			(await getEvent(who, id))!.materials.map((material) => material.title);
		expect(await titles(null)).toEqual(['Einladung']);
		expect(await titles(member)).toEqual(['Einladung']);
		expect(await titles(interested2)).toEqual(['Einladung']);
		expect((await getEvent(interested2, id))!.hiddenMaterials).toBe(true);
		expect(await titles(interested)).toEqual(['Folien', 'Einladung']);
		expect(await titles(board)).toEqual(['Folien', 'Einladung']);
	});

	it('serves an uploaded material file to participants only', async () => {
		const { board, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		await registerForEvent({ actor: interested, eventId: id });
		const pdf = new TextEncoder().encode(
			'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF'
		);
		const { id: materialId } = await addEventMaterial({
			actor: board,
			eventId: id,
			input: { title: 'Handout', file: { name: 'handout.pdf', bytes: pdf } }
		});
		expect(await openEventMaterial(interested, id, materialId)).toMatchObject({
			fileName: 'handout.pdf',
			mediaType: 'application/pdf'
		});
		await expect(openEventMaterial(interested2, id, materialId)).rejects.toThrow(
			'Dieses Material gibt es nicht.'
		);
		await expect(openEventMaterial(null, id, materialId)).rejects.toThrow();
	});

	it('puts a person’s own registrations, and only theirs, into their data download', async () => {
		const { board, member, interested } = actors;
		const id = await createTestEvent(board, { title: 'Datenschutz-Schulung' });
		await registerForEvent({ actor: interested, eventId: id, note: 'Vegetarisch, bitte.' });
		await registerForEvent({ actor: member, eventId: id });
		const mine = (await exportEventRegistrations(interested.id)).filter((r) => r.eventId === id);
		expect(mine).toEqual([
			expect.objectContaining({
				eventTitle: 'Datenschutz-Schulung',
				status: 'registered',
				note: 'Vegetarisch, bitte.'
			})
		]);
	});
});
