import { eq } from 'drizzle-orm';
import type { OparlVersion } from '$lib/shared/oparl';
import type { Database } from '../../db';
import { oparlBody, oparlSource } from '../schema';
import { storeOparlObject } from '../store/store-object';
import type { StoreOparlObjectResult } from '../store/types';

export interface OparlSourceWithBodyOptions {
	/** Defaults to a unique `https://ris.example.test/<n>/oparl/v1/system`. */
	systemUrl?: string;
	name?: string;
	oparlVersion?: OparlVersion;
	bodyName?: string;
	bodyShortName?: string;
	/** Defaults to `<system base>/body/1`. */
	bodyUrl?: string;
	ags?: string | null;
	/** Followed bodies are the ones pages show and syncs read (default true). */
	followed?: boolean;
	directoryBodyId?: string | null;
	/** Extra fields of the raw Body (list URLs and the like). */
	bodyFields?: Record<string, unknown>;
}

export interface OparlSourceWithBody {
	sourceId: string;
	/** `oparl_body.objectId` (= the Body's `oparl_object.id`): what pages and follows use. */
	bodyId: string;
	systemUrl: string;
	bodyUrl: string;
	/** Base for the ids of the body's objects: `${base}/paper/1` and so on. */
	base: string;
}

let sequence = 0;

/**
 * Test helper: a source with one body stored the way a sync stores it (raw Body through
 * `storeOparlObject`, so its projection and list URLs exist), without any HTTP.
 */
export async function createOparlSourceWithBody(
	database: Database,
	options: OparlSourceWithBodyOptions = {}
): Promise<OparlSourceWithBody> {
	sequence += 1;
	const systemUrl =
		options.systemUrl ??
		`https://ris.example.test/${Date.now().toString(36)}-${sequence}/oparl/v1/system`;
	const root = systemUrl.replace(/\/system\/?$/, '');
	const bodyUrl = options.bodyUrl ?? `${root}/body/1`;
	const version = options.oparlVersion ?? '1.1';
	const [source] = await database
		.insert(oparlSource)
		.values({
			systemUrl,
			name: options.name ?? 'Test-Ratsinformationssystem',
			oparlVersion: version
		})
		.returning({ id: oparlSource.id });
	const sourceId = source!.id;
	const stored = await database.transaction((tx) =>
		storeOparlObject(
			tx,
			{ sourceId, bodyId: null },
			{
				id: bodyUrl,
				type: `https://schema.oparl.org/${version}/Body`,
				system: systemUrl,
				name: options.bodyName ?? 'Gemeinde Testhausen',
				...(options.bodyShortName ? { shortName: options.bodyShortName } : {}),
				...(options.ags ? { ags: options.ags } : {}),
				paper: `${bodyUrl}/paper`,
				meeting: `${bodyUrl}/meeting`,
				person: `${bodyUrl}/person`,
				organization: `${bodyUrl}/organization`,
				created: '2024-01-01T00:00:00+01:00',
				modified: '2024-01-01T00:00:00+01:00',
				...options.bodyFields
			}
		)
	);
	const bodyId = stored.objectId!;
	await database
		.update(oparlBody)
		.set({
			followed: options.followed ?? true,
			directoryBodyId: options.directoryBodyId ?? null
		})
		.where(eq(oparlBody.objectId, bodyId));
	return { sourceId, bodyId, systemUrl, bodyUrl, base: bodyUrl };
}

/**
 * Test helper: stores raw OParl objects (fixture JSON or hand-written) into a body in one
 * transaction, exactly as a sync would. Returns one result per object, in order.
 */
export async function storeFixtureObjects(
	database: Database,
	sourceId: string,
	bodyId: string,
	raws: readonly unknown[],
	options: { runId?: string } = {}
): Promise<StoreOparlObjectResult[]> {
	const reportedOnce = new Set<string>();
	return database.transaction(async (tx) => {
		const results: StoreOparlObjectResult[] = [];
		for (const raw of raws) {
			results.push(
				await storeOparlObject(tx, { sourceId, bodyId, reportedOnce }, raw, {
					runId: options.runId
				})
			);
		}
		return results;
	});
}
