import { z } from 'zod';
import { createApiToken, TooManyApiTokensError } from '$lib/server/api-tokens/create-api-token';
import { expiryAfterDay } from '$lib/server/api-tokens/expiry';
import { listApiTokens } from '$lib/server/api-tokens/list-api-tokens';
import { ApiTokenNotFoundError, revokeApiToken } from '$lib/server/api-tokens/revoke-api-token';
import { requireAccess } from '$lib/server/auth/policy';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { apiTokenForm } from '$lib/shared/api-token-forms';
import { berlinToday } from '$lib/shared/berlin-time';

const revokeForm = z.object({
	tokenId: z.string({ error: 'Token fehlt.' }).min(1, 'Token fehlt.')
});

export async function load(event) {
	const actor = requireAccess(event, 'account.manage');
	return { tokens: await listApiTokens({ actor }), today: berlinToday() };
}

export const actions = {
	create: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, apiTokenForm(berlinToday()));
		if (!parsed.ok) return parsed.failure;
		try {
			const issued = await createApiToken({
				actor,
				name: parsed.data.name,
				expiresAt: parsed.data.expiresOn ? expiryAfterDay(parsed.data.expiresOn) : null,
				ip: event.getClientAddress()
			});
			// The only time the token leaves the server; the page shows it once.
			return {
				success: `Der Token „${issued.name}“ ist erstellt.`,
				created: { id: issued.id, name: issued.name, token: issued.token }
			};
		} catch (caught) {
			if (caught instanceof TooManyApiTokensError) return formError(400, caught.message, formData);
			throw caught;
		}
	},
	revoke: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, revokeForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeApiToken({ actor, tokenId: parsed.data.tokenId, ip: event.getClientAddress() });
		} catch (caught) {
			if (caught instanceof ApiTokenNotFoundError) return formError(404, caught.message);
			throw caught;
		}
		return { success: 'Der Token ist widerrufen und funktioniert nicht mehr.' };
	}
};
