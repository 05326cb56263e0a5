/** German words for territorial units and organizations, shared by pages and services. */
export type TerritorialUnitKind = 'land' | 'landkreis' | 'kreisfreie_stadt' | 'amt' | 'gemeinde';
export type OrganizationType = 'council' | 'committee' | 'faction' | 'party' | 'other';

export const TERRITORIAL_UNIT_KIND_LABELS: Record<TerritorialUnitKind, string> = {
	land: 'Land',
	landkreis: 'Landkreis',
	kreisfreie_stadt: 'Kreisfreie Stadt',
	amt: 'Amt',
	gemeinde: 'Gemeinde'
};

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
	council: 'Vertretung',
	committee: 'Ausschuss',
	faction: 'Fraktion',
	party: 'Partei',
	other: 'Gremium'
};
