import { eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { OPARL_SOURCE_DEFAULTS, type OparlVersion } from '$lib/shared/oparl';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { HostGuard } from '../http/host-guard';
import { OparlClient } from '../http/oparl-client';
import { oparlBody, oparlObject, oparlSource } from '../schema';
import { storeOparlObject } from '../store/store-object';
import { AddOparlSourceError } from './add-source-error';
import { readSystem } from './read-system';

export { AddOparlSourceError } from './add-source-error';

export interface AddedOparlSource {
	sourceId: string;
	name: string;
	oparlVersion: OparlVersion;
	/** The source's bodies, none followed yet. */
	bodies: { bodyId: string; oparlId: string; name: string; shortName: string | null }[];
}

export interface AddOparlSourceOptions {
	/** For tests against slow or faulty servers; the source's own settings apply to syncs. */
	timeoutMs?: number;
	signal?: AbortSignal;
}

const systemUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Reads an OParl System and its bodies and creates the source with them (no body followed:
 * the board picks). `actor` is the board member, or 'cli' for the operator's command line.
 * Throws `AddOparlSourceError` with a German message for anything the board can fix.
 */
export async function addOparlSource(
	systemUrl: string,
	actor: SessionUser | 'cli',
	options: AddOparlSourceOptions = {}
): Promise<AddedOparlSource> {
	if (actor !== 'cli') assertCan(actor, 'oparl.manage');
	const url = systemUrl.trim();
	if (!systemUrlSchema.safeParse(url).success) {
		throw new AddOparlSourceError(
			'invalid_url',
			'Bitte die vollständige Adresse mit http:// oder https:// angeben.'
		);
	}
	await assertNew([url]);

	const client = new OparlClient({
		requestsPerSecond: OPARL_SOURCE_DEFAULTS.requestsPerSecond,
		concurrency: 1,
		timeoutMs: options.timeoutMs ?? 15_000,
		retries: 1,
		maxRetryAfterMs: 5_000,
		signal: options.signal,
		// Only the host the board typed: a Body URL pointing at a System elsewhere is refused.
		guard: new HostGuard({ systemUrl: url })
	});
	const document = await readSystem(client, url);
	const canonical = typeof document.system.id === 'string' ? document.system.id : document.url;
	await assertNew([document.url, canonical]);

	const name =
		(typeof document.system.name === 'string' && document.system.name.trim()) ||
		new URL(document.url).host;
	const text = (key: string) =>
		typeof document.system[key] === 'string' ? (document.system[key] as string) : null;

	const added = await db.transaction(async (tx) => {
		const [source] = await tx
			.insert(oparlSource)
			.values({
				systemUrl: document.url,
				name,
				oparlVersion: document.version,
				vendor: text('vendor'),
				product: text('product'),
				website: text('website'),
				createdById: actor === 'cli' ? null : actor.id
			})
			.returning({ id: oparlSource.id });
		const sourceId = source!.id;
		const context = { sourceId, bodyId: null, reportedOnce: new Set<string>() };
		await storeOparlObject(tx, context, document.system, { expectedType: 'system' });
		const bodyIds: string[] = [];
		for (const body of document.bodies) {
			const stored = await storeOparlObject(tx, context, body, {
				expectedType: 'body',
				foundAt: typeof document.system.body === 'string' ? document.system.body : document.url
			});
			if (stored.objectId && stored.type === 'body' && stored.outcome !== 'deleted') {
				bodyIds.push(stored.objectId);
			}
		}
		const bodies = bodyIds.length
			? await tx
					.select({
						bodyId: oparlBody.objectId,
						oparlId: oparlObject.oparlId,
						name: oparlBody.name,
						shortName: oparlBody.shortName
					})
					.from(oparlBody)
					.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
					.where(inArray(oparlBody.objectId, bodyIds))
					.orderBy(oparlBody.name)
			: [];
		return { sourceId, bodies };
	});
	await recordAudit({
		actor: actor === 'cli' ? null : actor,
		action: 'oparl.source_add',
		targetType: 'oparl_source',
		targetId: added.sourceId,
		targetLabel: name,
		details: {
			systemUrl: document.url,
			bodies: added.bodies.length,
			via: actor === 'cli' ? 'Kommandozeile' : 'Weboberfläche'
		}
	});
	return {
		sourceId: added.sourceId,
		name,
		oparlVersion: document.version,
		bodies: added.bodies
	};
}

async function assertNew(urls: string[]): Promise<void> {
	const [existing] = await db
		.select({ id: oparlSource.id })
		.from(oparlSource)
		.where(or(...urls.map((url) => eq(oparlSource.systemUrl, url))));
	if (existing) {
		throw new AddOparlSourceError('exists', 'Diese Quelle ist bereits angelegt.', existing.id);
	}
}
