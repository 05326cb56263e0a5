import type { FieldReader } from './field-reader';

/**
 * Fields outside OParl (`STERNBERG:sortierung`): kept in the raw JSON but not read. Each field
 * name is reported once per run with the first URL it was seen at, not once per object; the
 * new ones of one object share a problem (one problem per kind and URL and run).
 */
export function reportVendorFields(reader: FieldReader, reportedOnce: Set<string>): void {
	const fresh = Object.keys(reader.raw).filter(
		(key) => key.includes(':') && !reportedOnce.has(`vendor_field ${key}`)
	);
	if (fresh.length === 0) return;
	for (const key of fresh) reportedOnce.add(`vendor_field ${key}`);
	const names = fresh.map((key) => `„${key}“`).join(', ');
	reader.problems.push({
		kind: 'vendor_field',
		url: reader.objectUrl,
		message:
			fresh.length === 1
				? `Herstellerfeld ${names} ist nicht Teil von OParl; gespeichert, aber nicht ausgewertet`
				: `Herstellerfelder ${names} sind nicht Teil von OParl; gespeichert, aber nicht ausgewertet`,
		details: { fields: fresh }
	});
}
