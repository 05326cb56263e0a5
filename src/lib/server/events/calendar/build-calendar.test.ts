import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEntry } from './build-calendar';
import { isRepeatedBerlinTime } from './calendar-time';
import { parseCalendar } from './testing/parse-calendar';

function entry(values: Partial<CalendarEntry> = {}): CalendarEntry {
	return {
		id: '5b0e8c1e-3f4a-4c1d-9a55-0d6f0a1b2c3d',
		title: 'Haushalt lesen, Haushalt gestalten',
		kind: 'training',
		organizer: 'forum',
		organizerName: null,
		summary: 'Doppik für Einsteiger*innen.',
		description: 'Wir lesen gemeinsam einen **Haushaltsplan**.',
		startsAt: new Date('2026-05-09T08:00:00Z'),
		endsAt: new Date('2026-05-09T14:00:00Z'),
		location: 'Güstrow, Domplatz 1',
		status: 'scheduled',
		sequence: 0,
		modifiedAt: new Date('2026-04-01T12:00:00Z'),
		online: false,
		onlineUrl: null,
		...values
	};
}

function only(text: string) {
	const { events } = parseCalendar(text);
	expect(events).toHaveLength(1);
	return events[0]!;
}

describe('buildCalendar', () => {
	it('is valid RFC 5545 with the event page, kind, place and a stable UID', () => {
		const text = buildCalendar([entry()], { name: 'Veranstaltungen' });
		const event = only(text);
		expect(event.uid).toBe('5b0e8c1e-3f4a-4c1d-9a55-0d6f0a1b2c3d@127.0.0.1');
		expect(event.summary).toBe('Haushalt lesen, Haushalt gestalten');
		expect(event.url).toBe(
			'http://127.0.0.1:3000/veranstaltungen/5b0e8c1e-3f4a-4c1d-9a55-0d6f0a1b2c3d'
		);
		expect(event.location).toBe('Güstrow, Domplatz 1');
		expect(event.status).toBe('CONFIRMED');
		expect(event.description).toContain('Haushaltsplan');
		expect(event.description).toContain('Kommunalpolitisches Forum');
		expect(text).toContain('CATEGORIES:Schulung');
		// The same event gives the same bytes: nothing depends on the moment of the request.
		expect(buildCalendar([entry()], { name: 'Veranstaltungen' })).toBe(text);
	});

	it('writes Berlin wall-clock times with the zone, right on both sides of the DST changes', () => {
		const spring = entry({
			id: '00000000-0000-4000-8000-000000000329',
			// Sunday 29 March 2026, 10:00–12:00 CEST (the clocks went forward that night).
			startsAt: new Date('2026-03-29T08:00:00Z'),
			endsAt: new Date('2026-03-29T10:00:00Z')
		});
		const autumn = entry({
			id: '00000000-0000-4000-8000-000000001025',
			// Sunday 25 October 2026, 10:00–12:00 CET (the clocks went back that night).
			startsAt: new Date('2026-10-25T09:00:00Z'),
			endsAt: new Date('2026-10-25T11:00:00Z')
		});
		const overnight = entry({
			id: '00000000-0000-4000-8000-000000000328',
			// Saturday 19:00 CET to Sunday 14:00 CEST, across the spring change.
			startsAt: new Date('2026-03-28T18:00:00Z'),
			endsAt: new Date('2026-03-29T12:00:00Z')
		});
		const text = buildCalendar([spring, autumn, overnight], { name: 'DST' });
		expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260329T100000');
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261025T100000');
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260328T190000');
		expect(text).toContain('DTEND;TZID=Europe/Berlin:20260329T140000');

		const parsed = parseCalendar(text).events;
		for (const [event, source] of [
			[parsed[0], spring],
			[parsed[1], autumn],
			[parsed[2], overnight]
		] as const) {
			expect(event!.startZone).toBe('Europe/Berlin');
			expect(event!.start.toISOString()).toBe(source.startsAt.toISOString());
			expect(event!.end.toISOString()).toBe(source.endsAt.toISOString());
		}
	});

	it('writes the autumn hour that happens twice in UTC, so its second pass is not misread', () => {
		const first = new Date('2026-10-25T00:30:00Z'); // 02:30 CEST
		const second = new Date('2026-10-25T01:30:00Z'); // 02:30 CET
		expect(isRepeatedBerlinTime(first)).toBe(false);
		expect(isRepeatedBerlinTime(second)).toBe(true);

		const text = buildCalendar(
			[entry({ startsAt: second, endsAt: new Date('2026-10-25T03:00:00Z') })],
			{ name: 'Nacht' }
		);
		expect(text).toContain('DTSTART:20261025T013000Z');
		const event = only(text);
		expect(event.start.toISOString()).toBe(second.toISOString());
		expect(event.startZone).toBeNull();
	});

	it('marks a cancelled event and leaves its online link out', () => {
		const event = only(
			buildCalendar(
				[
					entry({
						status: 'cancelled',
						sequence: 4,
						online: true,
						onlineUrl: 'https://konferenz.example.org/raum-4711'
					})
				],
				{ name: 'Abgesagt' }
			)
		);
		expect(event.status).toBe('CANCELLED');
		expect(event.sequence).toBe(4);
		expect(event.summary).toBe('Abgesagt: Haushalt lesen, Haushalt gestalten');
		expect(event.raw).not.toContain('raum-4711');
	});

	it('gives the online link to a seat holder and marks a waiting person as tentative', () => {
		const seat = only(
			buildCalendar(
				[
					entry({
						location: '',
						online: true,
						onlineUrl: 'https://konferenz.example.org/raum-4711',
						ownStatus: 'registered'
					})
				],
				{ name: 'Meine' }
			)
		);
		expect(seat.description).toContain(
			'Online teilnehmen: https://konferenz.example.org/raum-4711'
		);
		expect(seat.description).toContain('Sie sind angemeldet.');
		expect(seat.location).toBe('Online');

		const waiting = only(
			buildCalendar([entry({ online: true, onlineUrl: null, ownStatus: 'waitlisted' })], {
				name: 'Meine'
			})
		);
		expect(waiting.status).toBe('TENTATIVE');
		expect(waiting.summary).toBe('Warteliste: Haushalt lesen, Haushalt gestalten');
		expect(waiting.description).not.toContain('Online teilnehmen');
	});

	it('escapes text and folds long lines (commas, semicolons, umlauts, long descriptions)', () => {
		const text = buildCalendar(
			[
				entry({
					title: 'Bürgerhaushalt; Beteiligung, Transparenz – ein Überblick',
					description: 'Äpfel, Birnen; Öl. '.repeat(30)
				})
			],
			{ name: 'Text' }
		);
		expect(text).toContain('SUMMARY:Bürgerhaushalt\\; Beteiligung\\, Transparenz – ein Überblick');
		const event = only(text);
		expect(event.summary).toBe('Bürgerhaushalt; Beteiligung, Transparenz – ein Überblick');
		expect(event.description).toContain('Äpfel, Birnen; Öl. '.repeat(30).trim());
	});
});
