import { fail, redirect } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { addMembership } from '$lib/server/directory/add-membership';
import { directoryFailure, directoryPageError } from '$lib/server/directory/directory-failure';
import { endMembership } from '$lib/server/directory/end-membership';
import { getEditablePerson } from '$lib/server/directory/get-editable-person';
import { listTopics } from '$lib/server/directory/list-topics';
import { updateMembership } from '$lib/server/directory/update-membership';
import { updatePerson } from '$lib/server/directory/update-person';
import { loadDirectoryViewer } from '$lib/server/directory/viewer';
import { parseFormData } from '$lib/server/forms/parse-form';
import {
	addMembershipForm,
	editMembershipForm,
	endMembershipForm,
	personForm
} from '$lib/shared/directory-forms';
import { membershipFormData } from '$lib/server/directory/membership-form-data';

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

export const actions = {
	save: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const topicIds = formData.getAll('topicIds').map(String);
		const parsed = parseFormData(formData, personForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, topicIds, scope: 'person' });
		try {
			const { changed } = await updatePerson({
				actor,
				personId: event.params.id,
				fields: parsed.data,
				ip: event.getClientAddress()
			});
			return {
				scope: 'person',
				success: changed.length > 0 ? 'Die Angaben sind gespeichert.' : 'Es gab nichts zu ändern.'
			};
		} catch (caught) {
			const failure = directoryFailure(caught, formData, 'person');
			return fail(failure.status, { ...failure.data, topicIds });
		}
	},
	addMembership: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, addMembershipForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope: 'add' });
		const { organizationId, ...fields } = parsed.data;
		try {
			await addMembership({
				actor,
				personId: event.params.id,
				organizationId,
				fields,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return directoryFailure(caught, formData, 'add');
		}
		return { scope: 'add', success: 'Das Mandat ist eingetragen.' };
	},
	editMembership: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const scope = `m:${formData.get('membershipId')}`;
		const parsed = parseFormData(formData, editMembershipForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		const { membershipId, ...fields } = parsed.data;
		try {
			const { changed } = await updateMembership({
				actor,
				membershipId,
				fields,
				ip: event.getClientAddress()
			});
			return {
				scope,
				success: changed.length > 0 ? 'Die Änderung ist gespeichert.' : 'Es gab nichts zu ändern.'
			};
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
	},
	endMembership: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const scope = `m:${formData.get('membershipId')}`;
		const parsed = parseFormData(formData, endMembershipForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		try {
			await endMembership({ actor, ...parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
		return { scope, success: 'Das Mandat ist beendet.' };
	}
};
