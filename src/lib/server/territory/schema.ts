import {
	date,
	doublePrecision,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';

/**
 * How sure a fact from the state data is (see territory/data/SOURCES.md). Only `verified` and
 * `derived` facts are loaded into these tables; rows from elsewhere (OParl, people) leave it null.
 */
export const factStatus = pgEnum('fact_status', ['verified', 'derived', 'unverified']);

/**
 * Provenance of rows loaded from the state data file: the status of the fact and the ids of its
 * sources in that file's source list (e.g. `S46`).
 */
const provenance = () => ({
	factStatus: factStatus(),
	sources: text().array()
});

export const territorialUnitKind = pgEnum('territorial_unit_kind', [
	'land',
	'landkreis',
	'kreisfreie_stadt',
	'amt',
	'gemeinde'
]);

/** Land, Landkreis, kreisfreie Stadt, Amt, Gemeinde with their official key (AGS). */
export const territorialUnit = pgTable(
	'territorial_unit',
	{
		id: uuid().primaryKey().defaultRandom(),
		ags: text().unique(),
		name: text().notNull(),
		shortName: text(),
		kind: territorialUnitKind().notNull(),
		parentId: uuid().references((): AnyPgColumn => territorialUnit.id),
		seat: text(),
		population: integer(),
		populationDate: date(),
		areaKm2: doublePrecision(),
		...provenance(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.parentId), index().on(table.kind)]
);

/**
 * Which Gemeinden an Amt administers. The Gemeinden keep the Landkreis as their parent (much code
 * walks Gemeinde → Landkreis), so Amt membership is recorded here instead; a Gemeinde belongs to
 * at most one Amt.
 */
export const amtMember = pgTable(
	'amt_member',
	{
		amtId: uuid()
			.notNull()
			.references(() => territorialUnit.id, { onDelete: 'cascade' }),
		gemeindeId: uuid()
			.primaryKey()
			.references(() => territorialUnit.id, { onDelete: 'cascade' })
	},
	(table) => [index().on(table.amtId)]
);

/** OParl Body (Körperschaft): the legal entity whose councils meet, e.g. "Landkreis Rostock". */
export const body = pgTable('body', {
	id: uuid().primaryKey().defaultRandom(),
	territorialUnitId: uuid().references(() => territorialUnit.id),
	name: text().notNull(),
	shortName: text(),
	website: text(),
	/** Set for bodies imported from a council information system. */
	oparlId: text().unique(),
	/** Set for rows loaded from the state data file, e.g. `mv:body:13076`; keeps reloads idempotent. */
	dataKey: text().unique(),
	...provenance(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const organizationType = pgEnum('organization_type', [
	'council',
	'committee',
	'faction',
	'party',
	'other'
]);

/** OParl Organization (Gremium, Fraktion, Ausschuss …). */
export const organization = pgTable(
	'organization',
	{
		id: uuid().primaryKey().defaultRandom(),
		bodyId: uuid()
			.notNull()
			.references(() => body.id),
		name: text().notNull(),
		shortName: text(),
		organizationType: organizationType().notNull(),
		/** The council's own word: Kreistag, Bürgerschaft, Stadtvertretung, Landtag … */
		classification: text(),
		/** The council a committee, Ortsteilvertretung or faction belongs to. */
		parentId: uuid().references((): AnyPgColumn => organization.id),
		/** Factions only: the other parties of a joint faction, e.g. "Die PARTEI"; null if none. */
		partners: text(),
		seats: integer(),
		startDate: date(),
		endDate: date(),
		oparlId: text().unique(),
		dataKey: text().unique(),
		...provenance(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.bodyId), index().on(table.parentId)]
);

/** OParl LegislativeTerm (Wahlperiode). */
export const legislativeTerm = pgTable('legislative_term', {
	id: uuid().primaryKey().defaultRandom(),
	bodyId: uuid()
		.notNull()
		.references(() => body.id),
	name: text().notNull(),
	startDate: date().notNull(),
	endDate: date(),
	oparlId: text().unique(),
	dataKey: text().unique(),
	...provenance(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
