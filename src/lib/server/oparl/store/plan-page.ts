import { z } from 'zod';
import { oparlTypeFromUri, type OparlObjectType } from '$lib/shared/oparl';
import { contentHash } from './content-hash';
import { embeddedObjects } from './embedded-fields';
import { FieldReader } from './field-reader';
import type { KnownObject, KnownObjects } from './known-objects';
import { reportVendorFields } from './vendor-fields';
import type { ProblemDraft, StoreOutcome } from './types';

const httpUrl = z.url({ protocol: /^https?$/ });

/** One entry of a page to store, with what its place implies. */
export interface PageItem {
	raw: unknown;
	/** The type its place implies: tombstones and objects without `type` are stored as this. */
	expectedType?: OparlObjectType;
	/** An object it came embedded in (`oparl_object.id`), when stored on its own. */
	parentId?: string | null;
	/** Position in the embedding list (agenda items without `order`). */
	position?: number;
}

/** An object of the page that gets written (created, updated or marked deleted). */
export interface PlannedObject {
	oparlId: string;
	type: OparlObjectType;
	tombstone: boolean;
	/** Its stored state before this page. */
	existing: KnownObject | undefined;
	hash: string;
	reader: FieldReader;
	bodyId: string | null;
	/** The object it is embedded in: planned in this page, or stored (a top-level item's). */
	parent: PlannedObject | { id: string } | null;
	/** Levels of embedding: parents are written before their embedded objects. */
	depth: number;
	position: number | undefined;
	/** What it embeds and still lists: planned objects, or ids of unchanged stored ones. */
	kept: (PlannedObject | string)[];
	/** Planned twice in this page with different content (the later one wins). */
	rewritten: boolean;
	/** `oparl_object.id`, once written. */
	id?: string;
}

/** What became of one entry of the page (or of one embedded object). */
export interface Occurrence {
	outcome: StoreOutcome;
	type: OparlObjectType | null;
	/** Written in this page … */
	object?: PlannedObject;
	/** … or already stored and unchanged. */
	id?: string;
}

export interface PagePlan {
	/** In the order met; every oparlId once. */
	objects: PlannedObject[];
	/** One per page item, in order. */
	items: Occurrence[];
}

export interface PlanInput {
	/** The body lists are read for (null while storing the System and the Body list). */
	bodyId: string | null;
	known: KnownObjects;
	/** `oparl_body.objectId` by the body's URL, for objects that name their `body`. */
	bodies: ReadonlyMap<string, string>;
	reportedOnce: Set<string>;
	foundAt: string | undefined;
}

interface Place {
	expectedType?: OparlObjectType;
	foundAt: string;
	position?: number;
	parent: PlannedObject | { id: string } | null;
	depth: number;
	/** The body objects at this place inherit (their parent's), before their own `body`. */
	bodyId: string | null;
}

/**
 * Decides, without writing, what storing a page means for each object in it (its embedded
 * objects included): invalid entries become problems, unchanged objects (same content hash)
 * are left alone, the rest are planned for writing. An id met twice in one page is planned
 * once: the same content again counts as unchanged, different content replaces the earlier
 * (the last one wins, as if the page were stored one object after the other).
 */
export function planPage(
	input: PlanInput,
	items: readonly PageItem[],
	problems: ProblemDraft[]
): PagePlan {
	const planned = new Map<string, PlannedObject>();
	const objects: PlannedObject[] = [];

	const plan = (raw: unknown, place: Place): Occurrence => {
		const skipped: Occurrence = { outcome: 'skipped', type: null };
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
			problems.push({
				kind: 'invalid_value',
				url: place.foundAt,
				message: 'Eintrag ist kein JSON-Objekt'
			});
			return skipped;
		}
		const object = raw as Record<string, unknown>;
		const id = typeof object.id === 'string' ? object.id.trim() : null;
		if (!id) {
			problems.push({
				kind: 'missing_field',
				url: place.foundAt,
				message: 'Objekt ohne „id“ wurde übersprungen',
				details: { type: object.type ?? null }
			});
			return skipped;
		}
		if (!httpUrl.safeParse(id).success) {
			problems.push({
				kind: 'invalid_url',
				url: place.foundAt,
				message: `Objekt-ID ist keine gültige Adresse: ${id.slice(0, 120)}`
			});
			return skipped;
		}
		const prior = planned.get(id);
		const stored = input.known.get(id) ?? undefined;
		// What a one-by-one store would find: the earlier write of this page, else the database.
		const state = prior
			? { type: prior.type, contentHash: prior.hash, deleted: prior.tombstone, placeholder: false }
			: stored;
		const hash = contentHash(object);
		const reader = new FieldReader(object, id, problems);

		if (object.deleted === true) {
			const type = state?.type ?? oparlTypeFromUri(object.type) ?? place.expectedType ?? null;
			if (!type) {
				problems.push({
					kind: 'missing_type',
					url: id,
					message: 'Gelöschtes Objekt ohne Typ an unbekannter Stelle; übersprungen'
				});
				return skipped;
			}
			if (state?.deleted && state.contentHash === hash)
				return prior
					? { outcome: 'unchanged', type, object: prior }
					: { outcome: 'unchanged', type, id: stored!.id };
			const bodyId = type === 'body' || type === 'system' ? null : place.bodyId;
			const node = record(
				prior,
				{ oparlId: id, type, tombstone: true, existing: stored, hash, reader, bodyId },
				place
			);
			return { outcome: 'deleted', type, object: node };
		}

		let type = oparlTypeFromUri(object.type);
		if (!type) {
			problems.push({
				kind: object.type === undefined ? 'missing_type' : 'unexpected_type',
				url: id,
				message:
					object.type === undefined
						? 'Objekt ohne „type“' +
							(place.expectedType ? '; nach seinem Fundort als Typ gelesen' : '; übersprungen')
						: `Unbekannter Typ „${String(object.type).slice(0, 80)}“`
			});
			type = place.expectedType ?? null;
			if (!type) return skipped;
		} else if (place.expectedType && type !== place.expectedType) {
			problems.push({
				kind: 'unexpected_type',
				url: id,
				message: `Typ „${type}“ an einer Stelle, an der „${place.expectedType}“ erwartet wurde`
			});
		}
		if (state && !state.deleted && !state.placeholder && state.contentHash === hash) {
			return prior
				? { outcome: 'unchanged', type: prior.type, object: prior }
				: { outcome: 'unchanged', type: stored!.type, id: stored!.id };
		}

		reportVendorFields(reader, input.reportedOnce);
		const bodyId =
			type === 'system' || type === 'body' ? null : (place.bodyId ?? bodyOf(input, reader));
		const node = record(
			prior,
			{ oparlId: id, type, tombstone: false, existing: stored, hash, reader, bodyId },
			place
		);
		for (const embedded of embeddedObjects(type, object)) {
			const occurrence = plan(embedded.raw, {
				expectedType: embedded.type,
				foundAt: id,
				position: embedded.position,
				parent: node,
				depth: node.depth + 1,
				bodyId
			});
			const kept = occurrence.object ?? occurrence.id;
			if (kept) node.kept.push(kept);
		}
		return {
			outcome: prior || (stored && !stored.placeholder) ? 'updated' : 'created',
			type,
			object: node
		};
	};

	/** A new planned object, or the earlier one of the same id taking the later content. */
	const record = (
		prior: PlannedObject | undefined,
		fields: Pick<
			PlannedObject,
			'oparlId' | 'type' | 'tombstone' | 'existing' | 'hash' | 'reader' | 'bodyId'
		>,
		place: Place
	): PlannedObject => {
		if (prior) {
			// Parent and depth stay: the parent must be written before what it embeds.
			Object.assign(prior, fields, { kept: [], rewritten: true, existing: prior.existing });
			return prior;
		}
		const node: PlannedObject = {
			...fields,
			parent: place.parent,
			depth: place.depth,
			position: place.position,
			kept: [],
			rewritten: false
		};
		planned.set(node.oparlId, node);
		objects.push(node);
		return node;
	};

	const occurrences = items.map((item) =>
		plan(item.raw, {
			expectedType: item.expectedType,
			foundAt: input.foundAt ?? '(unbekannt)',
			position: item.position,
			parent: item.parentId ? { id: item.parentId } : null,
			depth: 0,
			bodyId: input.bodyId
		})
	);
	return { objects, items: occurrences };
}

/** The imported body an object names in its `body` field, when its place does not say. */
function bodyOf(input: PlanInput, reader: FieldReader): string | null {
	const url = typeof reader.raw.body === 'string' ? reader.url('body') : null;
	return url ? (input.bodies.get(url) ?? null) : null;
}

/** The `body` URLs named anywhere in a page (embedded objects too), to look them up at once. */
export function namedBodyUrls(items: readonly PageItem[]): string[] {
	const urls = new Set<string>();
	const visit = (value: unknown, depth: number) => {
		if (!value || typeof value !== 'object' || depth > 8) return;
		if (Array.isArray(value)) {
			for (const entry of value) visit(entry, depth + 1);
			return;
		}
		for (const [key, field] of Object.entries(value)) {
			if (key === 'body' && typeof field === 'string') urls.add(field.trim());
			else if (typeof field === 'object') visit(field, depth + 1);
		}
	};
	for (const item of items) visit(item.raw, 0);
	return [...urls];
}
