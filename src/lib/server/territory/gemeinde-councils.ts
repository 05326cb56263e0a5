import mvStaedte from './data/mv-staedte.json';
import type { FactStatus, StateCode } from './state-data';

interface StadtRow {
	ags: string;
	name: string;
	/** The official designation, e.g. "Stadt", "Hansestadt", "Vier-Tore-Stadt", "Ostseebad, Stadt". */
	designation: string;
}

interface BuergerschaftRow {
	ags: string;
	status: FactStatus;
	sources: string[];
}

const STAEDTE: Record<
	StateCode,
	{ source: string; staedte: StadtRow[]; buergerschaften: BuergerschaftRow[] }
> = {
	mv: mvStaedte as typeof mvStaedte & { buergerschaften: BuergerschaftRow[] }
};

/**
 * § 22 KV M-V: in a Stadt the Gemeindevertretung is the Stadtvertretung (research `bodies`, S18,
 * S25); which Gemeinden are Städte comes from the official list in `mv-staedte.json` (G3).
 */
const STADT_RULE_SOURCES = ['S18', 'S25'];

export interface GemeindeCouncil {
	name: string;
	classification: 'Gemeindevertretung' | 'Stadtvertretung' | 'Bürgerschaft';
	factStatus: FactStatus;
	sources: string[];
}

/**
 * The council of a Gemeinde as the state data establishes it: "Bürgerschaft X" in the Hansestädte
 * the research names, "Stadtvertretung X" in every other Stadt, else "Gemeindevertretung X".
 * A Stadt's status is `derived` (a verified rule applied to a verified list) unless the research
 * confirms the name for that very town.
 */
export function gemeindeCouncilOf(
	code: StateCode,
	gemeinde: { ags: string; name: string },
	gemeindeSource: string
): GemeindeCouncil {
	const data = STAEDTE[code];
	const stadt = data.staedte.find((row) => row.ags === gemeinde.ags);
	if (!stadt) {
		return {
			name: `Gemeindevertretung ${gemeinde.name}`,
			classification: 'Gemeindevertretung',
			factStatus: 'derived',
			sources: [gemeindeSource]
		};
	}
	const buergerschaft = data.buergerschaften.find((row) => row.ags === gemeinde.ags);
	if (buergerschaft) {
		return {
			name: `Bürgerschaft ${gemeinde.name}`,
			classification: 'Bürgerschaft',
			factStatus: buergerschaft.status,
			sources: [...new Set([...buergerschaft.sources, data.source])]
		};
	}
	return {
		name: `Stadtvertretung ${gemeinde.name}`,
		classification: 'Stadtvertretung',
		factStatus: 'derived',
		sources: [...STADT_RULE_SOURCES, data.source]
	};
}

/**
 * The body (Körperschaft) of a Gemeinde: a Stadt with its official designation ("Hansestadt
 * Wismar", "Vier-Tore-Stadt Neubrandenburg"; the forms "Ostseebad, Stadt" are a Stadt by law, the
 * Ostseebad a predicate: "Stadt Kühlungsborn"), every other Gemeinde "Gemeinde X" (G3).
 */
export function gemeindeBodyNameOf(
	code: StateCode,
	gemeinde: { ags: string; name: string }
): string {
	const stadt = STAEDTE[code].staedte.find((row) => row.ags === gemeinde.ags);
	if (!stadt) return `Gemeinde ${gemeinde.name}`;
	const designation = stadt.designation.includes(',') ? 'Stadt' : stadt.designation;
	return `${designation} ${gemeinde.name}`;
}

/** The Städte among a state's Gemeinden (kreisfreie Städte are Kreis-level units, not listed). */
export function staedteOf(code: StateCode): readonly StadtRow[] {
	return STAEDTE[code].staedte;
}
