import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { berlinDay } from '$lib/shared/berlin-time';
import { requestImmediateAlerts } from '../alerts/request-immediate-alerts';
import { db } from '../db';
import { searchDocument } from '../search/schema';
import { event } from './schema';

/**
 * Keeps the events' rows in the one search table (`search_document`) in step with the events:
 * call `indexEvent` after an event was created, edited, cancelled or deleted. Public events are
 * found by everyone, members-only ones by the roles that read the network (`members` access, the
 * same rule as the event pages). The online link never goes into the row: search snippets are
 * shown to people who are not registered.
 */
export const EVENT_DOCUMENT_TYPE = 'event';

/** Rows per statement: keeps a reindex of every event within parameter limits. */
const BATCH = 200;

/** Writes (or removes, if the event is gone) the search row of one event. */
export async function indexEvent(eventId: string): Promise<void> {
	await indexEvents([eventId]);
}

/** Rebuilds the rows of every event and drops rows of events that no longer exist. */
export async function reindexAllEvents(): Promise<{ indexed: number; removed: number }> {
	const ids = (await db.select({ id: event.id }).from(event).orderBy(asc(event.id))).map(
		(row) => row.id
	);
	let indexed = 0;
	for (let start = 0; start < ids.length; start += BATCH) {
		indexed += (await indexEvents(ids.slice(start, start + BATCH))).indexed;
	}
	const removed = await db
		.delete(searchDocument)
		.where(
			and(
				eq(searchDocument.type, EVENT_DOCUMENT_TYPE),
				notExists(
					db
						.select({ one: sql`1` })
						.from(event)
						.where(eq(event.id, searchDocument.sourceId))
				)
			)
		)
		.returning({ id: searchDocument.id });
	return { indexed, removed: removed.length };
}

/** Same as `indexEvent` for many events at once. */
export async function indexEvents(eventIds: readonly string[]): Promise<{ indexed: number }> {
	if (eventIds.length === 0) return { indexed: 0 };
	const ids = [...new Set(eventIds)];
	const events = await db.select().from(event).where(inArray(event.id, ids));
	const found = new Set(events.map((row) => row.id));
	const gone = ids.filter((id) => !found.has(id));
	if (gone.length > 0) {
		await db
			.delete(searchDocument)
			.where(
				and(eq(searchDocument.type, EVENT_DOCUMENT_TYPE), inArray(searchDocument.sourceId, gone))
			);
	}
	if (events.length === 0) return { indexed: 0 };

	const rows = events.map((row): typeof searchDocument.$inferInsert => ({
		type: EVENT_DOCUMENT_TYPE,
		sourceId: row.id,
		title: row.title,
		body: [row.summary, row.description, row.location, row.organizerName ?? '']
			.filter((part) => part)
			.join('\n\n'),
		attachmentText: '',
		url: `/veranstaltungen/${row.id}`,
		// The day people name the event by: its start in Berlin (the date and year facets).
		date: berlinDay(row.startsAt),
		kind: row.kind,
		status: row.status,
		topicIds: [],
		districtAgs: null,
		councilType: null,
		organizationId: null,
		access: row.visibility === 'public' ? 'public' : 'members',
		readerFactionIds: [],
		readerUserIds: [],
		modifiedAt: new Date()
	}));
	await db
		.insert(searchDocument)
		.values(rows)
		.onConflictDoUpdate({
			target: [searchDocument.type, searchDocument.sourceId],
			set: Object.fromEntries(
				(
					[
						'title',
						'body',
						'attachmentText',
						'url',
						'date',
						'kind',
						'status',
						'topicIds',
						'districtAgs',
						'councilType',
						'organizationId',
						'access',
						'readerFactionIds',
						'readerUserIds',
						'modifiedAt'
					] as const
				).map((key) => [key, sql.raw(`excluded.${snakeCase(key)}`)])
			)
		});
	// Saved searches that mail at once look at what was just indexed.
	await requestImmediateAlerts();
	return { indexed: rows.length };
}

/** The database names the columns in snake case (drizzle `casing`); `excluded` needs them so. */
function snakeCase(key: string): string {
	return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
