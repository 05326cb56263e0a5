import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OparlObjectType } from '$lib/shared/oparl';
import { oparlObject, oparlOrganization } from '../schema';
import { bodyPlaces, type BodyPlace } from './body-places';
import { oneLine } from './document-text';
import type { OparlExecutor } from './executor';
import type { OparlDocument } from './write-documents';

/** What the builders of council documents (papers, meetings, agenda items) return. */
export interface BuiltDocuments {
	rows: OparlDocument[];
	/** Objects that have no document (deleted, placeholder, body not followed …). */
	gone: string[];
}

/**
 * The `oparl_object` columns every builder selects beside its projection's: what decides
 * whether the object has a document, and the dates a document falls back to.
 */
const objectColumns = {
	id: oparlObject.id,
	deleted: oparlObject.deleted,
	placeholder: oparlObject.placeholder,
	created: oparlObject.created,
	modified: oparlObject.modified,
	fetchedAt: oparlObject.fetchedAt
};

/** The objects of these ids that are of this type (a builder is handed ids of any type). */
export function objectsOfType(ids: readonly string[], type: OparlObjectType): SQL {
	return and(inArray(oparlObject.id, [...ids]), eq(oparlObject.type, type)) as SQL;
}

/** A projection table whose rows get a document (meetings, papers). */
type DocumentProjection = PgTable & { objectId: PgColumn; bodyId: PgColumn };

type Loaded<Columns extends Record<string, PgColumn>> = ObjectState & {
	created: Date | null;
	modified: Date | null;
	fetchedAt: Date | null;
} & { [Key in keyof Columns]: Columns[Key]['_']['data'] | null };

/**
 * The objects of one type among these ids with the named columns of their projection (null
 * where they have none), split as `presentObjects` does.
 */
export async function loadDocumentObjects<Columns extends Record<string, PgColumn>>(
	executor: OparlExecutor,
	ids: readonly string[],
	type: OparlObjectType,
	projection: DocumentProjection,
	columns: Columns
) {
	const loaded = (await executor
		.select({
			...objectColumns,
			projected: projection.objectId,
			bodyId: projection.bodyId,
			...columns
		})
		.from(oparlObject)
		.leftJoin(projection, eq(projection.objectId, oparlObject.id))
		.where(objectsOfType(ids, type))) as unknown as Loaded<Columns>[];
	return presentObjects(executor, ids, loaded);
}

/** The stored state every council document's object is checked by. */
interface ObjectState {
	id: string;
	deleted: boolean;
	placeholder: boolean;
	/** The projection's key: null when the object has no typed row (yet). */
	projected: string | null;
	bodyId: string | null;
}

/**
 * Splits loaded objects into those that get a document — real (not deleted, not a placeholder),
 * projected, of a followed body, and whatever `alsoRequired` adds — and the ids that have none
 * (`gone`, their rows are removed). Loads the place facets of the bodies on the way.
 */
export async function presentObjects<Row extends ObjectState>(
	executor: OparlExecutor,
	ids: readonly string[],
	loaded: Row[],
	alsoRequired: (row: Row) => boolean = () => true
): Promise<{
	present: (Row & { bodyId: string })[];
	gone: string[];
	places: Map<string, BodyPlace>;
}> {
	const places = await bodyPlaces(
		executor,
		loaded.flatMap((row) => (row.bodyId ? [row.bodyId] : []))
	);
	const present = loaded.filter(
		(row): row is Row & { bodyId: string } =>
			!row.deleted &&
			!row.placeholder &&
			row.projected !== null &&
			row.bodyId !== null &&
			alsoRequired(row) &&
			places.get(row.bodyId)?.followed === true
	);
	const presentIds = new Set(present.map((row) => row.id));
	return { present, gone: ids.filter((id) => !presentIds.has(id)), places };
}

/** The facet and access columns every council document shares: public record of its place. */
export function publicPlaceColumns(place: BodyPlace) {
	return {
		topicIds: [],
		districtAgs: place.districtAgs,
		councilType: place.councilType,
		organizationId: place.councilOrganizationId,
		oparlBodyId: place.oparlBodyId,
		// Council information systems publish papers, meetings and agendas: public record.
		access: 'public',
		readerFactionIds: [],
		readerUserIds: [],
		modifiedAt: new Date()
	} satisfies Partial<OparlDocument>;
}

/** The parts that have text, joined ("VO/2024/1 – Radweg"); empty when none has. */
export function joinParts(
	separator: string,
	...parts: (string | null | undefined | false)[]
): string {
	return parts.filter((part) => !!part).join(separator);
}

/** Names of Gremien by `oparl_object` id, on one line; nameless ones are left out. */
export async function organizationNames(
	executor: OparlExecutor,
	ids: readonly string[]
): Promise<Map<string, string>> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return new Map();
	const rows = await executor
		.select({ id: oparlOrganization.objectId, name: oparlOrganization.name })
		.from(oparlOrganization)
		.where(inArray(oparlOrganization.objectId, unique));
	return new Map(rows.filter((row) => oneLine(row.name)).map((row) => [row.id, oneLine(row.name)]));
}
