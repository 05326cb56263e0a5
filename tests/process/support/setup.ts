import { afterAll, afterEach } from 'vitest';
import { removeTempFolders } from './paths';
import { dropDatabases } from './postgres';
import { killAll } from './processes';

// Whatever a test started dies with it, even when the test failed half-way.
afterEach(async () => {
	await killAll();
	await dropDatabases();
});
afterAll(() => {
	removeTempFolders();
});
