import type { SearchType } from '$lib/shared/search';
import type { SearchProvider } from '../types';
import { personSearchProvider } from './person';

/**
 * Every searchable type with its provider, in the order a search over all types lists them.
 * A new type (motions in issue 5) adds its name to SEARCH_TYPES and its provider here.
 */
export const SEARCH_PROVIDERS: Record<SearchType, SearchProvider> = {
	person: personSearchProvider
};
