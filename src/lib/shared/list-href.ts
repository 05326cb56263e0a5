/**
 * A link to a filtered list page: the set filters in their given order, then the page number from
 * page 2 on. Without any, the plain path, so an unfiltered first page has exactly one address.
 */
export function listHref(path: string, filters: Record<string, string>, page = 1): string {
	const entries = Object.entries(filters).filter(([, value]) => value);
	if (page > 1) entries.push(['seite', String(page)]);
	const query = entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
	return query ? `?${query}` : path;
}
