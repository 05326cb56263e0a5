import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { proposalForm, type ProposalInput } from '../../shared/landtag';
import { assertActsFor, loadLandtagActor } from './access';
import { newProposalMail } from './mail-text';
import { landtagFactionRecipients } from './recipients';
import { landtagProposal } from './schema';

export interface CreateProposalOptions {
	actor: SessionUser | null;
	input: ProposalInput;
}

/** A member proposes a topic to the Landtag faction in the name of a faction they sit in. */
export async function createProposal(options: CreateProposalOptions): Promise<{ id: string }> {
	assertCan(options.actor, 'network.contribute');
	const input = proposalForm.parse(options.input);
	const actor = await loadLandtagActor(options.actor);
	const factionLabel = assertActsFor(actor, input.factionId);
	const [row] = await db
		.insert(landtagProposal)
		.values({ ...input, proposedById: actor.user.id })
		.returning({ id: landtagProposal.id });
	const id = row!.id;
	await recordAudit({
		actor: actor.user,
		action: 'landtag.proposal_create',
		targetType: 'landtag_proposal',
		targetId: id,
		targetLabel: input.title
	});
	const mail = newProposalMail({
		id,
		title: input.title,
		description: input.description,
		factionLabel
	});
	for (const recipient of await landtagFactionRecipients()) {
		if (recipient.userId === actor.user.id) continue;
		await queueMail({ to: recipient.email, ...mail, category: 'landtag.proposal' });
	}
	return { id };
}
