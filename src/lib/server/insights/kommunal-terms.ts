import { isEstablished, type StateData } from '../territory/state-data';
import { currentKommunalTerm } from '../territory/terms';

export interface KommunalTerms {
	current: { name: string; startDate: string } | null;
	/** The term before, and the day its seats are counted on: its last day. */
	previous: { name: string; startDate: string; referenceDate: string } | null;
}

function dayBefore(isoDate: string): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/**
 * The current and the previous Wahlperiode of the Kreistage and municipal councils. A term ends
 * the day the next one begins (§ 2 Abs. 2 LKWG), so the previous term's seats are counted on the
 * day before the current term's first day: later successors are in, the new term's seats not yet.
 */
export function kommunalTerms(data: StateData, today = new Date()): KommunalTerms {
	const current = currentKommunalTerm(data, today);
	if (!current) return { current: null, previous: null };
	const earlier = data.elections.kommunalwahl_dates
		.filter((date) => isEstablished(date) && date.value < current.startDate)
		.sort((a, b) => a.value.localeCompare(b.value))
		.at(-1);
	const previous = earlier
		? {
				name: `Wahlperiode ${earlier.value.slice(0, 4)}–${current.startDate.slice(0, 4)}`,
				startDate: earlier.value,
				referenceDate: dayBefore(current.startDate)
			}
		: null;
	return { current: { name: current.name, startDate: current.startDate }, previous };
}
