import { z } from 'zod';
import { requiredText } from './validation';

/**
 * The kinds of elected council the platform knows (OParl `classification`), in the order of the
 * levels: state, Kreis, town, Gemeinde, Amt.
 */
export const COUNCIL_CLASSIFICATIONS = [
	'Landtag',
	'Kreistag',
	'Bürgerschaft',
	'Stadtvertretung',
	'Gemeindevertretung',
	'Amtsausschuss'
] as const;

export type CouncilClassification = (typeof COUNCIL_CLASSIFICATIONS)[number];

/** "Vertretung bearbeiten": the board renames a council and says what kind it is. */
export const councilForm = z.object({
	name: requiredText('den Namen der Vertretung', 150),
	classification: z.enum(COUNCIL_CLASSIFICATIONS, { error: 'Bitte die Art der Vertretung wählen.' })
});

export type CouncilFormInput = z.output<typeof councilForm>;
