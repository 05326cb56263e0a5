import { redirect } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { addMembership } from '$lib/server/directory/add-membership';
import { directoryFailure, directoryPageError } from '$lib/server/directory/directory-failure';
import { endMembership } from '$lib/server/directory/end-membership';
import { getEditablePerson } from '$lib/server/directory/get-editable-person';
import { listTopics } from '$lib/server/directory/list-topics';
import { updateMembership } from '$lib/server/directory/update-membership';
import { updatePerson } from '$lib/server/directory/update-person';
import { loadDirectoryViewer } from '$lib/server/directory/viewer';
import { formAction } from '$lib/server/forms/form-action';
import {
	addMembershipForm,
	editMembershipForm,
	endMembershipForm,
	personForm
} from '$lib/shared/directory-forms';
import { membershipFormData } from '$lib/server/directory/membership-form-data';
import { datesFromTerm } from '$lib/server/territory/terms/term-dates';
import { TermError } from '$lib/server/territory/terms/term-error';
import { termFailure } from '$lib/server/territory/terms/term-failure';

export async function load(event) {
	const actor = requireAccess(event, 'account.manage');
	// People keep their own entry on their profile page (the person page links here for them too).
	if (!can(actor, 'faction.manage')) {
		const { personId } = await loadDirectoryViewer(actor);
		if (personId === event.params.id) redirect(303, '/konto/profil');
	}
	try {
		const entry = await getEditablePerson({ actor, personId: event.params.id, mandates: true });
		const p = entry.person;
		const topics = await listTopics({ includeArchived: true });
		return {
			person: {
				id: p.id,
				fullName: p.fullName,
				linkedToAccount: p.userId !== null,
				values: {
					givenName: p.givenName,
					familyName: p.familyName,
					party: p.party,
					email: p.email,
					emailVisibility: p.emailVisibility,
					phone: p.phone,
					phoneVisibility: p.phoneVisibility,
					biography: p.biography,
					biographyVisibility: p.biographyVisibility,
					topicsVisibility: p.topicsVisibility
				}
			},
			topicIds: entry.topicIds,
			archivedTopicNames: topics
				.filter((t) => entry.archivedTopicIds.includes(t.id))
				.map((t) => t.name),
			topics: topics.filter((t) => !t.archived).map(({ id, name }) => ({ id, name })),
			memberships: entry.memberships,
			created: event.url.searchParams.get('hinweis') === 'angelegt',
			...(await membershipFormData(entry.editor, entry.memberships, event.url))
		};
	} catch (caught) {
		directoryPageError(caught);
	}
}

const changedMessage = (changed: readonly string[], saved: string) =>
	changed.length > 0 ? saved : 'Es gab nichts zu ändern.';
/** Each mandate row is its own form. */
const membershipScope = (formData: FormData) => `m:${formData.get('membershipId')}`;
const failure = (caught: unknown, formData: FormData) => directoryFailure(caught, formData);

export const actions = {
	save: formAction({
		permission: 'faction.manage',
		schema: personForm,
		scope: 'person',
		keep: (formData) => ({ topicIds: formData.getAll('topicIds').map(String) }),
		failure,
		run: ({ actor, data, ip, event }) =>
			updatePerson({ actor, personId: event.params.id!, fields: data, ip }),
		success: ({ changed }) => changedMessage(changed, 'Die Angaben sind gespeichert.')
	}),
	addMembership: formAction({
		permission: 'faction.manage',
		schema: addMembershipForm,
		scope: 'add',
		failure: (caught, formData) =>
			caught instanceof TermError ? termFailure(caught, formData) : failure(caught, formData),
		run: async ({ actor, data: { organizationId, termId, ...chosen }, ip, event }) => {
			const fields = await datesFromTerm({ organizationId, termId, fields: chosen });
			return addMembership({ actor, personId: event.params.id!, organizationId, fields, ip });
		},
		success: 'Das Mandat ist eingetragen.'
	}),
	editMembership: formAction({
		permission: 'faction.manage',
		schema: editMembershipForm,
		scope: membershipScope,
		failure,
		run: ({ actor, data: { membershipId, ...fields }, ip }) =>
			updateMembership({ actor, membershipId, fields, ip }),
		success: ({ changed }) => changedMessage(changed, 'Die Änderung ist gespeichert.')
	}),
	endMembership: formAction({
		permission: 'faction.manage',
		schema: endMembershipForm,
		scope: membershipScope,
		failure,
		run: ({ actor, data, ip }) => endMembership({ actor, ...data, ip }),
		success: 'Das Mandat ist beendet.'
	})
};
