import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { parseFormData } from '$lib/server/forms/parse-form';
import { landtagFailure, orNotFound } from '$lib/server/landtag/form-failure';
import { getProposal } from '$lib/server/landtag/get-proposal';
import { updateProposalStatus } from '$lib/server/landtag/update-proposal-status';
import { proposalStatusForm } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const proposal = await orNotFound(getProposal({ actor: user, proposalId: event.params.id }));
	return {
		proposal: {
			id: proposal.id,
			title: proposal.title,
			descriptionHtml: renderMarkdown(proposal.description, { topHeadingLevel: 2 }),
			factionLabel: proposal.factionLabel,
			proposedByName: proposal.proposedByName,
			status: proposal.status,
			replyHtml: proposal.reply ? renderMarkdown(proposal.reply, { topHeadingLevel: 3 }) : null,
			statusChangedAt: proposal.statusChangedAt,
			statusChangedByName: proposal.statusChangedByName,
			createdAt: proposal.createdAt,
			manageable: proposal.manageable
		},
		// The Landtag faction edits the reply's source; nobody else needs it.
		replySource: proposal.manageable ? proposal.reply : null,
		saved: event.url.searchParams.has('gespeichert')
	};
}

export const actions = {
	status: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, proposalStatusForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateProposalStatus({ actor, proposalId: event.params.id, input: parsed.data });
		} catch (caught) {
			return landtagFailure(caught, formData);
		}
		redirect(303, `/landtag/vorschlaege/${event.params.id}?gespeichert=1`);
	}
};
