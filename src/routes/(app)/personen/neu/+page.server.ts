import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { createPerson } from '$lib/server/directory/create-person';
import { directoryFailure } from '$lib/server/directory/directory-failure';
import { listTopics } from '$lib/server/directory/list-topics';
import { membershipFormData } from '$lib/server/directory/membership-form-data';
import { loadDirectoryEditor } from '$lib/server/directory/person-access';
import { parseFormData } from '$lib/server/forms/parse-form';
import { datesFromTerm } from '$lib/server/territory/terms/term-dates';
import { TermError } from '$lib/server/territory/terms/term-error';
import { termFailure } from '$lib/server/territory/terms/term-failure';
import { newPersonForm } from '$lib/shared/directory-forms';

export async function load(event) {
	const actor = requireAccess(event, 'faction.manage');
	const editor = await loadDirectoryEditor(actor);
	const topics = await listTopics();
	return {
		board: editor.board,
		topics: topics.map(({ id, name }) => ({ id, name })),
		...(await membershipFormData(editor, [], event.url))
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, newPersonForm);
		if (!parsed.ok) return parsed.failure;
		const { organizationId, termId, role, onBehalfOfId, topicId, startDate, endDate, ...fields } =
			parsed.data;
		let id: string;
		try {
			const dates = organizationId
				? await datesFromTerm({ organizationId, termId, fields: { startDate, endDate } })
				: { startDate, endDate };
			({ id } = await createPerson({
				actor,
				fields,
				firstMembership: organizationId
					? { organizationId, role, onBehalfOfId, topicId, ...dates }
					: null,
				ip: event.getClientAddress()
			}));
		} catch (caught) {
			if (caught instanceof TermError) return termFailure(caught, formData);
			return directoryFailure(caught, formData);
		}
		redirect(303, `/personen/${id}/bearbeiten?hinweis=angelegt`);
	}
};
