import type { FieldReader } from './field-reader';

/**
 * Fields outside OParl (`STERNBERG:sortierung`): kept in the raw JSON but not read. Each field
 * name is reported once per run with the first URL it was seen at, not once per object.
 */
export function reportVendorFields(reader: FieldReader, reportedOnce: Set<string>): void {
	for (const key of Object.keys(reader.raw)) {
		if (!key.includes(':')) continue;
		const once = `vendor_field ${key}`;
		if (reportedOnce.has(once)) continue;
		reportedOnce.add(once);
		reader.problems.push({
			kind: 'vendor_field',
			url: reader.objectUrl,
			message: `Herstellerfeld „${key}“ ist nicht Teil von OParl; gespeichert, aber nicht ausgewertet`,
			details: { field: key }
		});
	}
}
