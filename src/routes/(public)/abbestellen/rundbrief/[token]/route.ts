import { unsubscribeRoute } from '$lib/server/mail/unsubscribe-route';
import {
	applyNewsletterUnsubscribe,
	describeNewsletterUnsubscribe
} from '$lib/server/newsletter/opt-out';

/** The link in every Rundbrief: it stops all Rundbriefe of its person. */
export const route = unsubscribeRoute({
	describe: describeNewsletterUnsubscribe,
	apply: applyNewsletterUnsubscribe,
	done: () => 'Abbestellt: Sie erhalten keine Rundbriefe mehr.',
	invalid:
		'Dieser Abmeldelink ist ungültig oder das Konto gibt es nicht mehr. Nach der Anmeldung stellen Sie Rundbriefe unter „Konto“ ab.'
});
