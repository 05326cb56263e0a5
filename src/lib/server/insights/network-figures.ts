import { asc, inArray } from 'drizzle-orm';
import { berlinToday } from '$lib/shared/berlin-time';
import type {
	CouncilLevel,
	CouncilLevelFigure,
	DistrictFigure,
	DistrictKind,
	NetworkFigures
} from '$lib/shared/insights';
import { db } from '../db';
import { instanceConfig } from '../instance/instance-config';
import { territorialUnit } from '../territory/schema';
import { stateData } from '../territory/state-data';
import { recordedKommunalTerms } from './recorded-kommunal-terms';
import {
	countFactions,
	countSeatHolders,
	countSeats,
	recordedBefore,
	type SeatRow
} from './seat-counts';

const LEVEL_LABELS: Record<CouncilLevel, string> = {
	land: 'Landtag',
	landkreis: 'Kreistage',
	kreisfreie_stadt: 'Bürgerschaft und Stadtvertretung der kreisfreien Städte',
	gemeinde: 'Gemeinde- und Stadtvertretungen'
};
const LEVELS: readonly CouncilLevel[] = ['land', 'landkreis', 'kreisfreie_stadt', 'gemeinde'];

function sum(rows: readonly SeatRow[], match: (row: SeatRow) => boolean): number {
	return rows.filter(match).reduce((total, row) => total + row.seats, 0);
}

/**
 * The network's public figures: seats by district and council level, seat holders, factions,
 * and the change since the previous Kommunalwahl term where seats of that time are recorded.
 * Public record only (see seat-counts.ts), so every visitor may see them; no permission needed.
 */
export async function loadNetworkFigures(options: { today?: Date } = {}): Promise<NetworkFigures> {
	const config = instanceConfig();
	const party = config.party.shortName;
	const today = options.today ?? new Date();
	const asOf = berlinToday(today);
	const terms = await recordedKommunalTerms(stateData(config.state), today);

	const [units, seats, holders, factions, previousSeats, recorded] = await Promise.all([
		db
			.select({
				ags: territorialUnit.ags,
				name: territorialUnit.name,
				shortName: territorialUnit.shortName,
				kind: territorialUnit.kind
			})
			.from(territorialUnit)
			.where(inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt']))
			.orderBy(asc(territorialUnit.name)),
		countSeats({ on: asOf, party }),
		countSeatHolders({ on: asOf, party }),
		countFactions({ on: asOf }),
		terms.previous ? countSeats({ on: terms.previous.referenceDate, party }) : [],
		terms.current ? recordedBefore({ termStart: terms.current.startDate, party }) : []
	]);
	const known = (match: (row: SeatRow) => boolean) =>
		terms.previous !== null && recorded.some(match);

	const districts: DistrictFigure[] = units.map((unit) => {
		const inDistrict = (row: SeatRow) => row.districtAgs === unit.ags;
		const districtSeats = sum(seats, (row) => inDistrict(row) && row.level !== 'gemeinde');
		const municipalSeats = sum(seats, (row) => inDistrict(row) && row.level === 'gemeinde');
		return {
			ags: unit.ags!,
			name: unit.name,
			shortName: unit.shortName ?? unit.name,
			kind: unit.kind as DistrictKind,
			districtSeats,
			municipalSeats,
			seats: districtSeats + municipalSeats,
			factions: factions.find((row) => row.districtAgs === unit.ags)?.factions ?? 0,
			previousSeats: known(inDistrict) ? sum(previousSeats, inDistrict) : null
		};
	});

	const councilLevels: CouncilLevelFigure[] = LEVELS.map((level) => {
		const atLevel = (row: SeatRow) => row.level === level;
		return {
			level,
			label: LEVEL_LABELS[level],
			seats: sum(seats, atLevel),
			// The Landtag has its own term (not the Kommunalwahl's), so no comparison here.
			previousSeats: level !== 'land' && known(atLevel) ? sum(previousSeats, atLevel) : null
		};
	});

	return {
		asOf,
		partyName: party,
		currentTermName: terms.current?.name ?? null,
		previousTerm: terms.previous
			? { name: terms.previous.name, referenceDate: terms.previous.referenceDate }
			: null,
		districts,
		councilLevels,
		totals: {
			seats: sum(seats, () => true),
			holders,
			factions: factions.reduce((total, row) => total + row.factions, 0),
			jointFactions: factions.reduce((total, row) => total + row.joint, 0),
			districtsWithoutSeats: districts.filter((district) => district.seats === 0).length
		}
	};
}
