import { and, asc, eq, gt, notExists, sql } from 'drizzle-orm';
import { db } from '../../db';
import { OparlFetchError } from '../http/fetch-error';
import { oparlObject, oparlProblem } from '../schema';
import type { ProblemDraft } from '../store/types';
import type { SyncSession } from './sync-session';

/** Per run: a source with thousands of dangling references must not make every run endless. */
export const PLACEHOLDERS_PER_RUN = 500;
/** A reference that led nowhere is asked again after this long, not every run. */
const DANGLING_RETRY_MS = 7 * 24 * 60 * 60 * 1000;
const CHUNK = 25;

/**
 * Fetches referenced objects no list delivered, each at its own URL, and stores them over their
 * placeholders. Those that cannot be fetched are reported as dangling references.
 * Returns how many placeholders were filled.
 */
export async function fillPlaceholders(
	session: SyncSession,
	limit: number = PLACEHOLDERS_PER_RUN
): Promise<number> {
	const since = new Date(Date.now() - DANGLING_RETRY_MS);
	const placeholders = await db
		.select({
			id: oparlObject.id,
			url: oparlObject.oparlId,
			type: oparlObject.type,
			bodyId: oparlObject.bodyId
		})
		.from(oparlObject)
		.where(
			and(
				eq(oparlObject.sourceId, session.source.id),
				eq(oparlObject.placeholder, true),
				eq(oparlObject.deleted, false),
				notExists(
					db
						.select({ one: sql`1` })
						.from(oparlProblem)
						.where(
							and(
								eq(oparlProblem.sourceId, session.source.id),
								eq(oparlProblem.kind, 'dangling_reference'),
								eq(oparlProblem.url, oparlObject.oparlId),
								gt(oparlProblem.createdAt, since)
							)
						)
				)
			)
		)
		.orderBy(asc(oparlObject.createdAt))
		.limit(limit);
	let filled = 0;
	for (let start = 0; start < placeholders.length; start += CHUNK) {
		session.signal?.throwIfAborted();
		const chunk = placeholders.slice(start, start + CHUNK);
		const fetched = await Promise.all(
			chunk.map((placeholder) =>
				session.client.getJson(placeholder.url, session.signal).then(
					({ data }) => ({ placeholder, data, error: null }),
					(error: unknown) => {
						if (error instanceof OparlFetchError) return { placeholder, data: null, error };
						throw error;
					}
				)
			)
		);
		const problems: ProblemDraft[] = [];
		for (const { placeholder, error } of fetched) {
			if (!error) continue;
			const gone = error.kind === 'http_error' && (error.status === 404 || error.status === 410);
			problems.push({
				kind: gone || error.kind === 'invalid_url' ? 'dangling_reference' : error.kind,
				url: placeholder.url,
				message: gone
					? `Verweis ins Leere: das Objekt (${placeholder.type}) ist nicht abrufbar (${error.message})`
					: `Verwiesenes Objekt (${placeholder.type}) nicht abrufbar: ${error.message}`
			});
		}
		const ok = fetched.filter((entry) => !entry.error);
		// One write per body: the body decides where typed rows belong.
		const byBody = new Map<string | null, typeof ok>();
		for (const entry of ok) {
			byBody.set(entry.placeholder.bodyId, [
				...(byBody.get(entry.placeholder.bodyId) ?? []),
				entry
			]);
		}
		if (byBody.size === 0 && problems.length > 0) await session.recordProblems(problems);
		let first = true;
		for (const [bodyId, entries] of byBody) {
			const { storedIds } = await session.write(
				{
					url: entries[0]!.placeholder.url,
					items: entries.map((entry) => entry.data),
					expectedType: (index) => entries[index]!.placeholder.type,
					bodyId,
					problems: first ? problems : [],
					page: false
				},
				'Verweise nachladen'
			);
			first = false;
			const wanted = new Set(entries.map((entry) => entry.placeholder.id));
			const count = storedIds.filter((id) => wanted.has(id)).length;
			filled += count;
			session.addPlaceholdersFilled(count);
		}
	}
	return filled;
}
