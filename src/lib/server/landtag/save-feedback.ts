import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { feedbackForm, isFeedbackOpen, type FeedbackInput } from '../../shared/landtag';
import { assertActsFor, loadLandtagActor } from './access';
import { LandtagError, LandtagNotFoundError } from './errors';
import { landtagFeedback, landtagInitiative } from './schema';

export interface SaveFeedbackOptions {
	actor: SessionUser | null;
	initiativeId: string;
	input: FeedbackInput;
	now?: Date;
}

/**
 * A member answers an initiative for their faction. Each faction has one answer, which its
 * members may rewrite until the deadline day ends; after that it stands as it was.
 */
export async function saveFeedback(options: SaveFeedbackOptions): Promise<{ id: string }> {
	assertCan(options.actor, 'network.contribute');
	const input = feedbackForm.parse(options.input);
	const actor = await loadLandtagActor(options.actor);
	const notFound = new LandtagNotFoundError('Diese Initiative gibt es nicht.');
	if (!isUuid(options.initiativeId)) throw notFound;
	const [initiative] = await db
		.select({
			id: landtagInitiative.id,
			question: landtagInitiative.feedbackQuestion,
			deadline: landtagInitiative.feedbackDeadline
		})
		.from(landtagInitiative)
		.where(eq(landtagInitiative.id, options.initiativeId));
	if (!initiative) throw notFound;
	if (initiative.question === null)
		throw new LandtagError('Zu dieser Initiative ist keine Rückmeldung erbeten.');
	if (!isFeedbackOpen(initiative.deadline, options.now))
		throw new LandtagError('Die Frist für Rückmeldungen ist abgelaufen.');
	assertActsFor(actor, input.factionId);
	const now = new Date();
	const [row] = await db
		.insert(landtagFeedback)
		.values({
			initiativeId: initiative.id,
			factionId: input.factionId,
			body: input.body,
			authorId: actor.user.id
		})
		.onConflictDoUpdate({
			target: [landtagFeedback.initiativeId, landtagFeedback.factionId],
			set: { body: input.body, authorId: actor.user.id, modifiedAt: now }
		})
		.returning({ id: landtagFeedback.id });
	return { id: row!.id };
}
