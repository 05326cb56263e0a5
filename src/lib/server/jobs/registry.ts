import { JobPayloadError, UnknownJobError } from './errors';
import type {
	JobDefinition,
	JobDefinitionOptions,
	JobHandler,
	JobName,
	JobPayload,
	JobSchedule
} from './types';

/**
 * What jobs exist in this program, their payload schemas and schedules. Every process (server,
 * worker, CLI) registers the same jobs at boot, so any of them can enqueue any job with a checked
 * payload; only processes that work the queue run the handlers.
 */
const definitions = new Map<string, JobDefinition>();
const schedules = new Map<string, JobSchedule>();

export const DEFAULT_TIMEZONE = 'Europe/Berlin';

export function registerJob<Name extends JobName>(
	name: Name,
	handler: JobHandler<JobPayload<Name>>,
	options: JobDefinitionOptions<JobPayload<Name>>
): void {
	if (definitions.has(name)) throw new Error(`Auftrag „${name}“ ist schon angemeldet.`);
	definitions.set(name, { name, handler, options } as unknown as JobDefinition);
}

/**
 * Forgets every registered job and schedule. Only for the test setup, which calls it before each
 * test file: test files of one worker share this module (Vitest `isolate: false`) and each
 * registers the jobs it needs, as a process does at boot. A second registration of a name within
 * one process stays an error, since it means two capabilities claim the same job.
 */
export function clearJobRegistryForTests(): void {
	if (!process.env.VITEST) throw new Error('clearJobRegistryForTests() ist nur in Tests erlaubt.');
	definitions.clear();
	schedules.clear();
}

/**
 * Runs a registered job on a cron schedule (five fields, in German time unless `timezone` says
 * otherwise), with `payload` (default `{}`). Across all processes on one database each tick
 * creates exactly one job (pg-boss throttles schedules per minute in the database).
 */
export function scheduleJob<Name extends JobName>(
	name: Name,
	cron: string,
	options: { payload?: JobPayload<Name>; timezone?: string } = {}
): void {
	const definition = jobDefinition(name);
	// pg-boss would also take six fields (seconds), but its schedules tick once a minute at most.
	if (cron.trim().split(/\s+/).length !== 5)
		throw new Error(
			`Zeitplan „${cron}“ für „${name}“: erwartet fünf Felder (Minute Stunde Tag Monat Wochentag).`
		);
	schedules.set(name, {
		name,
		cron,
		payload: validatePayload(definition, options.payload ?? {}),
		timezone: options.timezone ?? DEFAULT_TIMEZONE
	} as unknown as JobSchedule);
}

export function jobDefinition<Name extends JobName>(name: Name): JobDefinition<Name> {
	const definition = definitions.get(name);
	if (!definition) throw new UnknownJobError(name);
	return definition as unknown as JobDefinition<Name>;
}

export function registeredJobs(): JobDefinition[] {
	return [...definitions.values()];
}

export function registeredSchedules(): JobSchedule[] {
	return [...schedules.values()];
}

export function validatePayload<Name extends JobName>(
	definition: JobDefinition<Name>,
	payload: unknown
): JobPayload<Name> {
	const result = definition.options.payload.safeParse(payload);
	if (result.success) return result.data;
	throw new JobPayloadError(
		definition.name,
		result.error.issues.map((issue) => `${issue.path.join('.') || 'Daten'}: ${issue.message}`)
	);
}
