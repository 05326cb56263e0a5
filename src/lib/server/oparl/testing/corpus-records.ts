import type { RawOparlObject } from './fixture-files';
import type { OparlTypeName } from './oparl-types';

/** One object the server knows, top-level or embedded, served at the path of its id. */
export interface ObjectRecord {
	object: RawOparlObject;
	type: OparlTypeName;
	/** The top-level object it is embedded in; null for list items. */
	root: ObjectRecord | null;
	/** The served id of the Body it belongs to. */
	bodyId: string | null;
}

export interface ListRoute {
	bodyId: string | null;
	type: OparlTypeName;
}

export interface FileRoute {
	file: ObjectRecord;
	/** `downloadUrl` (sent as an attachment) rather than `accessUrl`. */
	download: boolean;
}
