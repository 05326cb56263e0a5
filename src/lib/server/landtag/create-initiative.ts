import { recordAudit } from '../audit/record-audit';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { initiativeForm, type InitiativeInput } from '../../shared/landtag';
import { requireLandtagFaction } from './access';
import { feedbackRequestMail } from './mail-text';
import { municipalFactionAdmins } from './recipients';
import { landtagInitiative } from './schema';

export interface CreateInitiativeOptions {
	actor: SessionUser | null;
	input: InitiativeInput;
}

/**
 * The Landtag faction posts an initiative. With a feedback question, every faction admin of a
 * municipal faction gets a mail asking for their faction's answer by the deadline.
 */
export async function createInitiative(options: CreateInitiativeOptions): Promise<{ id: string }> {
	const { user } = await requireLandtagFaction(options.actor);
	const input = initiativeForm.parse(options.input);
	const [row] = await db
		.insert(landtagInitiative)
		.values({ ...input, createdById: user.id })
		.returning({ id: landtagInitiative.id });
	const id = row!.id;
	await recordAudit({
		actor: user,
		action: 'landtag.initiative_create',
		targetType: 'landtag_initiative',
		targetId: id,
		targetLabel: input.title
	});
	if (input.feedbackQuestion && input.feedbackDeadline) {
		const mail = feedbackRequestMail({
			id,
			type: input.type,
			title: input.title,
			feedbackQuestion: input.feedbackQuestion,
			feedbackDeadline: input.feedbackDeadline
		});
		for (const recipient of await municipalFactionAdmins()) {
			if (recipient.userId === user.id) continue;
			await queueMail({ to: recipient.email, ...mail, category: 'landtag.feedback_request' });
		}
	}
	return { id };
}
