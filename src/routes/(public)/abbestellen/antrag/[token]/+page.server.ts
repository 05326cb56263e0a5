import { allMotions, route } from './route';

/** Opening only asks: this motion only (as one-click does) or all of the person's motions. */
export async function load(event) {
	return { ...(await route.load(event)), allFirst: event.url.searchParams.has('alle') };
}

export const actions = {
	motion: async (event) => {
		await route.action(event);
		return { done: 'motion' as const };
	},
	all: async (event) => {
		await allMotions.action(event);
		return { done: 'all' as const };
	}
};
