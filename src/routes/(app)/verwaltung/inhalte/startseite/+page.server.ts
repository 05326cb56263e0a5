import { requireAccess } from '$lib/server/auth/policy';
import { parseForm } from '$lib/server/forms/parse-form';
import {
	getStartTexts,
	startTextsInput,
	updateStartTexts
} from '$lib/server/content/start/start-texts';

export async function load(event) {
	requireAccess(event, 'content.manage');
	const texts = await getStartTexts();
	return {
		values: { about: texts.about, goals: texts.goals.join('\n') },
		isDefault: texts.isDefault,
		updatedAt: texts.updatedAt
	};
}

export const actions = {
	default: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const parsed = await parseForm(event.request, startTextsInput);
		if (!parsed.ok) return parsed.failure;
		await updateStartTexts({ actor: user, input: parsed.data, ip: event.getClientAddress() });
		return { saved: true };
	}
};
