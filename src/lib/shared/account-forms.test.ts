import { describe, expect, it } from 'vitest';
import { inviteForm, safeReturnPath, setupForm } from './account-forms';

describe('account forms', () => {
	it('accepts only same-site return paths', () => {
		expect(safeReturnPath('/konto?tab=1#x')).toBe('/konto?tab=1#x');
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example/',
			'konto',
			'',
			null
		]) {
			expect(safeReturnPath(bad)).toBe('/');
		}
		expect(safeReturnPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
	});

	it('reports a mismatching repeat at the second field', () => {
		const result = setupForm.safeParse({
			name: 'Bea',
			email: 'bea@example.org',
			password: 'lang-genug-1',
			passwordRepeat: 'lang-genug-2'
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ path: ['passwordRepeat'] });
	});

	it('wants an end date for guests only', () => {
		expect(
			inviteForm.safeParse({ email: 'g@example.org', role: 'guest', accessExpiresAt: '' }).success
		).toBe(false);
		expect(
			inviteForm.safeParse({ email: 'g@example.org', role: 'guest', accessExpiresAt: '2030-01-31' })
				.success
		).toBe(true);
		expect(
			inviteForm.safeParse({ email: 'm@example.org', role: 'member', accessExpiresAt: '' }).success
		).toBe(true);
		expect(inviteForm.safeParse({ email: 'm@example.org', role: 'anonymous' }).success).toBe(false);
	});
});
