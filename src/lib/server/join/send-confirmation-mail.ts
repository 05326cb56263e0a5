import { absoluteUrl } from '../auth/public-origin';
import { instanceConfig } from '../instance/instance-config';
import { queueMail } from '../mail/queue-mail';
import { confirmationMail } from './join-mails';
import { CONFIRMATION_VALID_MS, createConfirmationToken } from './join-tokens';

export async function sendConfirmationMail(options: {
	requestId: string;
	email: string;
	now: Date;
}): Promise<void> {
	const token = await createConfirmationToken(options.requestId, options.now);
	await queueMail({
		to: options.email,
		category: 'join.confirm',
		...confirmationMail({
			networkName: instanceConfig().networkName,
			url: absoluteUrl(`/mitmachen/bestaetigen/${token}`),
			expiresAt: new Date(options.now.getTime() + CONFIRMATION_VALID_MS)
		})
	});
}
