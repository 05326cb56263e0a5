import { describe, expect, it } from 'vitest';
import { startApp } from './support/app';
import { tempDataDir } from './support/paths';
import { adminUrl } from './support/postgres';
import { preparedDatabase, preparedDataDir } from './support/prepared';

describe('/healthz', () => {
	// The first start on an empty folder is the global setup's (it checks the same answer).
	it('reports the embedded database', async () => {
		const app = await startApp({ dataDir: preparedDataDir() });
		const response = await fetch(`${app.url}/healthz`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
	});

	it.runIf(adminUrl)('reports PostgreSQL when DATABASE_URL is set', async () => {
		const dataDir = tempDataDir();
		const app = await startApp({ dataDir, databaseUrl: await preparedDatabase() });
		expect(await app.healthz()).toEqual({
			status: 200,
			body: { status: 'ok', database: 'postgres' }
		});
	});
});
