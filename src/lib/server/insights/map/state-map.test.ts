import { describe, expect, it } from 'vitest';
import { labelPoint, type Polygon } from './label-point';
import { stateMapGeometry } from './state-map';

describe('stateMapGeometry', () => {
	const geometry = stateMapGeometry('mv');

	it('draws the eight Kreise and kreisfreie Städte inside the SVG frame', () => {
		expect(geometry.districts.map((district) => district.ags).sort()).toEqual([
			'13003',
			'13004',
			'13071',
			'13072',
			'13073',
			'13074',
			'13075',
			'13076'
		]);
		expect(geometry.width).toBe(800);
		// MV is wider than tall; a wound-the-wrong-way polygon would fill the whole globe instead.
		expect(geometry.height).toBeGreaterThan(300);
		expect(geometry.height).toBeLessThan(800);
		for (const district of geometry.districts) {
			expect(district.path).toMatch(/^M[\d.,LMZ-]+$/);
			const numbers = district.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(geometry.width);
		}
	});

	it('places Rostock east of Schwerin and north of the Seenplatte', () => {
		const at = (ags: string) => geometry.districts.find((district) => district.ags === ags)!.label;
		expect(at('13003').x).toBeGreaterThan(at('13004').x);
		expect(at('13003').y).toBeLessThan(at('13071').y);
	});
});

describe('labelPoint', () => {
	it('keeps the label inside a U-shaped district, away from its edges', () => {
		// A "U": the centroid would fall into the gap between the arms.
		const u: Polygon = [
			[
				[0, 0],
				[30, 0],
				[30, 100],
				[20, 100],
				[20, 10],
				[10, 10],
				[10, 100],
				[0, 100],
				[0, 0]
			]
		];
		const [x, y] = labelPoint([u]);
		expect(x < 10 || x > 20 || y < 10).toBe(true);
	});

	it('ignores small islands and picks the largest polygon', () => {
		const square = (x0: number, size: number): Polygon => [
			[
				[x0, 0],
				[x0 + size, 0],
				[x0 + size, size],
				[x0, size],
				[x0, 0]
			]
		];
		const [x] = labelPoint([square(0, 5), square(100, 50)]);
		expect(x).toBeGreaterThan(100);
		expect(x).toBeLessThan(150);
	});
});
