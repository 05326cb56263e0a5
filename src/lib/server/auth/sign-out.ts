import { getAuth } from './auth';
import { authHeaders, setCookiesOf, type RequestContext } from './request-context';

/** Ends the current session (row and cookie). Harmless without a session. */
export async function signOut(options: {
	request: RequestContext;
}): Promise<{ setCookies: string[] }> {
	const auth = await getAuth();
	try {
		const { headers } = await auth.api.signOut({
			headers: authHeaders(options.request),
			returnHeaders: true
		});
		return { setCookies: setCookiesOf(headers) };
	} catch {
		// No valid session: nothing to end, the browser only needs its cookies cleared.
		return { setCookies: [] };
	}
}
