import { redirect } from '@sveltejs/kit';
import { scoped } from '$lib/server/auth/form-failure';
import { can, requireAccess } from '$lib/server/auth/policy';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { parseFormData } from '$lib/server/forms/parse-form';
import { landtagFailure, orNotFound } from '$lib/server/landtag/form-failure';
import { getInitiative } from '$lib/server/landtag/get-initiative';
import { saveFeedback } from '$lib/server/landtag/save-feedback';
import { feedbackForm } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const initiative = await orNotFound(
		getInitiative({ actor: user, initiativeId: event.params.id })
	);
	const ownAnswers = new Map(
		initiative.feedback.map((answer) => [answer.factionId, answer.body] as const)
	);
	return {
		initiative: {
			id: initiative.id,
			type: initiative.type,
			title: initiative.title,
			summaryHtml: renderMarkdown(initiative.summary, { topHeadingLevel: 2 }),
			printedMatterNumber: initiative.printedMatterNumber,
			printedMatterUrl: initiative.printedMatterUrl,
			feedbackQuestion: initiative.feedbackQuestion,
			feedbackDeadline: initiative.feedbackDeadline,
			feedbackOpen: initiative.feedbackOpen,
			createdAt: initiative.createdAt,
			editable: initiative.editable
		},
		feedback: initiative.feedback.map((answer) => ({
			id: answer.id,
			factionLabel: answer.factionLabel,
			authorName: answer.authorName,
			html: renderMarkdown(answer.body, { topHeadingLevel: 4 }),
			createdAt: answer.createdAt,
			modifiedAt: answer.modifiedAt
		})),
		// One form per faction the member answers for, holding that faction's current answer.
		answerForms: can(user, 'network.contribute')
			? initiative.answerableFactions.map((faction) => ({
					factionId: faction.id,
					label: faction.label,
					current: ownAnswers.get(faction.id) ?? null
				}))
			: []
	};
}

export const actions = {
	answer: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const scope = `answer-${String(formData.get('factionId') ?? '')}`;
		const parsed = parseFormData(formData, feedbackForm);
		if (!parsed.ok) return scoped(scope, parsed.failure);
		try {
			await saveFeedback({ actor, initiativeId: event.params.id, input: parsed.data });
		} catch (caught) {
			return scoped(scope, landtagFailure(caught, formData));
		}
		redirect(303, `/landtag/initiativen/${event.params.id}?gespeichert=1#rueckmeldungen`);
	}
};
