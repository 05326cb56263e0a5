import { describe, expect, it } from 'vitest';
import { registeredSchedules } from '../jobs/registry';
import { registerAlertJobs } from './jobs';

describe('alert jobs', () => {
	it('sweep every minute; digests at 7:00 German time, daily and on Mondays', () => {
		registerAlertJobs();
		const schedules = Object.fromEntries(
			registeredSchedules()
				.filter((schedule) => schedule.name.startsWith('alerts.'))
				.map((schedule) => [schedule.name, `${schedule.cron} ${schedule.timezone}`])
		);
		expect(schedules).toEqual({
			'alerts.immediate': '* * * * * Europe/Berlin',
			'alerts.daily': '0 7 * * * Europe/Berlin',
			'alerts.weekly': '0 7 * * 1 Europe/Berlin'
		});
	});
});
