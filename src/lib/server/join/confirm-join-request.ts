import { and, eq } from 'drizzle-orm';
import { personLabel, recordAudit } from '../audit/record-audit';
import { activeBoard } from '../auth/board-accounts';
import { absoluteUrl } from '../auth/public-origin';
import { user } from '../auth/schema';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { territorialUnit } from '../territory/schema';
import { boardNotificationMail } from './join-mails';
import { checkConfirmationToken } from './join-tokens';
import { joinRequest } from './schema';

/**
 * confirmable: the link is good and the request waits for it. confirmed: it was confirmed before
 * (a second click, a mail scanner); the person sees the same friendly page.
 */
export type ConfirmationState = 'confirmable' | 'confirmed' | 'expired' | 'invalid';

async function findByToken(token: string, now: Date) {
	const check = await checkConfirmationToken(token, now);
	if (check.status !== 'valid') return { state: check.status, request: null } as const;
	const [request] = await db
		.select({ id: joinRequest.id, status: joinRequest.status })
		.from(joinRequest)
		.where(eq(joinRequest.id, check.requestId));
	// Deleted after 30 days or pruned after a decision: the link leads nowhere any more.
	if (!request) return { state: 'invalid', request: null } as const;
	const state: ConfirmationState = request.status === 'unconfirmed' ? 'confirmable' : 'confirmed';
	return { state, request } as const;
}

/** For the page behind the link: what it can offer, without changing anything (GET). */
export async function confirmationState(
	token: string,
	now = new Date()
): Promise<ConfirmationState> {
	return (await findByToken(token, now)).state;
}

/**
 * Confirms on a deliberate click (POST): mail scanners that open every link must not confirm on
 * the person's behalf. The request then reaches the board, who get a mail each.
 */
export async function confirmJoinRequest(options: {
	token: string;
	ip?: string | null;
	now?: Date;
}): Promise<ConfirmationState> {
	const now = options.now ?? new Date();
	const found = await findByToken(options.token, now);
	if (found.state !== 'confirmable') return found.state;
	const [confirmed] = await db
		.update(joinRequest)
		.set({ status: 'open', confirmedAt: now })
		.where(and(eq(joinRequest.id, found.request.id), eq(joinRequest.status, 'unconfirmed')))
		.returning();
	if (!confirmed) return 'confirmed';

	const [district] = await db
		.select({ name: territorialUnit.name })
		.from(territorialUnit)
		.where(eq(territorialUnit.ags, confirmed.districtAgs));
	await recordAudit({
		actor: null,
		action: 'join.confirm',
		targetType: 'join_request',
		targetId: confirmed.id,
		targetLabel: personLabel(confirmed.name, confirmed.email),
		ip: options.ip
	});
	const board = await db.select({ email: user.email }).from(user).where(activeBoard);
	const mail = boardNotificationMail({
		name: confirmed.name,
		districtName: district?.name ?? confirmed.districtAgs,
		url: absoluteUrl(`/verwaltung/mitmachen/${confirmed.id}`)
	});
	for (const member of board) {
		await queueMail({ to: member.email, category: 'join.board_notification', ...mail });
	}
	return 'confirmed';
}
