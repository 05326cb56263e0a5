import { queueMail } from '../../mail/queue-mail';
import type { AccountRole } from '../../../shared/roles';
import { invitationMail } from '../mails/account-mails';
import { absoluteUrl } from '../public-origin';

export async function sendInvitationMail(input: {
	email: string;
	role: AccountRole;
	token: string;
	expiresAt: Date;
	inviterName: string | null;
}): Promise<void> {
	const mail = invitationMail({
		inviterName: input.inviterName,
		role: input.role,
		url: absoluteUrl(`/einladung/${input.token}`),
		expiresAt: input.expiresAt
	});
	await queueMail({ to: input.email, category: 'auth.invitation', ...mail });
}
