import { route } from './route';

export const { load } = route;
export const actions = { default: route.action };
