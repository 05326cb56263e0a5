import { error } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { getPerson } from '$lib/server/directory/get-person';
import { canManagePerson } from '$lib/server/directory/person-access';

export async function load(event) {
	requireAccess(event, 'public.read');
	const user = event.locals.user;
	const person = await getPerson({ actor: user, id: event.params.id });
	// Unknown and not visible look the same: nobody learns that a hidden person exists.
	if (!person) error(404, 'Diese Person ist hier nicht zu finden.');
	return {
		person,
		biographyHtml: person.biography
			? renderMarkdown(person.biography, { topHeadingLevel: 3 })
			: null,
		canEdit: await canManagePerson(user, person.id),
		// The contact form reaches people whose address the member may not see.
		canContact: person.hasHiddenEmail && can(user, 'network.read')
	};
}
