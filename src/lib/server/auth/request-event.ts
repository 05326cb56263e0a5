import type { RequestEvent } from '@sveltejs/kit';
import type { RequestContext } from './request-context';

type EventLike = Pick<RequestEvent, 'request' | 'getClientAddress'>;

/** The request facts services need, taken from a SvelteKit event. */
export function requestContextOf(event: EventLike): RequestContext {
	return {
		ip: event.getClientAddress(),
		userAgent: event.request.headers.get('user-agent'),
		cookie: event.request.headers.get('cookie')
	};
}
