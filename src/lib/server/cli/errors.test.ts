import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/env';
import { DataDirLockedError } from '../db/datadir-lock';
import { CliError, describeFailure, EXIT } from './errors';

describe('describeFailure', () => {
	it('maps the errors people can act on to German messages and exit codes', () => {
		expect(describeFailure(new DataDirLockedError('/srv/data', 42))).toMatchObject({
			exitCode: EXIT.dataDirLocked,
			message: expect.stringContaining('PID 42')
		});
		expect(describeFailure(new ConfigError(['PORT: PORT muss eine Zahl sein']))).toEqual({
			exitCode: EXIT.failed,
			message: 'Ungültige Konfiguration:\n  - PORT: PORT muss eine Zahl sein'
		});
		expect(describeFailure(new CliError('Nein.', 3))).toEqual({ exitCode: 3, message: 'Nein.' });
		const aborted = new AbortController();
		aborted.abort();
		expect(describeFailure(aborted.signal.reason).exitCode).toBe(EXIT.interrupted);
		expect(
			describeFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
				.message
		).toMatch(/DATABASE_URL ist nicht erreichbar/);
	});

	it('keeps the stack of unforeseen errors for whoever debugs them', () => {
		const failure = describeFailure(new TypeError('x is undefined'));
		expect(failure.message).toBe('Unerwarteter Fehler: x is undefined');
		expect(failure.exitCode).toBe(EXIT.failed);
		expect(failure.detail).toMatch(/TypeError: x is undefined\n\s+at /);
	});
});
