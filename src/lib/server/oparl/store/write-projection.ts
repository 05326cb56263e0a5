import { sql } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import { oparlBody, oparlFile } from '../schema';
import { excludedSet } from '../../db/upsert';
import { chunks, ROWS_PER_STATEMENT } from './batch';
import { PROJECTION_TABLES } from './projection-tables';
import type { FieldReader } from './field-reader';
import { resolveReferences, type Reference } from './resolve-references';
import type { OparlExecutor, OparlStoreContext, ProblemDraft } from './types';

export interface ProjectionInput {
	objectId: string;
	type: OparlObjectType;
	reader: FieldReader;
	/** The imported body the object belongs to; null when unknown. */
	bodyId: string | null;
	parent: { id: string; type: OparlObjectType } | null;
	position: number | undefined;
}

/** Types whose projection cannot exist without a body (their table's `bodyId` is required). */
const NEEDS_BODY: readonly OparlObjectType[] = ['paper', 'meeting', 'person', 'organization'];

/** The list URLs a Body advertises (OParl 1.0 and 1.1 names). */
const BODY_LIST_FIELDS = [
	'organization',
	'person',
	'meeting',
	'paper',
	'legislativeTermList',
	'agendaItem',
	'consultation',
	'file',
	'locationList',
	'membership'
] as const;

/** The projection tables, and the body's row, which the store writes from the raw Body too. */
const TABLES = { body: oparlBody, ...PROJECTION_TABLES };
type ProjectedType = keyof typeof TABLES;

type Row = Record<string, unknown>;

/**
 * An object's typed row, read from its raw fields once: the row needs the `oparl_object` ids of
 * what it references, which are resolved for all objects of a page together.
 */
interface Draft {
	type: ProjectedType;
	references: Reference[];
	row(ids: ReadonlyMap<string, string>): Row;
}

/**
 * Writes the typed rows of objects from their raw fields, after the objects themselves (and
 * what they embed) have rows, so embedded ids resolve without placeholders. All references of
 * all inputs are resolved together and each table gets one multi-row upsert. Returns how many
 * projections were written.
 */
export async function writeProjections(
	executor: OparlExecutor,
	context: OparlStoreContext,
	inputs: readonly ProjectionInput[],
	problems: ProblemDraft[]
): Promise<number> {
	const drafts: { input: ProjectionInput; draft: Draft }[] = [];
	for (const input of inputs) {
		if (NEEDS_BODY.includes(input.type) && !input.bodyId) {
			problems.push({
				kind: 'missing_field',
				url: input.reader.objectUrl,
				message: 'Keine Körperschaft („body“) bekannt; das Objekt wurde nur roh gespeichert'
			});
			continue;
		}
		const draft = draftProjection(context.sourceId, input);
		if (draft) drafts.push({ input, draft });
	}
	if (drafts.length === 0) return 0;

	// Placeholders belong to the body of the object that references them.
	const byBody = new Map<string | null, Reference[]>();
	for (const { input, draft } of drafts) {
		if (draft.references.length === 0) continue;
		const references = byBody.get(input.bodyId);
		if (references) references.push(...draft.references);
		else byBody.set(input.bodyId, [...draft.references]);
	}
	const ids = new Map<string, string>();
	for (const [bodyId, references] of byBody) {
		const resolved = await resolveReferences(executor, { ...context, bodyId }, references);
		for (const [url, id] of resolved) ids.set(url, id);
	}

	const rows = new Map<ProjectedType, Row[]>();
	for (const { draft } of drafts) {
		const typeRows = rows.get(draft.type);
		if (typeRows) typeRows.push(draft.row(ids));
		else rows.set(draft.type, [draft.row(ids)]);
	}
	for (const [type, typeRows] of rows) await upsertProjection(executor, type, typeRows);
	return drafts.length;
}

async function upsertProjection(executor: OparlExecutor, type: ProjectedType, rows: Row[]) {
	const table = TABLES[type];
	// Every row of a type is built by the same function: the first one's keys are everyone's.
	const keys = Object.keys(rows[0]!).filter((key) => key !== 'objectId' && key !== 'sourceId');
	let set: Record<string, unknown> = excludedSet(keys);
	if (type === 'file') {
		// A file whose address changed is fetched again; otherwise its download state stays.
		const moved = sql`(${oparlFile.accessUrl} is distinct from excluded.access_url or ${oparlFile.downloadUrl} is distinct from excluded.download_url)`;
		set = {
			...excludedSet(keys.filter((key) => key !== 'downloadStatus')),
			downloadStatus: sql`case when ${moved} then excluded.download_status else ${oparlFile.downloadStatus} end`,
			downloadAttempts: sql`case when ${moved} then 0 else ${oparlFile.downloadAttempts} end`,
			downloadError: sql`case when ${moved} then null else ${oparlFile.downloadError} end`,
			sha256: sql`case when ${moved} then null else ${oparlFile.sha256} end`
		};
	}
	for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
		await executor
			.insert(table)
			.values(part as never)
			.onConflictDoUpdate({ target: table.objectId, set: set as never });
	}
}

function draftProjection(sourceId: string, input: ProjectionInput): Draft | null {
	const { reader, objectId } = input;
	const bodyId = input.bodyId!;
	const parentIf = (parentType: OparlObjectType) =>
		input.parent?.type === parentType ? input.parent.id : null;
	const ref = (url: string | null, type: OparlObjectType): Reference[] =>
		url ? [{ url, type }] : [];
	const idOf = (ids: ReadonlyMap<string, string>, url: string | null) =>
		url ? (ids.get(url) ?? null) : null;

	switch (input.type) {
		case 'body': {
			const listUrls: Record<string, string> = {};
			for (const field of BODY_LIST_FIELDS) {
				const url = typeof reader.raw[field] === 'string' ? reader.url(field) : null;
				if (url) listUrls[field] = url;
			}
			const row = {
				objectId,
				sourceId,
				name: reader.string('name') ?? reader.string('shortName') ?? reader.objectUrl,
				shortName: reader.string('shortName'),
				ags: reader.string('ags')?.trim() || null,
				website: reader.url('website'),
				listUrls
			};
			return { type: 'body', references: [], row: () => row };
		}
		case 'paper': {
			const mainFile = reader.url('mainFile');
			const values = {
				objectId,
				bodyId,
				name: reader.string('name') ?? '',
				reference: reader.string('reference'),
				date: reader.date('date'),
				paperType: reader.string('paperType'),
				webUrl: reader.url('web')
			};
			return {
				type: 'paper',
				references: ref(mainFile, 'file'),
				row: (ids) => ({ ...values, mainFileId: idOf(ids, mainFile) })
			};
		}
		case 'meeting': {
			const organizations = reader.urls('organization');
			const values = {
				objectId,
				bodyId,
				name: reader.string('name') ?? '',
				meetingState: reader.string('meetingState'),
				cancelled: reader.boolean('cancelled') ?? false,
				start: reader.dateTime('start'),
				end: reader.dateTime('end'),
				locationText: locationText(reader.raw.location),
				webUrl: reader.url('web')
			};
			return {
				type: 'meeting',
				references: organizations.map((url) => ({ url, type: 'organization' as const })),
				row: (ids) => ({ ...values, organizationIds: idsOf(organizations, ids) })
			};
		}
		case 'agendaItem': {
			const meeting = reader.url('meeting');
			const consultation = reader.url('consultation');
			const values = {
				objectId,
				number: reader.string('number'),
				position: reader.integer('order') ?? input.position ?? null,
				name: reader.string('name') ?? '',
				public: reader.boolean('public'),
				result: reader.string('result'),
				resolutionText: reader.string('resolutionText')
			};
			return {
				type: 'agendaItem',
				references: [...ref(meeting, 'meeting'), ...ref(consultation, 'consultation')],
				row: (ids) => ({
					...values,
					meetingId: idOf(ids, meeting) ?? parentIf('meeting'),
					consultationId: idOf(ids, consultation)
				})
			};
		}
		case 'consultation': {
			const paper = reader.url('paper');
			const meeting = reader.url('meeting');
			const agendaItem = reader.url('agendaItem');
			const organizations = reader.urls('organization');
			const values = {
				objectId,
				role: reader.string('role'),
				authoritative: reader.boolean('authoritative')
			};
			return {
				type: 'consultation',
				references: [
					...ref(paper, 'paper'),
					...ref(meeting, 'meeting'),
					...ref(agendaItem, 'agendaItem'),
					...organizations.map((url) => ({ url, type: 'organization' as const }))
				],
				row: (ids) => ({
					...values,
					paperId: idOf(ids, paper) ?? parentIf('paper'),
					meetingId: idOf(ids, meeting),
					agendaItemId: idOf(ids, agendaItem),
					organizationIds: idsOf(organizations, ids)
				})
			};
		}
		case 'file': {
			const accessUrl = reader.url('accessUrl');
			const downloadUrl = reader.url('downloadUrl');
			const row = {
				objectId,
				name: reader.string('name'),
				fileName: reader.string('fileName'),
				mimeType: reader.string('mimeType'),
				size: reader.integer('size'),
				date: reader.date('date'),
				accessUrl,
				downloadUrl,
				downloadStatus: accessUrl || downloadUrl ? ('pending' as const) : ('unavailable' as const)
			};
			return { type: 'file', references: [], row: () => row };
		}
		case 'person': {
			const familyName = reader.string('familyName');
			const givenName = reader.string('givenName');
			const row = {
				objectId,
				bodyId,
				name: reader.string('name') ?? [givenName, familyName].filter(Boolean).join(' '),
				familyName,
				givenName,
				formOfAddress: reader.string('formOfAddress'),
				title: reader.string('title')
			};
			return { type: 'person', references: [], row: () => row };
		}
		case 'organization': {
			const row = {
				objectId,
				bodyId,
				name: reader.string('name') ?? reader.string('shortName') ?? '',
				shortName: reader.string('shortName'),
				organizationType: reader.string('organizationType'),
				classification: reader.string('classification'),
				startDate: reader.date('startDate'),
				endDate: reader.date('endDate')
			};
			return { type: 'organization', references: [], row: () => row };
		}
		case 'membership': {
			const person = reader.url('person');
			const organization = reader.url('organization');
			const onBehalfOf = reader.url('onBehalfOf');
			const values = {
				objectId,
				role: reader.string('role'),
				votingRight: reader.boolean('votingRight'),
				startDate: reader.date('startDate'),
				endDate: reader.date('endDate')
			};
			return {
				type: 'membership',
				references: [
					...ref(person, 'person'),
					...ref(organization, 'organization'),
					...ref(onBehalfOf, 'organization')
				],
				row: (ids) => ({
					...values,
					personId: idOf(ids, person) ?? parentIf('person'),
					organizationId: idOf(ids, organization),
					onBehalfOfId: idOf(ids, onBehalfOf)
				})
			};
		}
		default:
			// System, legislative terms and locations are kept raw only.
			return null;
	}
}

function idsOf(urls: string[], ids: ReadonlyMap<string, string>): string[] {
	return [...new Set(urls.map((url) => ids.get(url)).filter((id): id is string => Boolean(id)))];
}

/** A Location as one line: description, else room, street, postal code and town. */
function locationText(location: unknown): string | null {
	if (!location || typeof location !== 'object' || Array.isArray(location)) return null;
	const fields = location as Record<string, unknown>;
	const text = (key: string) =>
		typeof fields[key] === 'string' ? (fields[key] as string).replace(/\s+/g, ' ').trim() : '';
	const description = text('description');
	if (description) return description;
	const town = [text('postalCode'), text('locality')].filter(Boolean).join(' ');
	const line = [text('room'), text('streetAddress'), town].filter(Boolean).join(', ');
	return line || null;
}
