import { absoluteUrl } from '../auth/public-origin';

/** Where the API lives; every object's `id` is an absolute URL below it (OParl 1.1, 2.3). */
export const OPARL_API_PATH = '/oparl/v1';

/** The object kinds this system serves, as path segments of their URLs. */
export const OPARL_OBJECT_PATHS = {
	body: 'body',
	organization: 'organization',
	person: 'person',
	membership: 'membership',
	paper: 'paper',
	file: 'file',
	legislativeTerm: 'legislative-term'
} as const;
export type OparlApiObjectKind = keyof typeof OPARL_OBJECT_PATHS;

/** A body's external lists, as path segments below the body's URL. */
export const OPARL_BODY_LISTS = {
	organization: 'organizations',
	person: 'people',
	membership: 'memberships',
	meeting: 'meetings',
	paper: 'papers',
	file: 'files',
	legislativeTerm: 'legislative-terms'
} as const;
export type OparlBodyList = keyof typeof OPARL_BODY_LISTS;

/** Absolute URL of a path below the API, from the public origin (never the Host header). */
export function oparlUrl(path: string): string {
	return absoluteUrl(`${OPARL_API_PATH}/${path}`);
}

export const systemUrl = () => oparlUrl('system');
export const bodiesUrl = () => oparlUrl('bodies');

export function objectUrl(kind: OparlApiObjectKind, id: string): string {
	return oparlUrl(`${OPARL_OBJECT_PATHS[kind]}/${id}`);
}

export function bodyListUrl(bodyId: string, list: OparlBodyList): string {
	return oparlUrl(`body/${bodyId}/${OPARL_BODY_LISTS[list]}`);
}

/** OParl's type URIs of the version we serve. */
export function oparlType(name: string): string {
	return `https://schema.oparl.org/1.1/${name}`;
}
