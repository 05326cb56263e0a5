import { describe, expect, it } from 'vitest';
import { agsKey } from './ags-key';

describe('agsKey', () => {
	it('pads a Gemeinde key that lost its leading zero', () => {
		expect(agsKey('5358016')).toBe('05358016');
		expect(agsKey('13071001')).toBe('13071001');
	});

	it('fills Kreis and Land keys with zeros', () => {
		expect(agsKey('13071')).toBe('13071000');
		expect(agsKey('13003000')).toBe('13003000');
		expect(agsKey('13')).toBe('13000000');
	});

	it('reads the Regionalschlüssel and ignores spaces', () => {
		expect(agsKey('130715754001')).toBe('13071001');
		expect(agsKey(' 13 0 71 001 ')).toBe('13071001');
	});

	it('refuses what is no key', () => {
		expect(agsKey(null)).toBeNull();
		expect(agsKey('')).toBeNull();
		expect(agsKey('123456')).toBeNull();
	});
});
