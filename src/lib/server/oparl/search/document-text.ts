import { berlinDay } from '$lib/shared/berlin-time';
import { formatFullDateTime, formatLongDate } from '$lib/shared/format-date';

/** "Dienstag, 23. Oktober 2007 um 18:00": how a meeting's time reads in its search text. */
export function meetingTimeText(start: Date): string {
	return formatFullDateTime(start);
}

/** "23. Oktober 2007" */
export function meetingDayText(start: Date): string {
	return formatLongDate(start);
}

/**
 * Servers put placeholders into `created` (1970-01-01 on Sternberg systems): no council paper
 * predates the OParl era by decades, so such a date says nothing.
 */
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);

/**
 * The day a document is dated by (the date facet and sorting): its own date, else when the
 * source created or changed it, else when we fetched it. Never null: the search lists newest
 * first, and undated rows would sort above every dated one.
 */
export function documentDay(own: string | null, ...fallbacks: (Date | null | undefined)[]): string {
	if (own) return own;
	const plausible = fallbacks.find(
		(date): date is Date =>
			date instanceof Date && !Number.isNaN(date.getTime()) && date.getTime() >= EARLIEST_PLAUSIBLE
	);
	return berlinDay(plausible ?? new Date());
}

/**
 * Text on one line: council systems break long names ("…;\nhier: Sachstand"), and the search
 * marks matches in a title only when its marked copy reads exactly as the title.
 */
export function oneLine(text: string | null | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Lines of a document's text, without empty ones, each ended like a sentence: snippets show
 * the text on one line, where "…Sachstand Beratung: Bauausschuss" would run together.
 */
export function lines(...parts: (string | null | undefined | false)[]): string {
	return parts
		.map((part) => (typeof part === 'string' ? part.trim() : ''))
		.filter((part) => part !== '')
		.map((part) => (/[.!?:;…)"“”]$/.test(part) ? part : `${part}.`))
		.join('\n');
}
