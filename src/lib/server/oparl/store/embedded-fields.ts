import type { OparlObjectType } from '$lib/shared/oparl';

export interface EmbeddedField {
	field: string;
	type: OparlObjectType;
}

/**
 * Fields in which OParl servers embed whole objects (rather than referencing them by URL).
 * Each embedded object gets its own row with the outer one as parent.
 */
export const EMBEDDED_FIELDS: Partial<Record<OparlObjectType, readonly EmbeddedField[]>> = {
	body: [
		{ field: 'legislativeTerm', type: 'legislativeTerm' },
		{ field: 'location', type: 'location' }
	],
	paper: [
		{ field: 'mainFile', type: 'file' },
		{ field: 'auxiliaryFile', type: 'file' },
		{ field: 'consultation', type: 'consultation' },
		{ field: 'location', type: 'location' }
	],
	meeting: [
		{ field: 'location', type: 'location' },
		{ field: 'invitation', type: 'file' },
		{ field: 'resultsProtocol', type: 'file' },
		{ field: 'verbatimProtocol', type: 'file' },
		{ field: 'auxiliaryFile', type: 'file' },
		{ field: 'agendaItem', type: 'agendaItem' }
	],
	agendaItem: [
		{ field: 'resolutionFile', type: 'file' },
		{ field: 'auxiliaryFile', type: 'file' }
	],
	person: [
		{ field: 'membership', type: 'membership' },
		{ field: 'location', type: 'location' }
	],
	organization: [{ field: 'location', type: 'location' }],
	legislativeTerm: []
};

/**
 * Embedded types that belong to their parent alone: when the parent no longer lists one, it is
 * gone (an agenda item dropped from a meeting). Files and locations may be shared, so they stay.
 */
export const OWNED_EMBEDDED_TYPES: readonly OparlObjectType[] = [
	'agendaItem',
	'consultation',
	'membership',
	'legislativeTerm'
];

/** The embedded objects of a raw object with the type their field implies, in order. */
export function embeddedObjects(
	type: OparlObjectType,
	raw: Record<string, unknown>
): { raw: Record<string, unknown>; type: OparlObjectType; position: number }[] {
	const result: { raw: Record<string, unknown>; type: OparlObjectType; position: number }[] = [];
	for (const { field, type: embeddedType } of EMBEDDED_FIELDS[type] ?? []) {
		const value = raw[field];
		const items = Array.isArray(value) ? value : [value];
		items.forEach((item, position) => {
			if (item && typeof item === 'object' && !Array.isArray(item)) {
				result.push({ raw: item as Record<string, unknown>, type: embeddedType, position });
			}
		});
	}
	return result;
}
