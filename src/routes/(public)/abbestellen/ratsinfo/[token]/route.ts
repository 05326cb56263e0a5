import { unsubscribeRoute } from '$lib/server/mail/unsubscribe-route';
import { applyUnfollowLink, describeUnfollowLink } from '$lib/server/oparl/briefings/unfollow-link';

/** The link in every briefing: it stops following that council (the body and its Gremien). */
export const route = unsubscribeRoute({
	describe: describeUnfollowLink,
	apply: applyUnfollowLink,
	done: (info) => `Abbestellt: Sie erhalten keine Mails mehr zu ${info.bodyName}.`,
	invalid:
		'Dieser Abmeldelink ist ungültig oder die Vertretung gibt es im Ratsinfo nicht mehr. Nach der Anmeldung verwalten Sie gefolgte Räte unter „Konto“.'
});
