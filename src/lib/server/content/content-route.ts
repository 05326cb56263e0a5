import { error } from '@sveltejs/kit';
import { isUuid } from '../directory/is-uuid';
import { ContentNotFoundError } from './errors';

/**
 * The edges of the board's editing pages for content (news posts, pages): an address id that is
 * no id, and content deleted meanwhile (say, in another tab), are a 404 with a German message,
 * never a database error.
 */
export function contentIdOf(params: { id: string }, notFound: string): string {
	if (!isUuid(params.id)) error(404, notFound);
	return params.id;
}

export async function mapContentNotFound<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (caught) {
		if (caught instanceof ContentNotFoundError) error(404, caught.message);
		throw caught;
	}
}
