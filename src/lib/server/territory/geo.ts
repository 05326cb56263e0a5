/**
 * The boundary files in static/geo/ come from BKG under dl-de/by-2-0, which requires this notice,
 * linked to the BKG, wherever a map drawn from them is shown.
 */
export const GEO_ATTRIBUTION = {
	text: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
	url: 'https://www.bkg.bund.de',
	license: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
	licenseUrl: 'https://www.govdata.de/dl-de/by-2-0'
} as const;

/** Public URLs of the boundary files per state (served from static/geo/). */
export const GEO_FILES = {
	mv: { kreise: '/geo/mv-kreise.geojson', gemeinden: '/geo/mv-gemeinden.geojson' }
} as const;
