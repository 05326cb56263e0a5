import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance={keepValues}`: after the action the page's data and `form` are refreshed as
 * without JavaScript, but the fields are not reset, so a rejected form keeps what was typed
 * (next to the errors) and a saved one shows what was saved.
 */
export const keepValues: SubmitFunction =
	() =>
	async ({ update }) => {
		await update({ reset: false });
	};
