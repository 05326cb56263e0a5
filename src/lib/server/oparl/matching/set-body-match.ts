import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { body as directoryBody } from '../../territory/schema';
import { oparlBody, oparlOrganization, oparlPerson, oparlPersonMatch } from '../schema';
import { requestOparlBodyReindex } from '../search/search-jobs';
import { MatchingError } from './matching-error';
import { runMatching, type MatchingResult } from './run-matching';

/**
 * The board ties an imported body to a directory body (or unties it, `directoryBodyId` null),
 * where the automatic match was not certain. Organization matches and open person suggestions
 * made for the former body go, and the new body's are made at once; confirmed persons stay
 * confirmed (the board decided those one by one).
 */
export async function setBodyMatch(options: {
	actor: SessionUser | null;
	oparlBodyId: string;
	directoryBodyId: string | null;
	ip?: string | null;
}): Promise<MatchingResult | null> {
	assertCan(options.actor, 'oparl.manage');
	const [imported] = await db
		.select({
			sourceId: oparlBody.sourceId,
			name: oparlBody.name,
			directoryBodyId: oparlBody.directoryBodyId
		})
		.from(oparlBody)
		.where(eq(oparlBody.objectId, options.oparlBodyId))
		.limit(1);
	if (!imported) throw new MatchingError('body_not_found');
	let directoryName: string | null = null;
	if (options.directoryBodyId) {
		const [target] = await db
			.select({ name: directoryBody.name })
			.from(directoryBody)
			.where(eq(directoryBody.id, options.directoryBodyId))
			.limit(1);
		if (!target) throw new MatchingError('directory_body_not_found');
		directoryName = target.name;
	}
	if (imported.directoryBodyId === options.directoryBodyId) {
		// Confirms what the automatic matching chose: it stays even if the names drift apart.
		await db
			.update(oparlBody)
			.set({ directoryMatchFixed: true })
			.where(eq(oparlBody.objectId, options.oparlBodyId));
		return null;
	}
	await db.transaction(async (tx) => {
		await tx
			.update(oparlBody)
			.set({ directoryBodyId: options.directoryBodyId, directoryMatchFixed: true })
			.where(eq(oparlBody.objectId, options.oparlBodyId));
		await tx
			.update(oparlOrganization)
			.set({ directoryOrganizationId: null, directoryMatchFixed: false })
			.where(eq(oparlOrganization.bodyId, options.oparlBodyId));
		const persons = tx
			.select({ id: oparlPerson.objectId })
			.from(oparlPerson)
			.where(eq(oparlPerson.bodyId, options.oparlBodyId));
		await tx
			.delete(oparlPersonMatch)
			.where(
				and(
					eq(oparlPersonMatch.status, 'suggested'),
					inArray(oparlPersonMatch.oparlPersonId, persons)
				)
			);
	});
	// Its search rows carry the directory body's district and council type.
	await requestOparlBodyReindex(db, [options.oparlBodyId]);
	await recordAudit({
		actor: options.actor,
		action: 'oparl.body_match',
		targetType: 'oparl_body',
		targetId: options.oparlBodyId,
		targetLabel: imported.name,
		details: { directoryBody: directoryName },
		ip: options.ip
	});
	return options.directoryBodyId ? runMatching(db, imported.sourceId) : null;
}
