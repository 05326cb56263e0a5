import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { savedSearch } from '../schema';

/**
 * A document as a capability's indexer writes it (motions: `motions/index-motion.ts`), with the
 * access facts the visibility rules store. Tests write rows directly, so alerts are tested
 * against the table contract, not against one capability's forms.
 */
export async function indexTestDocument(values: {
	title: string;
	body?: string;
	access: 'public' | 'members' | 'restricted';
	readerFactionIds?: string[];
	readerUserIds?: string[];
	kind?: string;
	date?: string;
	sourceId?: string;
}): Promise<string> {
	const sourceId = values.sourceId ?? randomUUID();
	const row = {
		type: 'motion',
		sourceId,
		title: values.title,
		body: values.body ?? '',
		url: `/antraege/${sourceId}`,
		date: values.date ?? '2026-11-20',
		kind: values.kind ?? 'motion',
		status: 'filed',
		access: values.access,
		readerFactionIds: values.readerFactionIds ?? [],
		readerUserIds: values.readerUserIds ?? [],
		modifiedAt: new Date()
	};
	await db
		.insert(searchDocument)
		.values(row)
		.onConflictDoUpdate({
			target: [searchDocument.type, searchDocument.sourceId],
			set: { ...row, sourceId: undefined, type: undefined }
		});
	return sourceId;
}

/**
 * Moves a saved search's marks a little into the past, so documents indexed right after saving
 * are clearly newer even on a fast machine (the same millisecond does not count as new).
 */
export async function backdateSavedSearch(id: string, milliseconds = 1_000): Promise<void> {
	const past = new Date(Date.now() - milliseconds);
	await db
		.update(savedSearch)
		.set({ baselineAt: past, checkedUntil: past })
		.where(eq(savedSearch.id, id));
}
