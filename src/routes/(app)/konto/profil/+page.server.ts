import { fail } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { createOwnPerson } from '$lib/server/directory/create-own-person';
import { directoryFailure, directoryPageError } from '$lib/server/directory/directory-failure';
import { getEditablePerson } from '$lib/server/directory/get-editable-person';
import { listTopics } from '$lib/server/directory/list-topics';
import { updatePerson } from '$lib/server/directory/update-person';
import { loadDirectoryViewer } from '$lib/server/directory/viewer';
import { parseFormData } from '$lib/server/forms/parse-form';
import { ownProfileForm } from '$lib/shared/directory-forms';
import { z } from 'zod';
import { requiredText } from '$lib/shared/validation';

const createForm = z.object({
	givenName: requiredText('einen Vornamen', 100),
	familyName: requiredText('einen Nachnamen', 100)
});

/** The account's name split at the last space, to prefill a new entry. */
function splitName(name: string): { givenName: string; familyName: string } {
	const at = name.trim().lastIndexOf(' ');
	return at > 0
		? { givenName: name.slice(0, at).trim(), familyName: name.slice(at + 1).trim() }
		: { givenName: name.trim(), familyName: '' };
}

export async function load(event) {
	const actor = requireAccess(event, 'account.manage');
	const { personId } = await loadDirectoryViewer(actor);
	const topics = (await listTopics()).map(({ id, name }) => ({ id, name }));
	if (!personId) {
		return {
			profile: null,
			topics,
			canCreate: can(actor, 'network.contribute'),
			suggested: splitName(actor.name)
		};
	}
	try {
		const entry = await getEditablePerson({ actor, personId });
		const p = entry.person;
		return {
			profile: {
				id: p.id,
				values: {
					givenName: p.givenName,
					familyName: p.familyName,
					email: p.email,
					emailVisibility: p.emailVisibility,
					phone: p.phone,
					phoneVisibility: p.phoneVisibility,
					biography: p.biography,
					biographyVisibility: p.biographyVisibility,
					topicsVisibility: p.topicsVisibility
				},
				topicIds: entry.topicIds,
				memberships: entry.memberships.map(({ editable: _editable, ...m }) => m)
			},
			topics,
			canCreate: false,
			suggested: null
		};
	} catch (caught) {
		directoryPageError(caught);
	}
}

export const actions = {
	save: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const topicIds = formData.getAll('topicIds').map(String);
		const parsed = parseFormData(formData, ownProfileForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, topicIds });
		const { personId } = await loadDirectoryViewer(actor);
		if (!personId)
			return fail(400, {
				errors: {},
				values: parsed.values,
				topicIds,
				message: 'Zu Ihrem Konto gibt es noch keinen Eintrag im Verzeichnis.'
			});
		try {
			const { changed } = await updatePerson({
				actor,
				personId,
				fields: parsed.data,
				ip: event.getClientAddress()
			});
			return {
				success: changed.length > 0 ? 'Ihr Profil ist gespeichert.' : 'Es gab nichts zu ändern.'
			};
		} catch (caught) {
			const failure = directoryFailure(caught, formData);
			return fail(failure.status, { ...failure.data, topicIds });
		}
	},
	create: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, createForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await createOwnPerson({ actor, ...parsed.data });
		} catch (caught) {
			return directoryFailure(caught, formData);
		}
		return { success: 'Ihr Eintrag im Verzeichnis ist angelegt. Ergänzen Sie ihn jetzt.' };
	}
};
