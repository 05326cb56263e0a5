import { absoluteUrl } from '../auth/public-origin';
import { objectUrl, oparlType, type OparlApiObjectKind } from './oparl-urls';

/**
 * The licence of everything served: the German open-data licence with attribution, as most
 * council information systems use it. Objects inherit it from their body (OParl 1.1, 5.2).
 */
export const OPARL_LICENSE = 'https://www.govdata.de/dl-de/by-2-0';

/** OParl type names of the object kinds, for the `type` URI. */
const TYPE_NAMES: Record<OparlApiObjectKind, string> = {
	body: 'Body',
	organization: 'Organization',
	person: 'Person',
	membership: 'Membership',
	paper: 'Paper',
	file: 'File',
	legislativeTerm: 'LegislativeTerm'
};

export type OparlJson = Record<string, unknown>;

/** What every served object starts with. */
export function oparlBase(
	kind: OparlApiObjectKind,
	row: { id: string; created: string; modified: string }
): OparlJson {
	return {
		id: objectUrl(kind, row.id),
		type: oparlType(TYPE_NAMES[kind]),
		created: row.created,
		modified: row.modified
	};
}

/** Properties with no value are left out rather than sent as null (OParl 1.1, 2.5). */
export function compact(object: OparlJson): OparlJson {
	return Object.fromEntries(
		Object.entries(object).filter(
			([, value]) => value !== null && value !== undefined && value !== ''
		)
	);
}

/** An absolute link to one of our pages (`web`). */
export function webUrl(path: string): string {
	return absoluteUrl(path);
}
