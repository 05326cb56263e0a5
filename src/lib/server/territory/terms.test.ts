import { describe, expect, it } from 'vitest';
import { stateData } from './state-data';
import { currentKommunalTerm } from './terms';

describe('currentKommunalTerm', () => {
	const data = stateData('mv');

	it('starts on the latest Kommunalwahl and lasts five years', () => {
		expect(currentKommunalTerm(data, new Date('2026-11-01'))).toEqual({
			name: 'Wahlperiode 2024–2029',
			startDate: '2024-06-09',
			status: 'derived',
			sources: ['S6', 'S25', 'S29', 'S30']
		});
	});

	it('ignores elections that have not happened yet', () => {
		expect(currentKommunalTerm(data, new Date('2024-06-08'))?.startDate).toBe('2019-05-26');
		expect(currentKommunalTerm(data, new Date('2010-01-01'))).toBeNull();
	});
});
