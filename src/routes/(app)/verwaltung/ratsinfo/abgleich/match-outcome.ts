import type { ActionData } from './$types';

export interface RowOutcome {
	tone: 'success' | 'error';
	text: string;
}

function changesText(count: number): string {
	if (count === 0) return '';
	return count === 1
		? ' Eine Mitgliedschaft wurde übernommen.'
		: ` ${count} Mitgliedschaften wurden übernommen.`;
}

/**
 * What the last action on the page says about one imported body or Gremium (`id`): saved,
 * created, or refused — shown beside that row, where the board clicked.
 */
export function rowOutcome(form: ActionData, id: string): RowOutcome | null {
	if (!form) return null;
	if ('bodySaved' in form && form.bodySaved === id)
		return { tone: 'success', text: 'Gespeichert.' };
	if ('organizationSaved' in form && form.organizationSaved === id) {
		if ('organizationCreated' in form && form.organizationCreated) {
			return {
				tone: 'success',
				text: `„${form.organizationCreated}“ im Verzeichnis angelegt und zugeordnet.${changesText(form.membershipChanges ?? 0)}`
			};
		}
		return { tone: 'success', text: 'Gespeichert.' };
	}
	if ('message' in form && form.message && rowOf(form) === id) {
		return { tone: 'error', text: form.message };
	}
	return null;
}

/** The imported body or Gremium a refused form was about, if it was about one. */
export function rowOf(form: ActionData): string | null {
	if (!form || !('values' in form) || !form.values) return null;
	return form.values.oparlOrganizationId ?? form.values.oparlBodyId ?? null;
}
