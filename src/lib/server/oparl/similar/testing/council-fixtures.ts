import { randomUUID } from 'node:crypto';
import { db } from '../../../db';
import { searchDocument } from '../../../search/schema';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper,
	oparlSource
} from '../../schema';

/**
 * Imported council data written straight into the OParl tables, as the sync stores it (raw row
 * plus projection) and the council search indexer writes papers: the similarity and briefing
 * tests need a few councils, papers and meetings without an OParl server.
 */
export async function createCouncilSource(name = 'Ratsinfo Test'): Promise<string> {
	const [row] = await db
		.insert(oparlSource)
		.values({
			systemUrl: `https://ratsinfo.example.org/${randomUUID()}/system`,
			name,
			oparlVersion: '1.1'
		})
		.returning({ id: oparlSource.id });
	return row!.id;
}

async function object(
	sourceId: string,
	type: typeof oparlObject.$inferInsert.type,
	values: Partial<typeof oparlObject.$inferInsert> = {}
): Promise<string> {
	const [row] = await db
		.insert(oparlObject)
		.values({
			sourceId,
			type,
			oparlId: `https://ratsinfo.example.org/oparl/${type}/${randomUUID()}`,
			raw: { type },
			...values
		})
		.returning({ id: oparlObject.id });
	return row!.id;
}

export async function createCouncilBody(
	sourceId: string,
	values: { name: string; followed?: boolean; directoryBodyId?: string | null }
): Promise<string> {
	const id = await object(sourceId, 'body');
	await db.insert(oparlBody).values({
		objectId: id,
		sourceId,
		name: values.name,
		followed: values.followed ?? true,
		directoryBodyId: values.directoryBodyId ?? null
	});
	return id;
}

export async function createCouncilOrganization(
	sourceId: string,
	bodyId: string,
	name: string
): Promise<string> {
	const id = await object(sourceId, 'organization', { bodyId });
	await db.insert(oparlOrganization).values({ objectId: id, bodyId, name });
	return id;
}

export interface PaperValues {
	name: string;
	/** Full text as the council search indexes it (paper type, results, file text). */
	text?: string;
	reference?: string;
	paperType?: string;
	date?: string;
	deleted?: boolean;
	/** Leave the paper out of search (not indexed yet). */
	indexed?: boolean;
}

export async function createCouncilPaper(
	sourceId: string,
	bodyId: string,
	values: PaperValues
): Promise<string> {
	const id = await object(sourceId, 'paper', { bodyId, deleted: values.deleted ?? false });
	await db.insert(oparlPaper).values({
		objectId: id,
		bodyId,
		name: values.name,
		reference: values.reference ?? null,
		paperType: values.paperType ?? 'Antrag',
		date: values.date ?? '2026-10-01'
	});
	if (values.indexed !== false) {
		await db.insert(searchDocument).values({
			type: 'paper',
			sourceId: id,
			title: [values.reference, values.name].filter(Boolean).join(' '),
			body: values.text ?? '',
			url: `/ratsinfo/vorlagen/${id}`,
			date: values.date ?? '2026-10-01',
			kind: values.paperType ?? 'Antrag',
			access: 'public'
		});
	}
	return id;
}

export async function createCouncilMeeting(
	sourceId: string,
	bodyId: string,
	values: {
		name: string;
		start: Date;
		cancelled?: boolean;
		organizationIds?: string[];
		deleted?: boolean;
		locationText?: string;
	}
): Promise<string> {
	const id = await object(sourceId, 'meeting', { bodyId, deleted: values.deleted ?? false });
	await db.insert(oparlMeeting).values({
		objectId: id,
		bodyId,
		name: values.name,
		start: values.start,
		cancelled: values.cancelled ?? false,
		organizationIds: values.organizationIds ?? [],
		locationText: values.locationText ?? null
	});
	return id;
}

/** An agenda item of a meeting, optionally discussing a paper (with the consultation between). */
export async function createAgendaItem(
	sourceId: string,
	bodyId: string,
	meetingId: string,
	values: {
		number: string;
		name: string;
		position: number;
		public?: boolean;
		result?: string;
		paperId?: string;
	}
): Promise<string> {
	const id = await object(sourceId, 'agendaItem', { bodyId, parentId: meetingId });
	await db.insert(oparlAgendaItem).values({
		objectId: id,
		meetingId,
		number: values.number,
		name: values.name,
		position: values.position,
		public: values.public ?? true,
		result: values.result ?? null
	});
	if (values.paperId) {
		const consultation = await object(sourceId, 'consultation', {
			bodyId,
			parentId: values.paperId
		});
		await db.insert(oparlConsultation).values({
			objectId: consultation,
			paperId: values.paperId,
			meetingId,
			agendaItemId: id
		});
	}
	return id;
}
