import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
	TERM_BODY_KIND_LABELS,
	type TermBodyKind,
	type TermFields
} from '../../../shared/term-forms';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { body, territorialUnit } from '../schema';
import { insertTerms, type InsertedTerms, type InsertTermsOptions } from './insert-terms';
import { TermError } from './term-error';

/** A new Wahlperiode of one body, e.g. the Landtag's after its constituent session. */
export async function createTerm(
	options: {
		actor: SessionUser | null;
		bodyId: string;
		fields: TermFields;
		ip?: string | null;
	} & InsertTermsOptions
): Promise<{ id: string; mandatesEnded: number; organizationsEnded: number }> {
	assertCan(options.actor, 'directory.manage');
	const { result, bodyName } = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ name: body.name })
			.from(body)
			.where(and(eq(body.id, options.bodyId), isNull(body.oparlId)));
		if (!row) throw new TermError('body_not_found', 'bodyId');
		const result = await insertTerms(tx, [options.bodyId], options.fields, options);
		return { result, bodyName: row.name };
	});
	const id = result.termIds[0];
	if (!id) throw new TermError('same_start', 'startDate');
	await recordAudit({
		actor: options.actor,
		action: 'term.create',
		targetType: 'legislative_term',
		targetId: id,
		targetLabel: `${options.fields.name} – ${bodyName}`,
		details: {
			...options.fields,
			mandatesEnded: result.mandatesEnded,
			organizationsEnded: result.organizationsEnded
		},
		ip: options.ip
	});
	return { id, mandatesEnded: result.mandatesEnded, organizationsEnded: result.organizationsEnded };
}

/**
 * The same new Wahlperiode for every body of the given kinds at once, e.g. after a Kommunalwahl
 * for all Kreistage and Gemeindevertretungen. Bodies that already have a term beginning that day
 * are left as they are, so a second run adds nothing twice.
 */
export async function createTermsForKinds(
	options: {
		actor: SessionUser | null;
		kinds: TermBodyKind[];
		fields: TermFields;
		ip?: string | null;
	} & InsertTermsOptions
): Promise<InsertedTerms> {
	assertCan(options.actor, 'directory.manage');
	const result = await db.transaction(async (tx) => {
		const bodies = await tx
			.select({ id: body.id })
			.from(body)
			.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
			.where(and(inArray(territorialUnit.kind, options.kinds), isNull(body.oparlId)));
		if (bodies.length === 0) throw new TermError('no_bodies', 'kinds');
		return insertTerms(
			tx,
			bodies.map((row) => row.id),
			options.fields,
			options
		);
	});
	await recordAudit({
		actor: options.actor,
		action: 'term.create_many',
		targetType: 'legislative_term',
		targetLabel: `${options.fields.name} – ${options.kinds.map((kind) => TERM_BODY_KIND_LABELS[kind]).join(', ')}`,
		details: {
			...options.fields,
			kinds: options.kinds,
			bodies: result.termIds.length,
			skipped: result.skipped,
			mandatesEnded: result.mandatesEnded,
			organizationsEnded: result.organizationsEnded
		},
		ip: options.ip
	});
	return result;
}
