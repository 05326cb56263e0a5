import { isUuid } from '../directory/is-uuid';
import { externalList } from './external-list';
import { parseListParams, type ListParams } from './list-params';
import { bodyExists, getOparlBody, listOparlBodies } from './oparl-body';
import { getOparlFile, listOparlFiles } from './oparl-file';
import { getOparlLegislativeTerm, listOparlLegislativeTerms } from './oparl-legislative-term';
import { getOparlMembership, listOparlMemberships } from './oparl-membership';
import type { OparlJson } from './oparl-object';
import { getOparlOrganization, listOparlOrganizations } from './oparl-organization';
import { getOparlPaper, listOparlPapers } from './oparl-paper';
import { getOparlPerson, listOparlPeople } from './oparl-person';
import { oparlSystem } from './oparl-system';
import { OPARL_TOMBSTONE_KINDS, type OparlTombstoneKind } from './schema';
import { tombstoneOf } from './tombstones';
import {
	OPARL_BODY_LISTS,
	OPARL_OBJECT_PATHS,
	bodyListUrl,
	type OparlApiObjectKind,
	type OparlBodyList
} from './oparl-urls';

export type OparlAnswer = { status: 200; body: OparlJson } | { status: 400 | 404; message: string };

const NOT_FOUND = { status: 404, message: 'Dieses Objekt gibt es hier nicht.' } as const;

const OBJECT_READERS: Record<OparlApiObjectKind, (id: string) => Promise<OparlJson | null>> = {
	body: getOparlBody,
	organization: getOparlOrganization,
	person: getOparlPerson,
	membership: getOparlMembership,
	paper: getOparlPaper,
	file: getOparlFile,
	legislativeTerm: getOparlLegislativeTerm
};

/** The network has no meetings of its own (council meetings live in the councils' systems). */
async function listNoMeetings(bodyId: string, params: ListParams) {
	return externalList(bodyListUrl(bodyId, 'meeting'), params, {
		data: [],
		total: 0,
		nextAfter: null
	});
}

const LIST_READERS: Record<
	OparlBodyList,
	(bodyId: string, params: ListParams) => Promise<OparlJson>
> = {
	organization: listOparlOrganizations,
	person: listOparlPeople,
	membership: listOparlMemberships,
	meeting: listNoMeetings,
	paper: listOparlPapers,
	file: listOparlFiles,
	legislativeTerm: listOparlLegislativeTerms
};

const kindOfPath = reverse(OPARL_OBJECT_PATHS);
const listOfPath = reverse(OPARL_BODY_LISTS);

/**
 * Answers one request below `/oparl/v1/` (`path` without that prefix): the system, the body
 * list, a body's lists and single objects. Everything served is public record; nobody's session
 * changes an answer.
 */
export async function serveOparl(path: string, search: URLSearchParams): Promise<OparlAnswer> {
	const segments = path.split('/').filter(Boolean);
	const [first, rawId, list, ...rest] = segments;
	const id = rawId?.toLowerCase();
	if (rest.length > 0 || !first) return NOT_FOUND;
	if (first === 'system' && !id) return { status: 200, body: oparlSystem() };
	if (first === 'bodies' && !id) return answerList(search, listOparlBodies);
	const kind = kindOfPath.get(first);
	if (!kind || !id || !isUuid(id)) return NOT_FOUND;
	if (list !== undefined) {
		const listKind = listOfPath.get(list);
		if (kind !== 'body' || !listKind || !(await bodyExists(id))) return NOT_FOUND;
		return answerList(search, (params) => LIST_READERS[listKind](id, params));
	}
	const object = await OBJECT_READERS[kind](id);
	if (object) return { status: 200, body: object };
	// An object that was public and is no longer is answered as deleted, not unknown.
	const gone = isTombstoneKind(kind) ? await tombstoneOf(kind, id) : null;
	return gone ? { status: 200, body: gone } : NOT_FOUND;
}

async function answerList(
	search: URLSearchParams,
	read: (params: ListParams) => Promise<OparlJson>
): Promise<OparlAnswer> {
	const parsed = parseListParams(search);
	if (!parsed.ok) return { status: 400, message: parsed.message };
	return { status: 200, body: await read(parsed.value) };
}

function isTombstoneKind(kind: OparlApiObjectKind): kind is OparlTombstoneKind {
	return (OPARL_TOMBSTONE_KINDS as readonly string[]).includes(kind);
}

function reverse<K extends string>(paths: Record<K, string>): Map<string, K> {
	return new Map(Object.entries(paths).map(([kind, path]) => [path as string, kind as K]));
}
