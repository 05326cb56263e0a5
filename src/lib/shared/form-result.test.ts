import { describe, expect, it } from 'vitest';
import { scopedResult } from './form-result';

describe('scopedResult', () => {
	const failure = { scope: 'password', errors: { password: ['Zu kurz.'] }, values: {} };

	it('gives the result to the form that was submitted', () => {
		expect(scopedResult(failure, 'password')).toBe(failure);
	});

	it('gives nothing to the other forms on the page', () => {
		expect(scopedResult(failure, 'profile')).toBeNull();
	});

	it('gives nothing before any form was submitted', () => {
		expect(scopedResult(null, 'password')).toBeNull();
		expect(scopedResult(undefined, 'password')).toBeNull();
	});
});
