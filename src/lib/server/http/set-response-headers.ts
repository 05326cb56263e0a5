/**
 * Sets headers on a response. Responses passed through from fetch() have immutable headers; those
 * are copied into a new response first.
 */
export function setResponseHeaders(
	response: Response,
	apply: (headers: Headers) => void
): Response {
	try {
		apply(response.headers);
		return response;
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		const copy = new Response(response.body, response);
		apply(copy.headers);
		return copy;
	}
}
