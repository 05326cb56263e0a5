/**
 * Shapes the insight pages (map, "Wir in Zahlen", "Wer macht was?") receive from the server, and
 * the map's colour classes, which the server-rendered SVG and its legend share.
 */

/** The state's districts projected to SVG coordinates (see server/insights/map). */
export interface MapGeometry {
	width: number;
	height: number;
	districts: { ags: string; path: string; label: { x: number; y: number } }[];
}

export type DistrictKind = 'landkreis' | 'kreisfreie_stadt';
export type CouncilLevel = 'land' | 'landkreis' | 'kreisfreie_stadt' | 'gemeinde';

/** Public-record figures of one Landkreis or kreisfreie Stadt. */
export interface DistrictFigure {
	ags: string;
	name: string;
	/** Licence-plate code (HRO, VG …), short enough for the map. */
	shortName: string;
	kind: DistrictKind;
	/** Seats in the Kreistag or the city's own council. */
	districtSeats: number;
	/** Seats in the Gemeindevertretungen of the district's Gemeinden. */
	municipalSeats: number;
	seats: number;
	factions: number;
	/** Seats on the last day of the previous term; null when no membership of that time is recorded. */
	previousSeats: number | null;
}

export interface CouncilLevelFigure {
	level: CouncilLevel;
	label: string;
	seats: number;
	/** null: no membership of the previous term recorded, or another term (Landtag). */
	previousSeats: number | null;
}

export interface NetworkFigures {
	/** The day counted (YYYY-MM-DD). */
	asOf: string;
	partyName: string;
	currentTermName: string | null;
	/** The previous Kommunalwahl term and the day its seats are counted on. */
	previousTerm: { name: string; referenceDate: string } | null;
	districts: DistrictFigure[];
	councilLevels: CouncilLevelFigure[];
	totals: {
		seats: number;
		holders: number;
		factions: number;
		jointFactions: number;
		districtsWithoutSeats: number;
	};
}

/** One colour class of the map. */
export interface MapClass {
	min: number;
	max: number;
	label: string;
	fill: string;
}

/**
 * Light to dark in the network's colour. Numbers on the map sit on a white plate, so the fills
 * need no contrast with text; the darkest classes still differ from white by more than 3:1.
 */
const FILLS = ['#f8fafc', '#fde2ea', '#f29ab3', '#d6336c', '#7a0026'] as const;

function niceStep(raw: number): number {
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= raw)!;
	return step * magnitude;
}

/** Classes for counts from 0 to `max`: "keine" and up to four equal steps of a round size. */
export function mapClasses(max: number): MapClass[] {
	const classes: MapClass[] = [{ min: 0, max: 0, label: 'keine', fill: FILLS[0] }];
	if (max <= 0) return classes;
	const step = niceStep(Math.max(1, Math.ceil(max / 4)));
	for (let index = 0; index < 4; index++) {
		const low = index === 0 ? 1 : index * step + 1;
		const high = (index + 1) * step;
		if (low > max) break;
		classes.push({
			min: low,
			max: high,
			label: low === high ? String(low) : `${low}–${high}`,
			fill: FILLS[index + 1]!
		});
	}
	return classes;
}

export function classFor(count: number, classes: readonly MapClass[]): MapClass {
	return classes.find((entry) => count >= entry.min && count <= entry.max) ?? classes.at(-1)!;
}

/** "1 Mandat", "12 Mandate". */
export function mandateCount(count: number): string {
	return `${count.toLocaleString('de-DE')} ${count === 1 ? 'Mandat' : 'Mandate'}`;
}

/** Signed change, with a real minus sign: "+3", "−2", "±0". */
export function signedChange(change: number): string {
	if (change === 0) return '±0';
	return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** One bar of a bar chart. */
export interface ChartBar {
	label: string;
	value: number;
	/** A second value drawn as a thin grey bar below (e.g. the previous term); null: unknown. */
	compare?: number | null;
}
