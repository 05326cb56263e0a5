import { Ajv, type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The official OParl 1.1 schemas, copied into the project (see the folder's README). */
const SCHEMA_DIR = path.resolve('tests/fixtures/oparl-1.1-schema');

let validators: Map<string, ValidateFunction> | undefined;

/**
 * Validators keyed by OParl type URI. The schemas refer to each other as `File.json` relative to
 * ids without `.json`, so each is registered under that name too; OParl's own link keywords are
 * annotations, and `format: url` means an absolute http(s) URL.
 */
function load(): Map<string, ValidateFunction> {
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addKeyword({ keyword: 'references' });
	ajv.addKeyword({ keyword: 'backreference' });
	ajv.addKeyword({ keyword: 'cardinality' });
	ajv.addFormat('url', /^https?:\/\/[^\s/]+(\/\S*)?$/);
	ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
	ajv.addFormat('date', /^\d{4}-\d\d-\d\d$/);
	const schemas = readdirSync(SCHEMA_DIR)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'), linkRefs));
	for (const schema of schemas) {
		ajv.addSchema(schema);
		ajv.addSchema({ ...schema, $id: `${schema.$id}.json` });
	}
	return new Map(schemas.map((schema) => [schema.$id, ajv.getSchema(schema.$id)!]));
}

/**
 * One defect of the published schemas: Body.mainOrganization is `type: string, format: url` (a
 * link, as the spec's text says) but also carries `$ref: "Organization"`, which would demand an
 * embedded object. A `$ref` beside `type: string` is dropped so the link is checked as a link.
 */
function linkRefs(this: unknown, _key: string, value: unknown): unknown {
	if (value && typeof value === 'object' && '$ref' in value && 'type' in value) {
		const { $ref: _ref, ...rest } = value as Record<string, unknown>;
		return rest.type === 'string' ? rest : value;
	}
	return value;
}

/** Errors of one object against the schema of its `type` (empty when valid). */
export function oparlSchemaErrors(object: Record<string, unknown>): string[] {
	validators ??= load();
	const validate = validators.get(String(object.type));
	if (!validate) return [`kein Schema für type ${String(object.type)}`];
	const id = String(object.id);
	if (validate(object)) return [];
	return (validate.errors ?? []).map((error) => `${id} ${error.instancePath} ${error.message}`);
}
