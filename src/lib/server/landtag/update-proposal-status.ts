import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { queueMail } from '../mail/queue-mail';
import { proposalStatusForm, type ProposalStatusInput } from '../../shared/landtag';
import { requireLandtagFaction } from './access';
import { LandtagNotFoundError } from './errors';
import { proposalStatusMail } from './mail-text';
import { landtagProposal } from './schema';

export interface UpdateProposalStatusOptions {
	actor: SessionUser | null;
	proposalId: string;
	input: ProposalStatusInput;
}

/**
 * The Landtag faction sets a proposal's status and answers. The proposer hears of it by mail
 * when the status changes (a corrected reply alone sends nothing).
 */
export async function updateProposalStatus(options: UpdateProposalStatusOptions): Promise<void> {
	const { user: actor } = await requireLandtagFaction(options.actor);
	const input = proposalStatusForm.parse(options.input);
	const notFound = new LandtagNotFoundError('Diesen Vorschlag gibt es nicht.');
	if (!isUuid(options.proposalId)) throw notFound;
	const result = await db.transaction(async (tx) => {
		const [before] = await tx
			.select({
				title: landtagProposal.title,
				status: landtagProposal.status,
				proposerEmail: user.email,
				proposerActive: user.deactivatedAt
			})
			.from(landtagProposal)
			.leftJoin(user, eq(user.id, landtagProposal.proposedById))
			.where(eq(landtagProposal.id, options.proposalId))
			.for('update', { of: landtagProposal });
		if (!before) throw notFound;
		const changed = before.status !== input.status;
		await tx
			.update(landtagProposal)
			.set({
				status: input.status,
				reply: input.reply,
				modifiedAt: new Date(),
				...(changed ? { statusChangedAt: new Date(), statusChangedById: actor.id } : {})
			})
			.where(eq(landtagProposal.id, options.proposalId));
		return { before, changed };
	});
	await recordAudit({
		actor,
		action: 'landtag.proposal_status',
		targetType: 'landtag_proposal',
		targetId: options.proposalId,
		targetLabel: result.before.title,
		details: { from: result.before.status, to: input.status }
	});
	const { proposerEmail, proposerActive } = result.before;
	if (result.changed && proposerEmail && proposerActive === null) {
		await queueMail({
			to: proposerEmail,
			...proposalStatusMail({
				id: options.proposalId,
				title: result.before.title,
				status: input.status,
				reply: input.reply
			}),
			category: 'landtag.proposal_status'
		});
	}
}
