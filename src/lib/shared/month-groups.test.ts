import { describe, expect, it } from 'vitest';
import { groupByMonth } from './month-groups';

describe('groupByMonth', () => {
	it('groups consecutive items by their month in Berlin', () => {
		const dates = [
			new Date('2026-11-30T22:30:00Z'), // 23:30 in Berlin: still November
			new Date('2026-11-30T23:30:00Z'), // 00:30 on 1 December in Berlin
			new Date('2026-12-15T17:00:00Z')
		];
		expect(groupByMonth(dates, (date) => date)).toEqual([
			{ label: 'November 2026', items: [dates[0]] },
			{ label: 'Dezember 2026', items: [dates[1], dates[2]] }
		]);
	});
});
