/** OParl's type names (as in type URIs), and how to tell an object's type when `type` is missing. */
export const OPARL_TYPE_NAMES = [
	'System',
	'Body',
	'LegislativeTerm',
	'Organization',
	'Person',
	'Membership',
	'Meeting',
	'AgendaItem',
	'Paper',
	'Consultation',
	'File',
	'Location'
] as const;
export type OparlTypeName = (typeof OPARL_TYPE_NAMES)[number];

const SEGMENT_TYPES = new Map<string, OparlTypeName>();
for (const name of OPARL_TYPE_NAMES) {
	SEGMENT_TYPES.set(name.toLowerCase(), name);
	SEGMENT_TYPES.set(`${name.toLowerCase()}s`, name);
}
SEGMENT_TYPES.set('bodies', 'Body');
SEGMENT_TYPES.set('people', 'Person');

export function typeNameFromUri(uri: unknown): OparlTypeName | null {
	if (typeof uri !== 'string') return null;
	const last = uri.replace(/\/+$/, '').split('/').pop() ?? '';
	return (OPARL_TYPE_NAMES as readonly string[]).includes(last) ? (last as OparlTypeName) : null;
}

/** A word naming a type ("paper", "agendaitem", "bodies"), case-insensitively. */
export function typeNameFromWord(word: string | null | undefined): OparlTypeName | null {
	return word ? (SEGMENT_TYPES.get(word.toLowerCase()) ?? null) : null;
}

/** The type the last type-like path segment names: `/body/1/paper/17` → Paper. */
export function typeNameFromUrl(url: string): OparlTypeName | null {
	let segments: string[];
	try {
		segments = new URL(url).pathname.split('/').filter(Boolean);
	} catch {
		return null;
	}
	for (let i = segments.length - 1; i >= 0; i--) {
		const type = typeNameFromWord(segments[i]);
		if (type) return type;
	}
	return null;
}

export type OparlServedVersion = '1.0' | '1.1';

export function versionFromUri(uri: unknown): OparlServedVersion | null {
	const match = typeof uri === 'string' ? /schema\.oparl\.org\/(1\.[01])\//.exec(uri) : null;
	return match ? (match[1] as OparlServedVersion) : null;
}

export const typeUri = (version: OparlServedVersion, type: OparlTypeName) =>
	`https://schema.oparl.org/${version}/${type}`;

/**
 * The lists a Body advertises: [field, type, advertised by 1.0 servers too]. 1.1 added the lists
 * of formerly embedded objects; they are served in both modes but only advertised in 1.1.
 */
export const BODY_LISTS: ReadonlyArray<readonly [string, OparlTypeName, boolean]> = [
	['organization', 'Organization', true],
	['person', 'Person', true],
	['meeting', 'Meeting', true],
	['paper', 'Paper', true],
	['agendaItem', 'AgendaItem', false],
	['consultation', 'Consultation', false],
	['file', 'File', false],
	['membership', 'Membership', false],
	['locationList', 'Location', false],
	['legislativeTermList', 'LegislativeTerm', false]
];

/** Fields that link to HTML pages, not to the API: never rewritten to the test server. */
export const HTML_LINK_FIELDS = new Set(['web', 'website', 'vendor', 'product', 'license']);
