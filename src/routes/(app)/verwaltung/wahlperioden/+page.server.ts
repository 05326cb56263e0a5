import { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { formAction } from '$lib/server/forms/form-action';
import { createTerm, createTermsForKinds } from '$lib/server/territory/terms/create-terms';
import { deleteTerm } from '$lib/server/territory/terms/delete-term';
import { listTermBodies } from '$lib/server/territory/terms/list-terms';
import { termFailure } from '$lib/server/territory/terms/term-failure';
import { termOverview } from '$lib/server/territory/terms/term-overview';
import { updateTerm } from '$lib/server/territory/terms/update-term';
import {
	editTermForm,
	newTermForm,
	newTermsForKindsForm,
	TERM_BODY_KIND_LABELS,
	TERM_BODY_KINDS,
	termIdForm
} from '$lib/shared/term-forms';

/** Filters from the query string; anything odd is ignored rather than failing the page. */
const listFilters = z.object({
	art: z.enum(TERM_BODY_KINDS).optional().catch(undefined),
	q: z.string().trim().max(100).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)
});

export async function load(event) {
	const actor = requireAccess(event, 'directory.manage');
	const filters = listFilters.parse(Object.fromEntries(event.url.searchParams));
	// Without a filter the list starts with the few large councils, not with 700 Gemeinden.
	const kinds = filters.art ? [filters.art] : (['land', 'landkreis', 'kreisfreie_stadt'] as const);
	return {
		overview: await termOverview({ actor }),
		list: await listTermBodies({ actor, kinds, query: filters.q, page: filters.seite }),
		filters: { art: filters.art ?? '', q: filters.q ?? '' },
		kinds: TERM_BODY_KINDS.map((kind) => ({ value: kind, label: TERM_BODY_KIND_LABELS[kind] }))
	};
}

/** Seats and functions (committee, faction) alike end with the term, and so may the bodies. */
const endedText = (result: { mandatesEnded: number; organizationsEnded: number }) => {
	const n = result.mandatesEnded;
	const o = result.organizationsEnded;
	const mandates =
		n === 0
			? ''
			: ` ${n === 1 ? 'Ein Mandat oder eine Funktion' : `${n} Mandate und Funktionen`} der Wahlperiode davor ${n === 1 ? 'endet' : 'enden'} am Vortag.`;
	const organizations =
		o === 0
			? ''
			: ` ${o === 1 ? 'Eine Fraktion oder ein Ausschuss' : `${o} Fraktionen und Ausschüsse`} ohne Mandat in der neuen Wahlperiode ${o === 1 ? 'endet' : 'enden'} ebenfalls.`;
	return mandates + organizations;
};

const fieldsOf = (data: { name: string; startDate: string | null; endDate: string | null }) => ({
	name: data.name,
	startDate: data.startDate!,
	endDate: data.endDate
});

/** Results name their form: `many`, `b:<body id>` for a body's new term, `t:<term id>`. */
const scopeOf = (formData: FormData) =>
	formData.has('termId')
		? `t:${formData.get('termId')}`
		: formData.has('bodyId')
			? `b:${formData.get('bodyId')}`
			: 'many';

const manage = { permission: 'directory.manage', scope: scopeOf, failure: termFailure } as const;

export const actions = {
	create: formAction({
		...manage,
		schema: newTermForm,
		run: ({ actor, data, ip }) =>
			createTerm({
				actor,
				bodyId: data.bodyId,
				fields: fieldsOf(data),
				endOrganizations: data.endOrganizations,
				ip
			}),
		success: (result, data) => `„${data.name}“ ist angelegt.${endedText(result)}`
	}),
	createMany: formAction({
		...manage,
		schema: newTermsForKindsForm,
		// Checkboxes: the plain values keep only the last one ticked.
		keep: (formData) => ({ checkedKinds: formData.getAll('kinds').map(String) }),
		run: ({ actor, data, ip }) =>
			createTermsForKinds({
				actor,
				kinds: data.kinds,
				fields: fieldsOf(data),
				endOrganizations: data.endOrganizations,
				ip
			}),
		success: (result, data) =>
			`„${data.name}“ ist für ${result.termIds.length} Körperschaften angelegt.` +
			(result.skipped > 0 ? ` ${result.skipped} hatten sie schon.` : '') +
			endedText(result)
	}),
	update: formAction({
		...manage,
		schema: editTermForm,
		run: ({ actor, data, ip }) =>
			updateTerm({ actor, termId: data.termId, fields: fieldsOf(data), ip }),
		success: 'Gespeichert.'
	}),
	delete: formAction({
		...manage,
		// The term is gone afterwards: its body's row carries the answer.
		scope: (formData) => `b:${formData.get('bodyId')}`,
		schema: termIdForm,
		run: ({ actor, data, ip }) => deleteTerm({ actor, termId: data.termId, ip }),
		success: (result) => `„${result.name}“ ist gelöscht.`
	})
};
