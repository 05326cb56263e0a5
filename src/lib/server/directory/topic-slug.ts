import { slugify } from '../../shared/slug';

/**
 * The key of a topic (its address and how imports find it): "ÖPNV und Mobilität" →
 * "oepnv-und-mobilitaet". Never cut, so two long names stay apart.
 */
export function topicSlug(name: string): string {
	return slugify(name, { fallback: 'thema' });
}
