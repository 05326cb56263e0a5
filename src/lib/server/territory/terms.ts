import type { StateData } from './state-data';
import { isEstablished } from './state-data';

export interface DerivedTerm {
	name: string;
	startDate: string;
	status: 'derived';
	sources: string[];
}

/**
 * The current Wahlperiode of the Kreistage and city councils: it begins on the latest
 * Kommunalwahl day (§ 2 Abs. 2 LKWG) and lasts `term_years`. The end date stays open because it
 * is the day of the next election, which the Landesregierung has not set yet.
 */
export function currentKommunalTerm(data: StateData, today = new Date()): DerivedTerm | null {
	const { kommunalwahl_dates: dates, term_years: years } = data.elections;
	if (!isEstablished(years)) return null;
	const todayIso = today.toISOString().slice(0, 10);
	const latest = dates
		.filter((date) => isEstablished(date) && date.value <= todayIso)
		.sort((a, b) => a.value.localeCompare(b.value))
		.at(-1);
	if (!latest) return null;
	const startYear = Number(latest.value.slice(0, 4));
	return {
		name: `Wahlperiode ${startYear}–${startYear + years.value}`,
		startDate: latest.value,
		status: 'derived',
		sources: [...new Set([...latest.sources, ...years.sources])]
	};
}
