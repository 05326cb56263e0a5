import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkbox } from './validation';

describe('checkbox', () => {
	const form = z.object({ name: z.string(), enabled: checkbox });

	it('reads a ticked box as true', () => {
		expect(form.parse({ name: 'x', enabled: 'on' })).toEqual({ name: 'x', enabled: true });
	});

	it('reads an unticked box, which the browser does not send, as false', () => {
		expect(form.parse({ name: 'x' })).toEqual({ name: 'x', enabled: false });
	});

	it('refuses a value no checkbox sends', () => {
		expect(form.safeParse({ name: 'x', enabled: 'ja' }).success).toBe(false);
	});
});
