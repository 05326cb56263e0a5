import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDataDir } from './support/paths';
import { freePort, runToEnd } from './support/processes';

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

const cases: { variables: Record<string, string>; named: string }[] = [
	{ variables: { PORT: 'abc' }, named: 'PORT' },
	{ variables: { DATABASE_URL: 'mysql://x' }, named: 'DATABASE_URL' },
	{ variables: { ORIGIN: 'kommunal.example.org' }, named: 'ORIGIN' },
	{ variables: { STATE: 'xx' }, named: 'STATE' }
];

describe('invalid configuration', () => {
	for (const { variables, named } of cases) {
		const shown = Object.entries(variables)
			.map(([name, value]) => `${name}=${value}`)
			.join(' ');

		it(`server: ${shown} → German message naming ${named}, exit code 1`, async () => {
			const dataDir = tempDataDir();
			const result = await runToEnd(process.execPath, [path.join(ROOT, 'scripts/start.js')], {
				DATA_DIR: dataDir,
				PORT: String(await freePort()),
				...variables
			});
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('Ungültige Konfiguration');
			expect(result.stderr).toMatch(new RegExp(`^\\s+- ${named}: .*${named}`, 'm'));
			expect(result.stderr).not.toMatch(STACK_TRACE);
			// Nothing was opened or created with a configuration that is wrong.
			expect(fs.existsSync(dataDir)).toBe(false);
		});

		it(`CLI: ${shown} → German message naming ${named}, exit code 1`, async () => {
			const dataDir = tempDataDir();
			const result = await runToEnd('npm', ['run', 'cli', '--', 'backup', 'x.kn.gz'], {
				DATA_DIR: dataDir,
				...variables
			});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(new RegExp(`^\\s+- ${named}: .*${named}`, 'm'));
			expect(result.stderr).not.toMatch(STACK_TRACE);
			expect(fs.existsSync(dataDir)).toBe(false);
		});
	}
});
