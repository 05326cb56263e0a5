// A job worker process for exactly-once.test.ts: `node --import tsx two-process-worker.ts` with
// DATABASE_URL set. Works the test jobs until SIGTERM, like `npm run worker` does the real ones.
import { useDatabase } from '../../db';
import { openPostgres } from '../../db/client';
import { startJobQueue, stopJobQueue } from '../queue';
import { registerExactlyOnceJobs } from './exactly-once-jobs';

const handle = openPostgres(process.env.DATABASE_URL!, 4);
useDatabase(handle);
registerExactlyOnceJobs();
await startJobQueue({
	mode: 'work',
	pollingIntervalSeconds: 0.5,
	cronMonitorIntervalSeconds: 1,
	cronWorkerIntervalSeconds: 1
});
console.log('READY');
await new Promise((resolve) => process.once('SIGTERM', resolve));
await stopJobQueue(5_000);
await handle.close();
console.log('STOPPED');
