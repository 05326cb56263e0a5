/** Typed job-queue errors; their messages are German because they end up in logs people read. */

export class JobQueueNotRunningError extends Error {
	constructor() {
		super('Die Auftragswarteschlange läuft in diesem Prozess nicht.');
		this.name = 'JobQueueNotRunningError';
	}
}

export class UnknownJobError extends Error {
	constructor(readonly jobName: string) {
		super(`Unbekannter Auftrag „${jobName}“ (nicht mit registerJob() angemeldet).`);
		this.name = 'UnknownJobError';
	}
}

export class JobPayloadError extends Error {
	constructor(
		readonly jobName: string,
		readonly issues: string[]
	) {
		super(`Ungültige Daten für Auftrag „${jobName}“: ${issues.join('; ')}`);
		this.name = 'JobPayloadError';
	}
}

/** Thrown by a handler when retrying cannot help (bad data, a gone target): fails at once. */
export class PermanentJobError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'PermanentJobError';
	}
}
