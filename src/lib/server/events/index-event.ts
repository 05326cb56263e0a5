import { inArray } from 'drizzle-orm';
import { berlinDay } from '$lib/shared/berlin-time';
import { db } from '../db';
import { searchIndex } from '../indexing/search-rows';
import { event } from './schema';

/**
 * Keeps the events' rows in the one search table (`search_document`) in step with the events:
 * call `indexEvent` after an event was created, edited, cancelled or deleted. Public events are
 * found by everyone, members-only ones by the roles that read the network (`members` access, the
 * same rule as the event pages). The online link never goes into the row: search snippets are
 * shown to people who are not registered.
 */
export const EVENT_DOCUMENT_TYPE = 'event';

const index = searchIndex({
	type: EVENT_DOCUMENT_TYPE,
	table: event,
	id: event.id,
	load: (ids) => db.select().from(event).where(inArray(event.id, ids)),
	toSearchRows: (events) =>
		events.map((row) => ({
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
		}))
});

/** Writes (or removes, if the event is gone) the search row of one event. */
export async function indexEvent(eventId: string): Promise<void> {
	await index.indexMany([eventId]);
}

/** Same as `indexEvent` for many events at once. */
export const indexEvents = index.indexMany;

/** Rebuilds the rows of every event and drops rows of events that no longer exist. */
export const reindexAllEvents = index.reindexAll;
