import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon as GeoPolygon } from 'geojson';
import mvKreiseRaw from '../../../../../static/geo/mv-kreise.geojson?raw';
import type { StateCode } from '../../territory/state-data';
import type { MapGeometry } from '$lib/shared/insights';
import { labelPoint, type Polygon } from './label-point';

/**
 * The state's districts as SVG paths, drawn on the server with d3-geo. The boundary files ship
 * with the project (static/geo, BKG) and are bundled into the server at build time, so the map
 * needs no request to anyone, not even to our own static files.
 */
type DistrictFeature = Feature<GeoPolygon | MultiPolygon, { ags: string; name: string }>;

const KREISE: Record<StateCode, string> = { mv: mvKreiseRaw };

/** Width of the SVG coordinate system; the height follows from the state's shape. */
const WIDTH = 800;
const MARGIN = 8;

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo reads that as "the whole globe
 * except this area". A polygon covering more than half the sphere is therefore reversed.
 */
function rewind(feature: DistrictFeature): DistrictFeature {
	const polygons =
		feature.geometry.type === 'Polygon'
			? [feature.geometry.coordinates]
			: feature.geometry.coordinates;
	const fixed = polygons.map((rings) => {
		const polygon: GeoPolygon = { type: 'Polygon', coordinates: rings };
		return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
	});
	return {
		...feature,
		geometry:
			feature.geometry.type === 'Polygon'
				? { type: 'Polygon', coordinates: fixed[0]! }
				: { type: 'MultiPolygon', coordinates: fixed }
	};
}

function buildGeometry(raw: string): MapGeometry {
	const collection = JSON.parse(raw) as FeatureCollection<
		GeoPolygon | MultiPolygon,
		{ ags: string; name: string }
	>;
	const features = collection.features.map(rewind);
	const all = { type: 'FeatureCollection', features } as GeoPermissibleObjects;
	// Fit to the width first to learn the height the state's shape needs at that width.
	const probe = geoMercator().fitWidth(WIDTH - 2 * MARGIN, all);
	const [[, top], [, bottom]] = geoPath(probe).bounds(all);
	const height = Math.ceil(bottom - top) + 2 * MARGIN;
	const projection = geoMercator().fitExtent(
		[
			[MARGIN, MARGIN],
			[WIDTH - MARGIN, height - MARGIN]
		],
		all
	);
	const path = geoPath(projection).digits(1);

	const districts = features.map((feature) => {
		const polygons =
			feature.geometry.type === 'Polygon'
				? [feature.geometry.coordinates]
				: feature.geometry.coordinates;
		const projected: Polygon[] = polygons.map((rings) =>
			rings.map((ring) => ring.map((position) => projection([position[0]!, position[1]!])!))
		);
		const [x, y] = labelPoint(projected);
		return {
			ags: feature.properties.ags,
			path: path(feature) ?? '',
			label: { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
		};
	});
	return { width: WIDTH, height, districts };
}

const cache = new Map<StateCode, MapGeometry>();

/** The Kreise and kreisfreie Städte of the state, projected once per process. */
export function stateMapGeometry(state: StateCode): MapGeometry {
	let geometry = cache.get(state);
	if (!geometry) {
		geometry = buildGeometry(KREISE[state]);
		cache.set(state, geometry);
	}
	return geometry;
}
