import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Variable names of the schema's top level, read from the source as an admin would. */
function schemaVariables(): string[] {
	const source = fs.readFileSync(path.resolve('src/lib/server/config/env.ts'), 'utf8');
	const schema = source.slice(source.indexOf('const envSchema = z.object({'));
	const body = schema.slice(0, schema.indexOf('\n});'));
	return [...body.matchAll(/^\t([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]!).sort();
}

function readmeVariables(): string[] {
	const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');
	const start = readme.indexOf('\n## Konfiguration');
	const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
	return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((match) => match[1]!).sort();
}

describe('README configuration table', () => {
	it('lists exactly the variables of the configuration schema', () => {
		const variables = schemaVariables();
		expect(variables).toContain('DATABASE_URL');
		expect(readmeVariables()).toEqual(variables);
	});
});
