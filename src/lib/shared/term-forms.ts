import { z } from 'zod';
import type { TerritorialUnitKind } from './territory';
import { checkbox, optionalDay, requiredText } from './validation';

/** Kinds of Körperschaft that elect a council and so have Wahlperioden, in the page's order. */
export const TERM_BODY_KINDS = [
	'land',
	'landkreis',
	'kreisfreie_stadt',
	'amt',
	'gemeinde'
] as const satisfies readonly TerritorialUnitKind[];
export type TermBodyKind = (typeof TERM_BODY_KINDS)[number];

/** Their councils, in the plural: what a term "for all of a kind" is for. */
export const TERM_BODY_KIND_LABELS: Record<TermBodyKind, string> = {
	land: 'Landtag',
	landkreis: 'Kreistage',
	kreisfreie_stadt: 'Vertretungen der kreisfreien Städte',
	amt: 'Amtsausschüsse',
	gemeinde: 'Gemeinde- und Stadtvertretungen'
};

const requiredDay = optionalDay('2026-10-27').refine((value) => value !== null, {
	error: 'Bitte den ersten Tag der Wahlperiode angeben.'
});

const termFields = {
	name: requiredText('einen Namen', 120),
	startDate: requiredDay,
	endDate: optionalDay('2026-10-27')
};

/**
 * A term runs from its first day until the day the next one begins (§ 2 Abs. 2 LKWG), so its
 * end lies after its start; an open end means "until the next election".
 */
const endAfterStart = (data: { startDate: string | null; endDate: string | null }) =>
	!data.startDate || !data.endDate || data.endDate > data.startDate;
const endIssue = { path: ['endDate'], message: 'Das Ende muss nach dem Beginn liegen.' };

const uuid = (message: string) => z.uuid({ error: message });

/** Checkboxes arrive as nothing, one value or a list. */
const list = (value: unknown) =>
	value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

export const newTermForm = z
	.object({
		bodyId: uuid('Bitte eine Körperschaft auswählen.'),
		...termFields,
		// Ticked by default on the page: see `endOrganizationsBeforeTerms`. Optional: zod's
		// refine on the object would otherwise ask for the box that an unticked form leaves out.
		endOrganizations: checkbox.optional()
	})
	.refine(endAfterStart, endIssue);

export const newTermsForKindsForm = z
	.object({
		kinds: z.preprocess(
			list,
			z
				.array(z.enum(TERM_BODY_KINDS, { error: 'Unbekannte Art von Körperschaft.' }))
				.min(1, 'Bitte mindestens eine Art von Körperschaft auswählen.')
		),
		...termFields,
		// Ticked by default on the page: see `endOrganizationsBeforeTerms`. Optional: zod's
		// refine on the object would otherwise ask for the box that an unticked form leaves out.
		endOrganizations: checkbox.optional()
	})
	.refine(endAfterStart, endIssue);

export const editTermForm = z
	.object({ termId: uuid('Diese Wahlperiode gibt es nicht.'), ...termFields })
	.refine(endAfterStart, endIssue);

export const termIdForm = z.object({ termId: uuid('Diese Wahlperiode gibt es nicht.') });

export type TermFields = { name: string; startDate: string; endDate: string | null };
