import ICAL from 'ical.js';
import { expect } from 'vitest';

export interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	location: string | null;
	url: string | null;
	status: string | null;
	sequence: number;
	start: Date;
	end: Date;
	/** TZID of DTSTART as written, or null for UTC. */
	startZone: string | null;
	raw: string;
}

/**
 * Reads an iCalendar document the way calendar apps do, with ical.js (a standard RFC 5545 parser),
 * after checking the rules the parser forgives: CRLF line ends, lines folded at 75 octets, the
 * properties RFC 5545 requires of VCALENDAR and VEVENT, DTSTAMP in UTC, and a VTIMEZONE for every
 * TZID used. Times are resolved through the document's own VTIMEZONE, not the test machine's.
 */
export function parseCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
	expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of text.split('\r\n')) {
		expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
	}

	const root = new ICAL.Component(ICAL.parse(text));
	expect(root.name).toBe('vcalendar');
	expect(root.getFirstPropertyValue('version')).toBe('2.0');
	expect(root.getFirstPropertyValue('prodid')).toBeTruthy();

	const zones = new Map<string, ICAL.Timezone>();
	for (const component of root.getAllSubcomponents('vtimezone')) {
		const zone = new ICAL.Timezone(component);
		zones.set(zone.tzid, zone);
	}

	const events = root.getAllSubcomponents('vevent').map((component): ParsedEvent => {
		for (const required of ['uid', 'dtstamp', 'dtstart']) {
			expect(component.hasProperty(required), `VEVENT without ${required}`).toBe(true);
		}
		const stamp = component.getFirstProperty('dtstamp')!.getFirstValue() as ICAL.Time;
		expect(stamp.zone?.tzid, 'DTSTAMP must be UTC').toBe('UTC');
		const startProperty = component.getFirstProperty('dtstart')!;
		const startZone = (startProperty.getParameter('tzid') as string | undefined) ?? null;
		if (startZone) expect(zones.has(startZone), `VTIMEZONE for ${startZone}`).toBe(true);
		const instant = (name: 'dtstart' | 'dtend') => {
			const property = component.getFirstProperty(name)!;
			const time = property.getFirstValue() as ICAL.Time;
			const tzid = property.getParameter('tzid') as string | undefined;
			if (tzid) time.zone = zones.get(tzid)!;
			return time.toJSDate();
		};
		const text = (name: string) => {
			const value = component.getFirstPropertyValue(name);
			return value === null ? null : String(value);
		};
		return {
			uid: text('uid')!,
			summary: text('summary') ?? '',
			description: text('description') ?? '',
			location: text('location'),
			url: text('url'),
			status: text('status'),
			sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
			start: instant('dtstart'),
			end: instant('dtend'),
			startZone,
			raw: component.toString()
		};
	});
	const name = root.getFirstPropertyValue('x-wr-calname');
	return { name: name === null ? null : String(name), events };
}
