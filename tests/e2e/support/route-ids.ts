/**
 * The app's page routes as SvelteKit's router sees them, read from `src/routes`.
 *
 * - `pageRouteIds()`: route ids of all pages (groups removed), e.g. `/personen/[id]`.
 * - `routeIdOf(pathname)`: the page route that serves an address, or undefined. Pages of one
 *   route share their template, so specs that sample pages (axe in a browser) sample per route.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

let cached: string[] | undefined;

export function pageRouteIds(): string[] {
	if (cached) return cached;
	const root = path.resolve('src/routes');
	const ids = new Set<string>();
	for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		const file = path.basename(entry);
		if (file !== '+page.svelte' && !/^\+page\.server\.(ts|js)$/.test(file)) continue;
		const segments = path
			.dirname(entry)
			.split(path.sep)
			.filter((segment) => segment !== '.' && !/^\(.*\)$/.test(segment));
		ids.add(`/${segments.join('/')}`);
	}
	cached = [...ids].sort();
	return cached;
}

/** How SvelteKit ranks a segment: a fixed name wins over a parameter, a rest parameter loses. */
function rank(segment: string): number {
	if (segment.startsWith('[...') || segment.startsWith('[[')) return 2;
	return segment.includes('[') ? 1 : 0;
}

function matches(routeSegments: string[], pathSegments: string[]): boolean {
	for (let i = 0; i < routeSegments.length; i++) {
		const segment = routeSegments[i]!;
		if (segment.startsWith('[...')) return true;
		if (segment.startsWith('[[')) return routeSegments.length - 1 === i || i < pathSegments.length;
		const part = pathSegments[i];
		if (part === undefined) return false;
		if (!segment.includes('[') && segment !== decodeURIComponent(part)) return false;
	}
	return routeSegments.length === pathSegments.length;
}

/** Most specific first: segment by segment, fixed names before parameters. */
function compareRoutes(a: string[], b: string[]): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const difference = rank(a[i] ?? '') - rank(b[i] ?? '');
		if (difference !== 0) return difference;
	}
	return b.length - a.length;
}

let ranked: string[][] | undefined;

export function routeIdOf(pathname: string): string | undefined {
	ranked ??= pageRouteIds()
		.map((id) => id.split('/').filter(Boolean))
		.sort(compareRoutes);
	const parts = pathname.split('/').filter(Boolean);
	const found = ranked.find((segments) => matches(segments, parts));
	return found ? `/${found.join('/')}` : undefined;
}
