import { sql } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlMembership,
	oparlOrganization,
	oparlPaper,
	oparlPerson
} from '../schema';
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

/**
 * Writes the typed row of an object from its raw fields (after its embedded objects, so their
 * ids resolve without placeholders). Returns whether a projection was written.
 */
export async function writeProjection(
	executor: OparlExecutor,
	context: OparlStoreContext,
	input: ProjectionInput,
	problems: ProblemDraft[]
): Promise<boolean> {
	const { reader, objectId, type } = input;
	if (NEEDS_BODY.includes(type) && !input.bodyId) {
		problems.push({
			kind: 'missing_field',
			url: reader.objectUrl,
			message: 'Keine Körperschaft („body“) bekannt; das Objekt wurde nur roh gespeichert'
		});
		return false;
	}
	const bodyId = input.bodyId!;
	const parentIf = (parentType: OparlObjectType) =>
		input.parent?.type === parentType ? input.parent.id : null;

	switch (type) {
		case 'body': {
			const listUrls: Record<string, string> = {};
			for (const field of BODY_LIST_FIELDS) {
				const url = typeof reader.raw[field] === 'string' ? reader.url(field) : null;
				if (url) listUrls[field] = url;
			}
			const values = {
				name: reader.string('name') ?? reader.string('shortName') ?? reader.objectUrl,
				shortName: reader.string('shortName'),
				ags: reader.string('ags')?.trim() || null,
				website: reader.url('website'),
				listUrls
			};
			await executor
				.insert(oparlBody)
				.values({ objectId, sourceId: context.sourceId, ...values })
				.onConflictDoUpdate({ target: oparlBody.objectId, set: values });
			return true;
		}
		case 'paper': {
			const mainFile = reader.url('mainFile');
			const ids = await resolve(
				executor,
				context,
				mainFile ? [{ url: mainFile, type: 'file' }] : []
			);
			const values = {
				bodyId,
				name: reader.string('name') ?? '',
				reference: reader.string('reference'),
				date: reader.date('date'),
				paperType: reader.string('paperType'),
				webUrl: reader.url('web'),
				mainFileId: mainFile ? (ids.get(mainFile) ?? null) : null
			};
			await executor
				.insert(oparlPaper)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlPaper.objectId, set: values });
			return true;
		}
		case 'meeting': {
			const organizations = reader.urls('organization');
			const ids = await resolve(
				executor,
				context,
				organizations.map((url) => ({ url, type: 'organization' }))
			);
			const values = {
				bodyId,
				name: reader.string('name') ?? '',
				meetingState: reader.string('meetingState'),
				cancelled: reader.boolean('cancelled') ?? false,
				start: reader.dateTime('start'),
				end: reader.dateTime('end'),
				locationText: locationText(reader.raw.location),
				organizationIds: idsOf(organizations, ids),
				webUrl: reader.url('web')
			};
			await executor
				.insert(oparlMeeting)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlMeeting.objectId, set: values });
			return true;
		}
		case 'agendaItem': {
			const meeting = reader.url('meeting');
			const consultation = reader.url('consultation');
			const ids = await resolve(executor, context, [
				...(meeting ? [{ url: meeting, type: 'meeting' as const }] : []),
				...(consultation ? [{ url: consultation, type: 'consultation' as const }] : [])
			]);
			const values = {
				meetingId: (meeting ? ids.get(meeting) : null) ?? parentIf('meeting'),
				number: reader.string('number'),
				position: reader.integer('order') ?? input.position ?? null,
				name: reader.string('name') ?? '',
				public: reader.boolean('public'),
				result: reader.string('result'),
				resolutionText: reader.string('resolutionText'),
				consultationId: consultation ? (ids.get(consultation) ?? null) : null
			};
			await executor
				.insert(oparlAgendaItem)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlAgendaItem.objectId, set: values });
			return true;
		}
		case 'consultation': {
			const paper = reader.url('paper');
			const meeting = reader.url('meeting');
			const agendaItem = reader.url('agendaItem');
			const organizations = reader.urls('organization');
			const ids = await resolve(executor, context, [
				...(paper ? [{ url: paper, type: 'paper' as const }] : []),
				...(meeting ? [{ url: meeting, type: 'meeting' as const }] : []),
				...(agendaItem ? [{ url: agendaItem, type: 'agendaItem' as const }] : []),
				...organizations.map((url) => ({ url, type: 'organization' as const }))
			]);
			const values = {
				paperId: (paper ? ids.get(paper) : null) ?? parentIf('paper'),
				meetingId: meeting ? (ids.get(meeting) ?? null) : null,
				agendaItemId: agendaItem ? (ids.get(agendaItem) ?? null) : null,
				role: reader.string('role'),
				authoritative: reader.boolean('authoritative'),
				organizationIds: idsOf(organizations, ids)
			};
			await executor
				.insert(oparlConsultation)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlConsultation.objectId, set: values });
			return true;
		}
		case 'file': {
			const accessUrl = reader.url('accessUrl');
			const downloadUrl = reader.url('downloadUrl');
			const values = {
				name: reader.string('name'),
				fileName: reader.string('fileName'),
				mimeType: reader.string('mimeType'),
				size: reader.integer('size'),
				date: reader.date('date'),
				accessUrl,
				downloadUrl
			};
			const status = accessUrl || downloadUrl ? 'pending' : 'unavailable';
			// A file whose address changed is fetched again; otherwise its download state stays.
			const moved = sql`(${oparlFile.accessUrl} is distinct from excluded.access_url or ${oparlFile.downloadUrl} is distinct from excluded.download_url)`;
			await executor
				.insert(oparlFile)
				.values({ objectId, ...values, downloadStatus: status })
				.onConflictDoUpdate({
					target: oparlFile.objectId,
					set: {
						...values,
						downloadStatus: sql`case when ${moved} then excluded.download_status else ${oparlFile.downloadStatus} end`,
						downloadAttempts: sql`case when ${moved} then 0 else ${oparlFile.downloadAttempts} end`,
						downloadError: sql`case when ${moved} then null else ${oparlFile.downloadError} end`,
						sha256: sql`case when ${moved} then null else ${oparlFile.sha256} end`
					}
				});
			return true;
		}
		case 'person': {
			const familyName = reader.string('familyName');
			const givenName = reader.string('givenName');
			const values = {
				bodyId,
				name: reader.string('name') ?? [givenName, familyName].filter(Boolean).join(' '),
				familyName,
				givenName,
				formOfAddress: reader.string('formOfAddress'),
				title: reader.string('title')
			};
			await executor
				.insert(oparlPerson)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlPerson.objectId, set: values });
			return true;
		}
		case 'organization': {
			const values = {
				bodyId,
				name: reader.string('name') ?? reader.string('shortName') ?? '',
				shortName: reader.string('shortName'),
				organizationType: reader.string('organizationType'),
				classification: reader.string('classification'),
				startDate: reader.date('startDate'),
				endDate: reader.date('endDate')
			};
			await executor
				.insert(oparlOrganization)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlOrganization.objectId, set: values });
			return true;
		}
		case 'membership': {
			const person = reader.url('person');
			const organization = reader.url('organization');
			const onBehalfOf = reader.url('onBehalfOf');
			const ids = await resolve(executor, context, [
				...(person ? [{ url: person, type: 'person' as const }] : []),
				...(organization ? [{ url: organization, type: 'organization' as const }] : []),
				...(onBehalfOf ? [{ url: onBehalfOf, type: 'organization' as const }] : [])
			]);
			const values = {
				personId: (person ? ids.get(person) : null) ?? parentIf('person'),
				organizationId: organization ? (ids.get(organization) ?? null) : null,
				role: reader.string('role'),
				votingRight: reader.boolean('votingRight'),
				startDate: reader.date('startDate'),
				endDate: reader.date('endDate'),
				onBehalfOfId: onBehalfOf ? (ids.get(onBehalfOf) ?? null) : null
			};
			await executor
				.insert(oparlMembership)
				.values({ objectId, ...values })
				.onConflictDoUpdate({ target: oparlMembership.objectId, set: values });
			return true;
		}
		default:
			// System, legislative terms and locations are kept raw only.
			return false;
	}
}

function resolve(executor: OparlExecutor, context: OparlStoreContext, references: Reference[]) {
	return resolveReferences(executor, context, references);
}

function idsOf(urls: string[], ids: Map<string, string>): string[] {
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
