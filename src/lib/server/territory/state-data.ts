import { z } from 'zod';
import mv from './data/mv.json';

/**
 * The configured state's facts, validated against the shape the loader and pages rely on. Each
 * fact keeps its status and sources from the research (see data/SOURCES.md); consumers use only
 * `verified` and `derived` facts.
 */
const status = z.enum(['verified', 'derived', 'unverified']);
const sourceIds = z.array(z.string().regex(/^[A-Z]+\d+$/));
const isoDate = z.iso.date();

const dated = z.object({
	value: isoDate,
	status,
	sources: sourceIds,
	note: z.string().optional()
});

const council = z.object({
	name: z.string().min(1),
	classification: z.string().min(1),
	seats: z.number().int().positive(),
	seatsBasis: z.string().optional(),
	status,
	sources: sourceIds
});

const unit = z.object({
	ags: z.string().regex(/^\d{5}$/),
	agsStatus: status.optional(),
	agsSources: sourceIds.optional(),
	agsNote: z.string().optional(),
	name: z.string().min(1),
	shortName: z.string().min(1),
	kind: z.enum(['landkreis', 'kreisfreie_stadt']),
	seat: z.string().min(1),
	population: z.number().int().positive(),
	populationDate: isoDate,
	areaKm2: z.number().positive(),
	status,
	sources: sourceIds,
	council
});

const stateDataSchema = z.object({
	dataVersion: z.number().int().positive(),
	state: z.string().min(2),
	_meta: z.object({
		title: z.string(),
		compiled: z.string(),
		sources: z.record(z.string(), z.string())
	}),
	land: z.object({
		ags: z.string().regex(/^\d{2}$/),
		name: z.string().min(1),
		iso: z.string(),
		capital: z.string(),
		status,
		sources: sourceIds,
		parliament: council
	}),
	units: z.array(unit).min(1),
	elections: z.object({
		kommunalwahl_dates: z.array(dated),
		term_years: z.object({ value: z.number().int().positive(), status, sources: sourceIds }),
		landtag_dates: z.array(dated)
	}),
	party: z.record(z.string(), z.unknown())
});

export type FactStatus = z.infer<typeof status>;
export type StateData = z.infer<typeof stateDataSchema>;
export type StateUnit = StateData['units'][number];
export type StateCode = 'mv';

const RAW: Record<StateCode, unknown> = { mv };
const parsed = new Map<StateCode, StateData>();

/** A fact may be shown and stored as fact only with one of these statuses. */
export function isEstablished(fact: { status: FactStatus }): boolean {
	return fact.status === 'verified' || fact.status === 'derived';
}

export function stateData(code: StateCode): StateData {
	let data = parsed.get(code);
	if (!data) {
		const result = stateDataSchema.safeParse(RAW[code]);
		if (!result.success) {
			throw new Error(
				`Landesdaten „${code}“ sind fehlerhaft: ${result.error.issues
					.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
					.join('; ')}`
			);
		}
		data = result.data;
		// Every cited source must exist in the list, so provenance can always be shown.
		const known = new Set(Object.keys(data._meta.sources));
		const cited = [
			...data.land.sources,
			...data.land.parliament.sources,
			...data.units.flatMap((u) => [...u.sources, ...(u.agsSources ?? []), ...u.council.sources])
		];
		const missing = cited.filter((id) => !known.has(id));
		if (missing.length > 0)
			throw new Error(`Landesdaten „${code}“: unbekannte Quellen ${missing.join(', ')}`);
		parsed.set(code, data);
	}
	return data;
}

/** The full text of a source id (URL and what it says), for showing provenance. */
export function sourceText(code: StateCode, id: string): string | undefined {
	return stateData(code)._meta.sources[id];
}
