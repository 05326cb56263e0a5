import { z } from 'zod';
import {
	OPARL_PROBLEM_KINDS,
	SYNC_RUN_STATUS_LABELS,
	type SyncRunKind,
	type SyncRunStatus
} from './oparl';
import { checkbox } from './validation';

/**
 * The board's forms for council sources (Verwaltung → Ratsinfo), shared by the pages and the
 * actions. Limits are generous but bounded: a wrong number must not let the platform hammer a
 * council's server or fill the disk.
 */

/** A System URL as the board pastes it: http(s) only, no credentials in it. */
export const oparlSystemUrlForm = z.object({
	systemUrl: z
		.string({ error: 'Bitte die Adresse des OParl-Systems angeben.' })
		.trim()
		.min(1, 'Bitte die Adresse des OParl-Systems angeben.')
		.max(2000, 'Die Adresse ist zu lang.')
		.refine((value) => {
			try {
				const url = new URL(value);
				return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username;
			} catch {
				return false;
			}
		}, 'Bitte eine vollständige Adresse mit http:// oder https:// angeben, z. B. https://ratsinfo.example.de/oparl/v1/system.')
});

const wholeNumber = (label: string, min: number, max: number, unit = '') =>
	z.coerce
		.number({ error: `Bitte ${label} als Zahl angeben.` })
		.int(`Bitte ${label} als ganze Zahl angeben.`)
		.min(min, `${label} muss mindestens ${min}${unit} sein.`)
		.max(max, `${label} darf höchstens ${max}${unit} sein.`);

export const OPARL_SETTINGS_LIMITS = {
	requestsPerSecond: { min: 0.1, max: 50 },
	concurrency: { min: 1, max: 10 },
	timeoutSeconds: { min: 5, max: 300 },
	maxFileMegabytes: { min: 1, max: 500 },
	syncIntervalHours: { min: 1, max: 168 }
} as const;

const L = OPARL_SETTINGS_LIMITS;

export const oparlSourceSettingsForm = z.object({
	name: z
		.string({ error: 'Bitte einen Namen angeben.' })
		.trim()
		.min(1, 'Bitte einen Namen angeben.')
		.max(200, 'Der Name darf höchstens 200 Zeichen lang sein.'),
	// People type "2,5"; number inputs send "2.5".
	requestsPerSecond: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim().replace(',', '.') : value),
		z.coerce
			.number({ error: 'Bitte die Anfragen pro Sekunde als Zahl angeben.' })
			.refine(Number.isFinite, 'Bitte die Anfragen pro Sekunde als Zahl angeben.')
			.min(
				L.requestsPerSecond.min,
				`Anfragen pro Sekunde: mindestens ${String(L.requestsPerSecond.min).replace('.', ',')}.`
			)
			.max(L.requestsPerSecond.max, `Anfragen pro Sekunde: höchstens ${L.requestsPerSecond.max}.`)
	),
	concurrency: wholeNumber(
		'Die Zahl gleichzeitiger Anfragen',
		L.concurrency.min,
		L.concurrency.max
	),
	timeoutSeconds: wholeNumber(
		'Die Zeitüberschreitung',
		L.timeoutSeconds.min,
		L.timeoutSeconds.max,
		' Sekunden'
	),
	maxFileMegabytes: wholeNumber(
		'Die größte Dateigröße',
		L.maxFileMegabytes.min,
		L.maxFileMegabytes.max,
		' MB'
	),
	syncIntervalHours: wholeNumber(
		'Der Abstand der Abgleiche',
		L.syncIntervalHours.min,
		L.syncIntervalHours.max,
		' Stunden'
	),
	enabled: checkbox,
	allowedHosts: z
		.string()
		.optional()
		.transform((value, context) => {
			const hosts = parseHostLines(value ?? '');
			for (const message of hosts.errors) context.addIssue({ code: 'custom', message });
			return hosts.hosts;
		})
});
export type OparlSourceSettingsInput = z.infer<typeof oparlSourceSettingsForm>;

/** Most further hosts a source may name: a council system uses one or two, not dozens. */
export const MAX_ALLOWED_HOSTS = 20;

const HOST_NAME =
	/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * „Weitere erlaubte Hosts“, one per line: a host name, or a URL someone pasted (only its host
 * counts; the import may use any port and path there). Lower-cased, without repeats.
 */
export function parseHostLines(text: string): { hosts: string[]; errors: string[] } {
	const hosts: string[] = [];
	const errors: string[] = [];
	const lines = text.split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (!line) return;
		let host: string | null = null;
		try {
			const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(line) ? line : `https://${line}`);
			if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
		} catch {
			host = null;
		}
		const bare = host?.replace(/^\[|\]$/g, '') ?? '';
		if (!host || (!HOST_NAME.test(host) && !/^[0-9a-f:.]+$/.test(bare))) {
			errors.push(
				`Zeile ${index + 1}: „${line.slice(0, 80)}“ ist kein Hostname (z. B. dokumente.ratsinfo.example.de).`
			);
		} else if (!hosts.includes(host)) {
			hosts.push(host);
		}
	});
	if (hosts.length > MAX_ALLOWED_HOSTS) {
		errors.push(`Höchstens ${MAX_ALLOWED_HOSTS} weitere Hosts.`);
	}
	return { hosts, errors };
}

/** Checkbox list of the bodies to follow: nothing, one id or several. */
export const oparlFollowBodiesForm = z.object({
	'bodyIds[]': z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(z.uuid({ error: 'Unbekannte Körperschaft.' })).max(500)
	)
});

export const oparlStartSyncForm = z.object({
	kind: z.enum(['incremental', 'full'], { error: 'Unbekannte Art des Abgleichs.' })
});

export const oparlProblemFilter = z.object({
	lauf: z.uuid().optional().catch(undefined),
	art: z.enum(OPARL_PROBLEM_KINDS).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1)
});

/** Bytes the database stores ↔ whole megabytes the board types. */
export const MEGABYTE = 1024 * 1024;

/** What the progress panel and the run history show of a run; dates as ISO strings (JSON). */
export interface SyncProgress {
	runId: string;
	kind: SyncRunKind;
	status: SyncRunStatus;
	/** Running, but without a heartbeat for a while: the process is gone. */
	stale: boolean;
	startedAt: string;
	finishedAt: string | null;
	heartbeatAt: string;
	elapsedSeconds: number;
	requests: number;
	pagesFetched: number;
	objectsSeen: number;
	objectsWritten: number;
	objectsDeleted: number;
	/** Dropped from a fully read list without a tombstone, and marked deleted. */
	objectsVanished: number;
	placeholdersFilled: number;
	filesDownloaded: number;
	problemCount: number;
	/** Objects per second over the run so far (or the whole run once finished). */
	objectsPerSecond: number;
	/** Lists walked to the end, of the lists the run has started. */
	listsDone: number;
	listsStarted: number;
	/** Sum of what the lists' first pages claimed (`pagination.totalElements`), when all said. */
	expectedObjects: number | null;
	/** Objects seen in those lists so far (goes with `expectedObjects`). */
	listedObjects: number;
	error: string | null;
	startedByName: string | null;
}

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** 12345 → "12.345", 2.5 → "2,5". */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** Seconds as people read a run's duration: "45 s", "3 min 12 s", "2 h 5 min". */
export function formatDuration(totalSeconds: number): string {
	const seconds = Math.max(0, Math.round(totalSeconds));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** How a run stands, in a few words, for lists and the live panel. */
export function runStateLabel(run: Pick<SyncProgress, 'status' | 'stale'>): string {
	if (run.status === 'running' && run.stale) return 'reagiert nicht mehr';
	return SYNC_RUN_STATUS_LABELS[run.status];
}
