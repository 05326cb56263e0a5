import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../../db';
import { oparlAgendaItem, oparlConsultation, oparlObject, oparlPaper } from '../schema';
import { keyTerms, type KeyTerm } from '../similar/key-terms';

export interface BriefingAgendaItem {
	id: string;
	number: string | null;
	name: string;
	public: boolean | null;
	/** The paper discussed under this item, if it is shown on the site. */
	paper: { id: string; name: string; reference: string | null } | null;
	/** What the item is about, for finding the network's motions on it. */
	terms: KeyTerm[];
}

/**
 * An item needs at least this many telling words to be matched: "Eröffnung der Sitzung" or
 * "Anfragen" alone would find motions that merely share one word.
 */
const MIN_TERMS = 2;

/** A meeting's agenda in order, each item with its paper and key terms (the same for everyone). */
export async function meetingAgenda(meetingId: string): Promise<BriefingAgendaItem[]> {
	const itemObject = alias(oparlObject, 'item_object');
	const paperObject = alias(oparlObject, 'paper_object');
	const rows = await db
		.select({
			id: oparlAgendaItem.objectId,
			number: oparlAgendaItem.number,
			name: oparlAgendaItem.name,
			public: oparlAgendaItem.public,
			paperId: oparlPaper.objectId,
			paperName: oparlPaper.name,
			paperReference: oparlPaper.reference,
			paperDeleted: paperObject.deleted
		})
		.from(oparlAgendaItem)
		.innerJoin(itemObject, eq(itemObject.id, oparlAgendaItem.objectId))
		.leftJoin(oparlConsultation, eq(oparlConsultation.agendaItemId, oparlAgendaItem.objectId))
		.leftJoin(oparlPaper, eq(oparlPaper.objectId, oparlConsultation.paperId))
		.leftJoin(paperObject, eq(paperObject.id, oparlPaper.objectId))
		.where(and(eq(oparlAgendaItem.meetingId, meetingId), eq(itemObject.deleted, false)))
		.orderBy(
			sql`${oparlAgendaItem.position} ASC NULLS LAST`,
			asc(oparlAgendaItem.number),
			asc(oparlAgendaItem.objectId)
		);

	const items: BriefingAgendaItem[] = [];
	for (const row of rows) {
		// An item discussing two papers comes twice from the join; the first paper names it.
		if (items.some((item) => item.id === row.id)) continue;
		const paper =
			row.paperId && !row.paperDeleted
				? { id: row.paperId, name: row.paperName ?? '', reference: row.paperReference }
				: null;
		const terms = await keyTerms(
			sql`setweight(to_tsvector('german', ${row.name}), 'A') || setweight(to_tsvector('german', ${paper?.name ?? ''}), 'B')`
		);
		items.push({
			id: row.id,
			number: row.number,
			name: row.name,
			public: row.public,
			paper,
			terms: terms.length >= MIN_TERMS ? terms : []
		});
	}
	return items;
}
