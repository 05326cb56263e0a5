import { env } from '../config/env';
import { loadStateData } from '../territory/load-state-data';
import { reindexMotionsOfCouncils } from '../motions/reindex-council-motions';
import { ensureDefaultTopics } from '../directory/default-topics';
import { prepareDemo } from '../demo/prepare-demo';
import { prepareSetup } from '../auth/setup-token';
import { isWorkerProcess, startJobsForThisProcess, stopJobQueue } from '../jobs';
import { registerMaintenanceJobs } from '../jobs/maintenance-jobs';
import { registerMailJobs } from '../mail/mail-jobs';
import { registerDiscussionJobs } from '../discussions/notifications/jobs';
import { registerMotionCommentJobs } from '../motions/comments/notifications/jobs';
import { registerFileJobs } from '../files/extraction-jobs';
import { reindexMotionsWithFile } from '../motions/attachments/reindex-after-extraction';
import { registerOparlFileJobs } from '../oparl/files/download-jobs';
import { registerOparlSearchJobs } from '../oparl/search/search-jobs';
import { reindexOparlObjectsWithFile } from '../oparl/search/index-oparl-objects';
import { registerAlertJobs } from '../alerts/jobs';
import { registerEventJobs } from '../events/jobs';
import { registerJoinJobs } from '../join/jobs';
import { registerNewsletterJobs } from '../newsletter/jobs';
import { registerBriefingJobs } from '../oparl/briefings/jobs';
import { registerOparlSyncJobs } from '../oparl/sync/jobs';
import { registerOparlApiJobs } from '../oparl-api/jobs';
import { closeMailTransport } from '../mail/mailer';
import { onStart, onStop, startApp, stopApp } from './lifecycle';

/**
 * What happens when a process (server, CLI, worker) starts, in this order. Each capability adds
 * its step here rather than hiding side effects in module imports.
 */
let registered = false;
function registerSteps(): void {
	if (registered) return;
	registered = true;
	// First step: everything after it (setup, demo content) may refer to the state's units and bodies.
	onStart('Landesdaten', async () => {
		const loaded = await loadStateData({ state: env().STATE });
		// A council renamed by new state data (e.g. a Stadt's Stadtvertretung) must not leave
		// motions' search rows with the old council type.
		await reindexMotionsOfCouncils(loaded.changedCouncilIds);
	});
	onStart('Themenliste', async () => {
		await ensureDefaultTopics();
	});
	// Demo mode only (npm run demo): seeds an empty instance, refuses one with real accounts.
	// Before the setup step, so a demo instance already has its board account.
	onStart('Demo-Inhalte', async () => {
		const config = env();
		await prepareDemo({
			demo: config.DEMO,
			databaseLabel: config.DATABASE_URL
				? 'Die Datenbank (DATABASE_URL)'
				: `Das Datenverzeichnis ${config.dataDir}`
		});
	});
	// While no board account exists: print a one-time link to /einrichtung (and write setup-link.txt).
	// Not in `npm run worker` processes: a new link there would invalidate the server's one.
	onStart('Einrichtungslink', () => (isWorkerProcess() ? undefined : prepareSetup()));
	// Job queue: every process registers the jobs (to enqueue them); see jobs/process-jobs.ts for
	// which processes also work them. Kept late: stop hooks run in reverse, so the queue stops
	// (running jobs finish) before anything it needs, and the SMTP pool closes after it.
	registerMailJobs();
	registerMaintenanceJobs();
	registerDiscussionJobs();
	registerMotionCommentJobs();
	// Attachments' text: once extracted, the motions carrying the file are reindexed with it.
	// Council files too: the papers and agenda items carrying them.
	registerFileJobs({
		afterExtraction: async (sha256) => {
			await reindexMotionsWithFile(sha256);
			await reindexOparlObjectsWithFile(sha256);
		}
	});
	registerOparlFileJobs();
	registerOparlSearchJobs();
	registerAlertJobs();
	registerEventJobs();
	registerJoinJobs();
	registerNewsletterJobs();
	registerBriefingJobs();
	registerOparlSyncJobs();
	registerOparlApiJobs();
	onStop('SMTP-Verbindungen', () => closeMailTransport());
	onStart('Auftragswarteschlange', () => startJobsForThisProcess());
	onStop('Auftragswarteschlange', () => stopJobQueue());
}

/**
 * One boot per process. `vite dev` re-evaluates server modules on every change and calls the init
 * hook again; a second boot would open the PGlite directory twice. The running app is kept on
 * globalThis, which survives module reloads (handler changes then need a restart of `vite dev`).
 */
const BOOTED = Symbol.for('kommunalnetz.boot');
type BootState = { [BOOTED]?: { boot: Promise<void>; shutdown: () => Promise<void> } };

export function boot(): Promise<void> {
	const state = globalThis as BootState;
	state[BOOTED] ??= {
		boot: (async () => {
			registerSteps();
			await startApp();
		})(),
		shutdown: stopApp
	};
	return state[BOOTED].boot;
}

export async function shutdown(): Promise<void> {
	const state = globalThis as BootState;
	await (state[BOOTED]?.shutdown ?? stopApp)();
	delete state[BOOTED];
}
