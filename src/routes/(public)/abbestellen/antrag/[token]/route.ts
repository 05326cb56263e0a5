import { unsubscribeRoute } from '$lib/server/mail/unsubscribe-route';
import {
	applyCommentMailUnsubscribe,
	describeCommentMailUnsubscribe
} from '$lib/server/motions/comments/notifications/unsubscribe';

const link = {
	describe: describeCommentMailUnsubscribe,
	done: () => 'Abbestellt: keine Mails mehr zu Kommentaren an diesem Antrag.',
	invalid: 'Dieser Abmeldelink ist ungültig.'
};

/** The link in a comment mail: one click stops the mails about the motion the mail was about. */
export const route = unsubscribeRoute({
	...link,
	apply: (token) => applyCommentMailUnsubscribe(token, 'motion')
});

/** The page's second button: the mails about all of the person's motions. */
export const allMotions = unsubscribeRoute({
	...link,
	apply: (token) => applyCommentMailUnsubscribe(token, 'all')
});
