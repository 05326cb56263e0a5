// `npm run worker`: works the job queue in its own process (PostgreSQL only), see run-worker.ts.
import { runWorkerProcess } from '../src/lib/server/jobs/run-worker';

const exitCode = await runWorkerProcess();
process.exitCode = exitCode;
// Everything is closed by now; should a library still hold the event loop, do not hang.
setTimeout(() => process.exit(exitCode), 2000).unref();
