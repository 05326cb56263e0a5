import type { SearchType } from '$lib/shared/search';
import type { SearchProvider } from '../types';
import { documentSearchProvider } from './document';
import { personSearchProvider } from './person';

/**
 * Every searchable type with its provider, in the order a search over all types lists them.
 * A new type adds its name to SEARCH_TYPES and its provider here; full-text documents share
 * one provider over `search_document`.
 */
export const SEARCH_PROVIDERS: Record<SearchType, SearchProvider> = {
	motion: documentSearchProvider('motion'),
	paper: documentSearchProvider('paper'),
	meeting: documentSearchProvider('meeting'),
	agendaItem: documentSearchProvider('agendaItem'),
	event: documentSearchProvider('event'),
	news: documentSearchProvider('news'),
	person: personSearchProvider
};
