const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Page ids are `oparl_object` uuids from the address bar: anything else is unknown, answered
 * like a missing object, and never reaches a uuid comparison in SQL (which would throw).
 */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}
