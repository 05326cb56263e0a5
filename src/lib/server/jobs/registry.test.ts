import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnknownJobError } from './errors';
import {
	clearJobRegistryForTests,
	jobDefinition,
	registerJob,
	registeredJobs,
	registeredSchedules,
	scheduleJob
} from './registry';

const emptyPayload = z.object({});
declare module './types' {
	interface JobPayloads {
		'test.registry': z.infer<typeof emptyPayload>;
	}
}
const NAME = 'test.registry';
const options = { payload: emptyPayload };

describe('job registry', () => {
	it('refuses a second registration of the same name in one process', () => {
		registerJob(NAME, () => undefined, options);
		expect(() => registerJob(NAME, () => undefined, options)).toThrow(/schon angemeldet/);
	});

	it('forgets jobs and schedules for the next test file, which registers them again', () => {
		clearJobRegistryForTests();
		const first = () => undefined;
		registerJob(NAME, first, options);
		scheduleJob(NAME, '0 3 * * *');
		expect(registeredSchedules().map((schedule) => schedule.name)).toEqual([NAME]);

		clearJobRegistryForTests();
		expect(registeredJobs()).toEqual([]);
		expect(registeredSchedules()).toEqual([]);
		expect(() => jobDefinition(NAME)).toThrow(UnknownJobError);

		const second = () => undefined;
		registerJob(NAME, second, options);
		expect(jobDefinition(NAME).handler).toBe(second);
	});

	it('cannot be cleared outside of Vitest', () => {
		const vitest = process.env.VITEST;
		delete process.env.VITEST;
		try {
			expect(() => clearJobRegistryForTests()).toThrow(/nur in Tests/);
		} finally {
			process.env.VITEST = vitest;
		}
	});
});
