import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A test document from `testing/fixtures` (made by make-fixtures.ts). */
export function fixture(name: string): Buffer {
	return fs.readFileSync(path.join(folder, name));
}
