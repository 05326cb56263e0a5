import { and, eq, inArray, or } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { oparlBody, oparlObject, oparlSource } from '../schema';

export class UnknownBodyError extends Error {
	constructor(readonly given: string[]) {
		super(`Unbekannte Körperschaft: ${given.join(', ')}`);
		this.name = 'UnknownBodyError';
	}
}

/**
 * Follows bodies of a source from the command line: `all`, or bodies by their id here or their
 * OParl id. Returns the names of the bodies now followed.
 */
export async function followBodiesFromCli(
	sourceId: string,
	selectors: string[]
): Promise<string[]> {
	const bodies = await db
		.select({ id: oparlBody.objectId, oparlId: oparlObject.oparlId, name: oparlBody.name })
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.where(and(eq(oparlBody.sourceId, sourceId), eq(oparlObject.deleted, false)));
	const all = selectors.some((selector) => selector.toLowerCase() === 'all');
	const chosen = all
		? bodies
		: bodies.filter((body) => selectors.includes(body.id) || selectors.includes(body.oparlId));
	if (!all) {
		const unknown = selectors.filter(
			(selector) => !bodies.some((body) => body.id === selector || body.oparlId === selector)
		);
		if (unknown.length > 0) throw new UnknownBodyError(unknown);
	}
	if (chosen.length === 0) return [];
	await db
		.update(oparlBody)
		.set({ followed: true })
		.where(
			inArray(
				oparlBody.objectId,
				chosen.map((body) => body.id)
			)
		);
	const [source] = await db
		.select({ name: oparlSource.name })
		.from(oparlSource)
		.where(eq(oparlSource.id, sourceId));
	await recordAudit({
		actor: null,
		action: 'oparl.bodies_follow',
		targetType: 'oparl_source',
		targetId: sourceId,
		targetLabel: source?.name,
		details: { followed: chosen.map((body) => body.name), via: 'Kommandozeile' }
	});
	return chosen.map((body) => body.name);
}

/** A source by its id or System URL. */
export async function findSourceId(selector: string): Promise<string | null> {
	const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(selector);
	const [found] = await db
		.select({ id: oparlSource.id })
		.from(oparlSource)
		.where(
			isUuid
				? or(eq(oparlSource.id, selector), eq(oparlSource.systemUrl, selector))
				: eq(oparlSource.systemUrl, selector)
		);
	return found?.id ?? null;
}
