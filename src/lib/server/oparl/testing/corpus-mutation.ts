import { isRecord, type RawOparlObject } from './fixture-files';

/** Changes between two sync runs; ids may be given as in the data or as served. */
export interface OparlMutation {
	/** Fields to set per object (a field set to `undefined` is removed). */
	update?: Record<string, RawOparlObject>;
	/** Objects to turn into tombstones (`deleted: true`); embedded ones leave their parent. */
	delete?: string[];
	/**
	 * Objects that disappear without a tombstone, as OParl 1.0 servers delete rows: gone from
	 * their list (an embedded one from its parent, whose `modified` moves) and from their URL.
	 */
	remove?: string[];
	/** New top-level objects (papers, meetings …), appended to their body's list. */
	add?: RawOparlObject[];
	/** The `modified` written to changed objects (default: now, rounded up to the second). */
	at?: Date | string;
}

/** An ISO 8601 instant without milliseconds, as council systems write it. */
export function oparlTimestamp(at: Date | string = new Date()): string {
	if (typeof at === 'string') return at;
	// Rounded up: an object changed after a run started must never look older than that start.
	const seconds = Math.ceil(at.getTime() / 1000) * 1000;
	return new Date(seconds).toISOString().replace(/\.000Z$/, '+00:00');
}

/** Removes an embedded object from wherever it sits in its parent (arrays and single fields). */
export function detach(parent: RawOparlObject, child: RawOparlObject) {
	for (const [key, value] of Object.entries(parent)) {
		if (value === child) delete parent[key];
		else if (Array.isArray(value)) {
			const index = value.indexOf(child);
			if (index >= 0) value.splice(index, 1);
			value.forEach((entry) => isRecord(entry) && detach(entry, child));
		} else if (isRecord(value)) detach(value, child);
	}
}
