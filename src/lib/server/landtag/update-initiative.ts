import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { initiativeForm, type InitiativeInput } from '../../shared/landtag';
import { requireLandtagFaction } from './access';
import { LandtagNotFoundError } from './errors';
import { landtagInitiative } from './schema';

export interface UpdateInitiativeOptions {
	actor: SessionUser | null;
	initiativeId: string;
	input: InitiativeInput;
}

/**
 * The Landtag faction corrects an initiative, adds its Drucksache number or moves the deadline.
 * No second round of mails: the factions were asked once.
 */
export async function updateInitiative(options: UpdateInitiativeOptions): Promise<void> {
	const { user } = await requireLandtagFaction(options.actor);
	const input = initiativeForm.parse(options.input);
	if (!isUuid(options.initiativeId))
		throw new LandtagNotFoundError('Diese Initiative gibt es nicht.');
	const updated = await db
		.update(landtagInitiative)
		.set({ ...input, modifiedAt: new Date() })
		.where(eq(landtagInitiative.id, options.initiativeId))
		.returning({ id: landtagInitiative.id });
	if (updated.length === 0) throw new LandtagNotFoundError('Diese Initiative gibt es nicht.');
	await recordAudit({
		actor: user,
		action: 'landtag.initiative_update',
		targetType: 'landtag_initiative',
		targetId: options.initiativeId,
		targetLabel: input.title
	});
}
