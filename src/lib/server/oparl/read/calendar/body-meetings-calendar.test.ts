import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../testing/test-db';
import { seedCouncilFixture, type CouncilFixture } from '../testing/council-fixture';
import { bodyMeetingsCalendar } from './body-meetings-calendar';

let f: CouncilFixture;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

/** The VEVENT blocks of a calendar, unfolded (RFC 5545 folds lines at 75 octets). */
function events(body: string): string[] {
	const unfolded = body.replace(/\r\n[ \t]/g, '');
	return unfolded.split('BEGIN:VEVENT').slice(1);
}

describe('meeting calendar of a body', () => {
	it('lists the body’s meetings with stable UIDs, cancelled ones marked, nothing else', async () => {
		const document = await bodyMeetingsCalendar(f.body, f.now);
		expect(document).not.toBeNull();
		const entries = events(document!.body);
		expect(entries).toHaveLength(3);
		const upcoming = entries.find((entry) => entry.includes('12. Sitzung des Gemeinderates'))!;
		expect(upcoming).toContain('STATUS:CONFIRMED');
		expect(upcoming).toContain(`/ratsinfo/sitzungen/${f.meetings.upcoming}`);
		expect(upcoming).toContain('DTSTART;TZID=Europe/Berlin:');
		expect(upcoming).toContain('LOCATION:Rathaus\\, großer Sitzungssaal');
		expect(upcoming).toMatch(/UID:oparl-[0-9a-f]{32}@/);
		const cancelled = entries.find((entry) => entry.includes('Bau- und Umweltausschusses'))!;
		expect(entries.filter((entry) => entry.includes('STATUS:CANCELLED'))).toHaveLength(1);
		expect(cancelled).toBeDefined();
		expect(document!.body).toContain('SUMMARY:Abgesagt: Sitzung des Bau- und Umweltausschusses');
		expect(document!.body).not.toContain('Stadtrat Nirgendwo');

		// Same data, same bytes and tag: calendar apps polling it get 304.
		const again = await bodyMeetingsCalendar(f.body, f.now);
		expect(again!.etag).toBe(document!.etag);
		expect(again!.body.match(/UID:.*/g)).toEqual(document!.body.match(/UID:.*/g));
	});

	it('has no calendar for bodies without a page', async () => {
		expect(await bodyMeetingsCalendar(f.otherBody, f.now)).toBeNull();
		expect(await bodyMeetingsCalendar('00000000-0000-4000-8000-000000000000', f.now)).toBeNull();
	});
});
