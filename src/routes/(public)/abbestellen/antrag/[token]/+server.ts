import { route } from './route';

export const { GET, POST } = route;
