import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE } from '$lib/shared/events';

/**
 * Event times go into calendars as Europe/Berlin wall-clock times with a TZID (and the zone's
 * VTIMEZONE), so a calendar shows 19:00 for a 19:00 meeting in any season. Luxon does the
 * conversion: ical-generator would otherwise read a native Date in the server's own zone.
 */
export function berlinDateTime(at: Date): DateTime {
	return DateTime.fromJSDate(at, { zone: EVENT_TIME_ZONE });
}

/**
 * Whether `at` is the second pass of a wall-clock time that the autumn change shows twice
 * (02:00–02:59 on the last Sunday of October). RFC 5545 reads such a local time as its first
 * pass, so this instant cannot be written as a Berlin time and must be written in UTC.
 */
export function isRepeatedBerlinTime(at: Date): boolean {
	const hourEarlier = berlinDateTime(new Date(at.getTime() - 60 * 60 * 1000));
	return hourEarlier.toFormat('yyyyLLddHHmm') === berlinDateTime(at).toFormat('yyyyLLddHHmm');
}
