import type { SessionUser } from '../../auth/types';
import { queueMail } from '../../mail/queue-mail';
import { unsubscribeHeaders } from '../../mail/unsubscribe-headers';
import type { BriefingMail } from './briefing-mail';
import { unfollowUrl } from './unfollow-link';

/**
 * Queues a mail about a followed council's meeting for one follower, with the signed link that
 * stops that council's mails in its text (`build` gets it) and as List-Unsubscribe (one click).
 */
export async function mailFollower(
	recipient: SessionUser,
	bodyId: string,
	category: 'oparl.briefing' | 'oparl.briefing-update',
	build: (unfollowUrl: string) => BriefingMail
): Promise<void> {
	const unsubscribe = await unfollowUrl(recipient.id, bodyId);
	const mail = build(unsubscribe);
	await queueMail({
		to: recipient.email,
		subject: mail.subject,
		text: mail.text,
		html: mail.html,
		category,
		headers: unsubscribeHeaders(unsubscribe)
	});
}
