import { absoluteUrl } from '$lib/server/auth/public-origin';
import { can, requireAccess } from '$lib/server/auth/policy';
import {
	createPersonalFeedAddress,
	deletePersonalFeedAddress,
	getPersonalFeedAddress
} from '$lib/server/events/calendar/personal-feed-address';

export async function load(event) {
	const actor = requireAccess(event, 'events.register');
	const address = await getPersonalFeedAddress(actor);
	return {
		address: address ? { url: address.url, createdAt: address.createdAt.toISOString() } : null,
		publicFeedUrl: absoluteUrl('/feeds/events.ics'),
		seesMembersEvents: can(actor, 'network.read')
	};
}

export const actions = {
	// Nothing to type: a click makes a new address (and ends the old one).
	create: async (event) => {
		const actor = requireAccess(event, 'events.register');
		const replaced = (await getPersonalFeedAddress(actor)) !== null;
		await createPersonalFeedAddress(actor);
		return {
			success: replaced
				? 'Die neue Adresse ist erstellt. Die bisherige funktioniert nicht mehr: Tragen Sie die neue in Ihrer Kalender-App ein.'
				: 'Ihre Kalender-Adresse ist erstellt.'
		};
	},
	delete: async (event) => {
		const actor = requireAccess(event, 'events.register');
		await deletePersonalFeedAddress(actor);
		return { success: 'Die Kalender-Adresse ist gelöscht und funktioniert nicht mehr.' };
	}
};
