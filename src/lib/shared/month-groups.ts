import { formatMonth } from './format-date';

export interface MonthGroup<T> {
	/** "Dezember 2026": a meeting at 23:30 on the last day of a month belongs to Berlin's month. */
	label: string;
	items: T[];
}

/** Consecutive items of the same month (as read in Berlin) together, in the given order. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => Date): MonthGroup<T>[] {
	const groups: MonthGroup<T>[] = [];
	for (const item of items) {
		const label = formatMonth(dateOf(item));
		const last = groups.at(-1);
		if (last?.label === label) last.items.push(item);
		else groups.push({ label, items: [item] });
	}
	return groups;
}
