import { describe, expect, it } from 'vitest';
import { inviteForm } from './account-forms';
import { apiTokenForm } from './api-token-forms';
import { newOrganizationForm } from './directory-forms';
import { motionFields } from './motion-forms';

/** Every form's optional day goes through `optionalDay` in validation.ts: one check, one wording. */
describe('optional calendar days in the forms', () => {
	const organization = (startDate: unknown) =>
		newOrganizationForm.shape.startDate.safeParse(startDate);
	const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
		result.error?.issues.map((issue) => issue.message) ?? [];

	it('turns an empty field into null and keeps a real day', () => {
		expect(organization('').data).toBeNull();
		expect(organization(undefined).data).toBeNull();
		expect(motionFields.filedOn.safeParse(null).data).toBeNull();
		expect(organization(' 2024-06-09 ').data).toBe('2024-06-09');
	});

	it('refuses a day that does not exist, which Date.parse used to let through', () => {
		expect(messages(organization('2026-02-31'))).toEqual(['Dieses Datum gibt es nicht.']);
		expect(messages(motionFields.decidedOn.safeParse('2025-02-29'))).toEqual([
			'Dieses Datum gibt es nicht.'
		]);
	});

	it('names the format with the form’s own example, in German also for non-text JSON', () => {
		expect(messages(organization('9.6.2024'))).toContain(
			'Bitte ein Datum angeben, z. B. 2024-06-09.'
		);
		expect(messages(motionFields.filedOn.safeParse(20250314))).toEqual([
			'Bitte ein Datum angeben, z. B. 2025-03-14.'
		]);
	});

	it('lets an API token expire only after today', () => {
		const form = apiTokenForm('2026-06-01');
		const expiry = (expiresOn: string) => form.safeParse({ name: 'CI', expiresOn });
		expect(expiry('').data?.expiresOn).toBeNull();
		expect(expiry('2026-06-02').data?.expiresOn).toBe('2026-06-02');
		expect(messages(expiry('2026-06-01'))).toEqual([
			'Das Ablaufdatum muss nach dem heutigen Tag liegen.'
		]);
		expect(messages(expiry('2026-06-31'))).toEqual(['Dieses Datum gibt es nicht.']);
	});

	it('gives a guest access only until a day that exists', () => {
		const invite = (accessExpiresAt: string) =>
			inviteForm.safeParse({ email: 'g@example.org', role: 'guest', accessExpiresAt });
		expect(invite('2030-01-31').data?.accessExpiresAt).toBe('2030-01-31');
		expect(messages(invite('2030-02-31'))).toEqual(['Dieses Datum gibt es nicht.']);
		expect(messages(invite(''))).toEqual(['Für Gäste bitte angeben, bis wann der Zugang gilt.']);
	});
});
