import { z } from 'zod';
import { parseBerlinDateTime } from '$lib/shared/berlin-date-time';
import type { ProblemDraft } from './types';

const httpUrl = z.url({ protocol: /^https?$/ });
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true, local: false });
const localDateTime = z.iso.datetime({ local: true });

/** Dates servers put where they have none (epoch, year 1): not a real creation date. */
const PLACEHOLDER_BEFORE = Date.UTC(1980, 0, 1);

/**
 * Reads the fields of one raw OParl object leniently: a value of the wrong shape is recorded
 * as a problem (with the object's URL) and read as missing, so one broken field never loses
 * the object.
 */
export class FieldReader {
	constructor(
		readonly raw: Record<string, unknown>,
		readonly objectUrl: string,
		readonly problems: ProblemDraft[]
	) {}

	has(key: string): boolean {
		return this.raw[key] !== undefined && this.raw[key] !== null;
	}

	string(key: string): string | null {
		const value = this.raw[key];
		if (value === undefined || value === null) return null;
		if (typeof value === 'string') return value;
		if (typeof value === 'number') return String(value);
		// OParl 1.1 `title` is an array of strings; a few servers send other fields as arrays too.
		if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
			return value.join(' ');
		}
		this.invalid(key, value, 'Text erwartet');
		return null;
	}

	boolean(key: string): boolean | null {
		const value = this.raw[key];
		if (value === undefined || value === null) return null;
		if (typeof value === 'boolean') return value;
		if (value === 'true' || value === 'false') return value === 'true';
		this.invalid(key, value, 'Wahrheitswert erwartet');
		return null;
	}

	integer(key: string): number | null {
		const value = this.raw[key];
		if (value === undefined || value === null) return null;
		const parsed = z.coerce.number().int().safeParse(value);
		if (parsed.success && value !== '') return parsed.data;
		this.invalid(key, value, 'Ganzzahl erwartet');
		return null;
	}

	/** A calendar date `YYYY-MM-DD`; a date-time is cut to its date (recorded). */
	date(key: string): string | null {
		const value = this.raw[key];
		if (value === undefined || value === null || value === '') return null;
		if (typeof value === 'string') {
			const trimmed = value.trim();
			if (isoDate.safeParse(trimmed).success) return trimmed;
			const day = trimmed.slice(0, 10);
			if (
				isoDate.safeParse(day).success &&
				(isoDateTime.safeParse(trimmed).success || localDateTime.safeParse(trimmed).success)
			) {
				this.dateProblem(
					key,
					value,
					'Datum mit Uhrzeit statt reinem Datum; das Datum wurde übernommen'
				);
				return day;
			}
		}
		this.dateProblem(key, value, 'kein gültiges Datum (JJJJ-MM-TT)');
		return null;
	}

	/**
	 * A date-time with offset. Without an offset it is read as German time (recorded); a bare
	 * date as its midnight in Berlin. `placeholderCheck` drops epoch-like creation dates.
	 */
	dateTime(key: string, placeholderCheck = false): Date | null {
		const value = this.raw[key];
		if (value === undefined || value === null || value === '') return null;
		let result: Date | null = null;
		if (typeof value === 'string') {
			const trimmed = value.trim();
			if (isoDateTime.safeParse(trimmed).success) result = new Date(trimmed);
			else if (localDateTime.safeParse(trimmed).success) {
				result = parseBerlinDateTime(trimmed.slice(0, 16));
				if (result)
					this.dateProblem(key, value, 'Zeitpunkt ohne Zeitzone; als deutsche Zeit gelesen');
			} else if (isoDate.safeParse(trimmed).success) {
				result = parseBerlinDateTime(`${trimmed}T00:00`);
			}
		}
		if (!result || Number.isNaN(result.getTime())) {
			this.dateProblem(key, value, 'kein gültiger Zeitpunkt (ISO 8601 mit Zeitzone)');
			return null;
		}
		if (placeholderCheck && result.getTime() < PLACEHOLDER_BEFORE) {
			this.dateProblem(
				key,
				value,
				'Platzhalter-Datum statt eines echten Zeitpunkts; nicht übernommen'
			);
			return null;
		}
		return result;
	}

	/** An http(s) URL (a reference or a link); anything else is recorded as invalid. */
	url(key: string): string | null {
		const value = this.raw[key];
		if (value === undefined || value === null || value === '') return null;
		if (typeof value === 'string' && httpUrl.safeParse(value.trim()).success) return value.trim();
		if (typeof value === 'object' && !Array.isArray(value)) {
			// An embedded object where a reference was expected: its id is the reference.
			const id = (value as Record<string, unknown>).id;
			if (typeof id === 'string' && httpUrl.safeParse(id).success) return id;
		}
		this.problems.push({
			kind: 'invalid_url',
			url: this.objectUrl,
			message: `Feld „${key}“: keine gültige Adresse (${preview(value)})`,
			details: { field: key, value: preview(value) }
		});
		return null;
	}

	/** A list of references; a single reference where a list belongs is accepted. */
	urls(key: string): string[] {
		const value = this.raw[key];
		if (value === undefined || value === null) return [];
		const items = Array.isArray(value) ? value : [value];
		const result: string[] = [];
		items.forEach((item, index) => {
			const url = new FieldReader(
				{ [`${key}[${index}]`]: item },
				this.objectUrl,
				this.problems
			).url(`${key}[${index}]`);
			if (url) result.push(url);
		});
		return result;
	}

	private invalid(key: string, value: unknown, expected: string) {
		this.problems.push({
			kind: 'invalid_value',
			url: this.objectUrl,
			message: `Feld „${key}“: ${expected}, erhalten ${preview(value)}`,
			details: { field: key, value: preview(value) }
		});
	}

	private dateProblem(key: string, value: unknown, what: string) {
		this.problems.push({
			kind: 'invalid_date',
			url: this.objectUrl,
			message: `Feld „${key}“: ${what} (${preview(value)})`,
			details: { field: key, value: preview(value) }
		});
	}
}

function preview(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return (text ?? String(value)).slice(0, 120);
}
