import { and, eq } from 'drizzle-orm';
import PQueue from 'p-queue';
import {
	OPARL_OBJECT_TYPE_LABELS,
	type OparlObjectType,
	type SyncRunKind,
	type SyncRunStatus
} from '$lib/shared/oparl';
import { db } from '../../db';
import { OparlFetchError } from '../http/fetch-error';
import { HostGuard } from '../http/host-guard';
import { OparlClient, type OparlClientOptions } from '../http/oparl-client';
import { oparlBody, oparlObject, oparlSource, oparlSyncRun } from '../schema';
import { claimRun, type SyncRun } from './claim-run';
import { detectVanishedObjects } from './detect-vanished';
import { fillPlaceholders, PLACEHOLDERS_PER_RUN } from './fill-placeholders';
import { HEARTBEAT_INTERVAL_MS, markRunActive, markRunInactive } from './run-liveness';
import { defaultSyncHooks, type SyncHooks } from './sync-hooks';
import { SyncSession, type SyncCounters, type SyncProgressEvent } from './sync-session';
import { walkList, type ListSpec } from './walk-list';

export interface RunOparlSyncOptions {
	sourceId: string;
	/** Default incremental (a full import when there was no successful run yet). */
	kind?: SyncRunKind;
	startedById?: string | null;
	/** Ctrl+C, a stopping job: the run ends as interrupted and the next one resumes it. */
	signal?: AbortSignal;
	onProgress?: (event: SyncProgressEvent) => void;
	hooks?: SyncHooks;
	placeholderLimit?: number;
	/** Overrides of the source's HTTP settings (tests: short backoff). */
	client?: Partial<OparlClientOptions>;
}

export interface SyncSummary extends SyncCounters {
	runId: string;
	sourceId: string;
	kind: SyncRunKind;
	status: SyncRunStatus;
	resumed: boolean;
	listsRead: number;
	listsFailed: number;
	error: string | null;
	startedAt: Date;
	finishedAt: Date | null;
}

export class OparlSourceNotFoundError extends Error {
	constructor(readonly sourceId: string) {
		super('Diese Ratsinfo-Quelle gibt es nicht (mehr).');
		this.name = 'OparlSourceNotFoundError';
	}
}

/** The lists of a Body that are walked, in this order (what others reference comes first). */
const BODY_LISTS: readonly { field: string; type: OparlObjectType }[] = [
	{ field: 'organization', type: 'organization' },
	{ field: 'person', type: 'person' },
	{ field: 'legislativeTermList', type: 'legislativeTerm' },
	{ field: 'meeting', type: 'meeting' },
	{ field: 'paper', type: 'paper' }
];

/**
 * One import run of a source: the System and its body list, then every list of each followed
 * body (several at once, as the source's concurrency allows), then placeholders. Every page is
 * committed with its cursor, so a killed run is resumed by the next call; a list that cannot be
 * read to its end makes the run `failed` (the next incremental run asks again from the last
 * successful one's start), everything else is a problem in the report.
 */
export async function runOparlSync(options: RunOparlSyncOptions): Promise<SyncSummary> {
	const [source] = await db.select().from(oparlSource).where(eq(oparlSource.id, options.sourceId));
	if (!source) throw new OparlSourceNotFoundError(options.sourceId);
	const { run, resumed } = await claimRun(
		source,
		options.kind ?? 'incremental',
		options.startedById
	);
	markRunActive(run.id);
	const client = new OparlClient({
		requestsPerSecond: source.requestsPerSecond,
		concurrency: source.concurrency,
		timeoutMs: source.timeoutSeconds * 1000,
		signal: options.signal,
		guard: new HostGuard({ systemUrl: source.systemUrl, allowedHosts: source.allowedHosts }),
		...options.client
	});
	const session = new SyncSession(
		run,
		source,
		client,
		options.hooks ?? defaultSyncHooks,
		options.onProgress,
		options.signal
	);
	const timer = setInterval(
		() => void session.heartbeat().catch(() => undefined),
		HEARTBEAT_INTERVAL_MS
	);
	timer.unref();
	let listsRead = 0;
	let listsFailed = 0;
	let status: SyncRunStatus = 'succeeded';
	let error: string | null = null;
	try {
		session.report('System');
		const bodyListUrl = await refreshSystem(session);
		if (bodyListUrl) {
			const ok = await walkList(session, {
				key: bodyListUrl,
				url: bodyListUrl,
				type: 'body',
				bodyId: null,
				label: 'Körperschaften',
				incremental: false
			});
			listsRead += 1;
			if (!ok) listsFailed += 1;
		}
		const lists = await followedLists(source.id);
		if (lists.length === 0) {
			status = 'failed';
			error = 'Keiner Körperschaft dieser Quelle wird gefolgt; bitte zuerst eine auswählen.';
		} else {
			const queue = new PQueue({ concurrency: Math.max(1, source.concurrency) });
			const outcomes = await Promise.all(
				lists.map((list) => queue.add(() => walkList(session, list)))
			);
			listsRead += outcomes.length;
			listsFailed += outcomes.filter((ok) => !ok).length;
			await detectVanishedObjects(session, lists, outcomes);
			await fillPlaceholders(session, options.placeholderLimit ?? PLACEHOLDERS_PER_RUN);
			if (listsFailed > 0) {
				status = 'failed';
				error =
					listsFailed === 1
						? 'Eine Liste konnte nicht vollständig gelesen werden (siehe Probleme); der nächste Lauf liest sie erneut.'
						: `${listsFailed} Listen konnten nicht vollständig gelesen werden (siehe Probleme); der nächste Lauf liest sie erneut.`;
			}
		}
		await session.drained();
	} catch (caught) {
		await session.drained().catch(() => undefined);
		if (options.signal?.aborted) {
			status = 'interrupted';
			error = 'Abgebrochen; der nächste Lauf setzt an dieser Stelle fort.';
		} else {
			status = 'failed';
			error = `Abgleich abgebrochen: ${caught instanceof Error ? caught.message : String(caught)}`;
			console.error(`OParl-Abgleich der Quelle ${source.name} fehlgeschlagen:`, caught);
		}
	} finally {
		clearInterval(timer);
	}
	const finishedAt = status === 'interrupted' ? null : new Date();
	try {
		await finishRun(session, run, status, error, finishedAt);
	} finally {
		// Even when the database is gone: this process no longer works on the run.
		markRunInactive(run.id);
	}
	if (status !== 'interrupted') {
		try {
			await session.hooks.afterRun(source.id);
		} catch (caught) {
			// Matching is a suggestion for the board; it must not turn a good import into a bad one.
			console.error('Abgleich mit dem Verzeichnis nach dem Import fehlgeschlagen:', caught);
		}
	}
	return {
		...session.counters,
		runId: run.id,
		sourceId: source.id,
		kind: run.kind,
		status,
		resumed,
		listsRead,
		listsFailed,
		error,
		startedAt: run.startedAt,
		finishedAt
	};
}

async function finishRun(
	session: SyncSession,
	run: SyncRun,
	status: SyncRunStatus,
	error: string | null,
	finishedAt: Date | null
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.update(oparlSyncRun)
			.set({
				...session.counters,
				requests: run.requests + session.client.stats.requests,
				bytesFetched: run.bytesFetched + session.client.stats.bytes,
				status,
				error,
				finishedAt,
				heartbeatAt: new Date()
			})
			.where(eq(oparlSyncRun.id, run.id));
		if (status === 'succeeded') {
			// The next incremental run asks for changes since this run began (not since it ended:
			// what changed while it ran may be on pages it had already read).
			await tx
				.update(oparlSource)
				.set({ lastSuccessfulSyncStartedAt: run.startedAt, lastSuccessfulSyncAt: finishedAt })
				.where(eq(oparlSource.id, run.sourceId));
		}
	});
}

/**
 * Fetches the System again (its body list may have moved) and stores it; falls back to the
 * stored one when the server does not answer, so the lists can still be tried.
 */
async function refreshSystem(session: SyncSession): Promise<string | null> {
	const url = session.source.systemUrl;
	try {
		const { data } = await session.client.getJson(url, session.signal);
		await session.write(
			{ url, items: [data], expectedType: 'system', bodyId: null, page: false },
			'System'
		);
		const body = (data as Record<string, unknown> | null)?.body;
		if (typeof body === 'string') return body;
	} catch (caught) {
		if (!(caught instanceof OparlFetchError)) throw caught;
		await session.recordProblems([
			{ kind: caught.kind, url, message: `System nicht abrufbar: ${caught.message}` }
		]);
	}
	const [stored] = await db
		.select({ raw: oparlObject.raw })
		.from(oparlObject)
		.where(
			and(
				eq(oparlObject.sourceId, session.source.id),
				eq(oparlObject.oparlId, url),
				eq(oparlObject.type, 'system')
			)
		);
	const body = stored?.raw?.body;
	return typeof body === 'string' ? body : null;
}

async function followedLists(sourceId: string): Promise<ListSpec[]> {
	const bodies = await db
		.select({ id: oparlBody.objectId, name: oparlBody.name, listUrls: oparlBody.listUrls })
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.where(
			and(
				eq(oparlBody.sourceId, sourceId),
				eq(oparlBody.followed, true),
				eq(oparlObject.deleted, false)
			)
		)
		.orderBy(oparlBody.name);
	return bodies.flatMap((body) =>
		BODY_LISTS.flatMap(({ field, type }) => {
			const url = body.listUrls[field];
			return url
				? [
						{
							key: url,
							url,
							type,
							bodyId: body.id,
							label: `${body.name}: ${OPARL_OBJECT_TYPE_LABELS[type]}`,
							incremental: true
						}
					]
				: [];
		})
	);
}
