/** A point in SVG coordinates. */
export type Point = readonly [number, number];
/** A closed ring of points, as a projected polygon's outline or hole. */
export type Ring = readonly Point[];
/** A polygon: outer ring first, then holes. */
export type Polygon = readonly Ring[];

function insideRing(point: Point, ring: Ring): boolean {
	const [x, y] = point;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function insidePolygon(point: Point, polygon: Polygon): boolean {
	return (
		insideRing(point, polygon[0]!) && !polygon.slice(1).some((hole) => insideRing(point, hole))
	);
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
	const [px, py] = point;
	const [ax, ay] = a;
	const dx = b[0] - ax;
	const dy = b[1] - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance to the outline or the nearest hole. */
function distanceToEdge(point: Point, polygon: Polygon): number {
	let best = Infinity;
	for (const ring of polygon)
		for (let i = 1; i < ring.length; i++)
			best = Math.min(best, distanceToSegment(point, ring[i - 1]!, ring[i]!));
	return best;
}

/**
 * Where a district's label goes: the point inside it farthest from its edges, found on a grid.
 * A centroid will not do here: a district that wraps around a city (Landkreis Rostock around
 * Rostock) has its centroid in the city, and a coastline of islands pulls it into the sea.
 * Only the largest polygon is searched, so an island never gets the label.
 */
export function labelPoint(polygons: readonly Polygon[], steps = 40): Point {
	const largest = polygons.reduce((best, polygon) =>
		ringArea(polygon[0]!) > ringArea(best[0]!) ? polygon : best
	);
	const xs = largest[0]!.map(([x]) => x);
	const ys = largest[0]!.map(([, y]) => y);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	let best: Point = largest[0]![0]!;
	let bestDistance = -1;
	for (let i = 0; i <= steps; i++) {
		for (let j = 0; j <= steps; j++) {
			const candidate: Point = [
				minX + ((maxX - minX) * i) / steps,
				minY + ((maxY - minY) * j) / steps
			];
			if (!insidePolygon(candidate, largest)) continue;
			const distance = distanceToEdge(candidate, largest);
			if (distance > bestDistance) {
				bestDistance = distance;
				best = candidate;
			}
		}
	}
	return best;
}

function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
	return Math.abs(sum / 2);
}
