import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import { db, type Transaction } from '../db';
import { appSetting } from '../settings/schema';
import { body, legislativeTerm, organization, territorialUnit } from './schema';
import { isEstablished, stateData, type StateCode, type StateData } from './state-data';
import { syncGemeinden } from './load-gemeinden';
import { currentKommunalTerm } from './terms';
import { adoptBoardTerms } from './terms/adopt-board-terms';

/** app_setting key remembering which state and data version the tables hold. */
export const STATE_DATA_SETTING = 'territory.stateData';
/** Serialises loaders of several app processes starting at once on one PostgreSQL. */
const LOAD_LOCK_KEY = 724_002;

export interface LoadStateDataResult {
	state: StateCode;
	dataVersion: number;
	/** True when the tables already held this version and nothing was touched. */
	upToDate: boolean;
	inserted: number;
	updated: number;
	/**
	 * Councils whose name or classification this load changed: search rows that carry the council
	 * type (motions) must be rebuilt for them (see `reindexMotionsOfCouncils`).
	 */
	changedCouncilIds: string[];
}

interface Counts {
	inserted: number;
	updated: number;
	changedCouncilIds: string[];
}

/** Compares the columns we own; dates and arrays arrive as strings and string arrays. */
function differs(existing: Record<string, unknown>, desired: Record<string, unknown>): boolean {
	return Object.entries(desired).some(
		([column, value]) => JSON.stringify(existing[column] ?? null) !== JSON.stringify(value ?? null)
	);
}

async function syncUnit(
	tx: Transaction,
	counts: Counts,
	values: Omit<typeof territorialUnit.$inferInsert, 'id' | 'createdAt' | 'modifiedAt'> & {
		ags: string;
	}
): Promise<string> {
	const [existing] = await tx
		.select()
		.from(territorialUnit)
		.where(eq(territorialUnit.ags, values.ags));
	if (!existing) {
		const [row] = await tx.insert(territorialUnit).values(values).returning();
		counts.inserted++;
		return row!.id;
	}
	if (differs(existing, values)) {
		await tx
			.update(territorialUnit)
			.set({ ...values, modifiedAt: new Date() })
			.where(eq(territorialUnit.id, existing.id));
		counts.updated++;
	}
	return existing.id;
}

async function syncBody(
	tx: Transaction,
	counts: Counts,
	values: Omit<typeof body.$inferInsert, 'id' | 'createdAt' | 'modifiedAt'> & { dataKey: string }
): Promise<string> {
	const [existing] = await tx.select().from(body).where(eq(body.dataKey, values.dataKey));
	if (!existing) {
		const [row] = await tx.insert(body).values(values).returning();
		counts.inserted++;
		return row!.id;
	}
	if (differs(existing, values)) {
		await tx
			.update(body)
			.set({ ...values, modifiedAt: new Date() })
			.where(eq(body.id, existing.id));
		counts.updated++;
	}
	return existing.id;
}

async function syncOrganization(
	tx: Transaction,
	counts: Counts,
	values: Omit<typeof organization.$inferInsert, 'id' | 'createdAt' | 'modifiedAt'> & {
		dataKey: string;
	}
): Promise<void> {
	const [existing] = await tx
		.select()
		.from(organization)
		.where(eq(organization.dataKey, values.dataKey));
	if (!existing) {
		await tx.insert(organization).values(values);
		counts.inserted++;
		// A council the board edited has no provenance any more: its word beats the data file's.
	} else if (existing.factStatus !== null && differs(existing, values)) {
		await tx
			.update(organization)
			.set({ ...values, modifiedAt: new Date() })
			.where(eq(organization.id, existing.id));
		counts.updated++;
		if (existing.name !== values.name || existing.classification !== values.classification)
			counts.changedCouncilIds.push(existing.id);
	}
}

async function syncTerm(
	tx: Transaction,
	counts: Counts,
	values: Omit<typeof legislativeTerm.$inferInsert, 'id' | 'createdAt' | 'modifiedAt'> & {
		dataKey: string;
	}
): Promise<void> {
	counts.updated += await adoptBoardTerms(tx, [values]);
	const [existing] = await tx
		.select()
		.from(legislativeTerm)
		.where(eq(legislativeTerm.dataKey, values.dataKey));
	if (!existing) {
		await tx.insert(legislativeTerm).values(values);
		counts.inserted++;
		// A term the board corrected (on /verwaltung/wahlperioden) has no provenance any more.
	} else if (existing.factStatus !== null && differs(existing, values)) {
		await tx
			.update(legislativeTerm)
			.set({ ...values, modifiedAt: new Date() })
			.where(eq(legislativeTerm.id, existing.id));
		counts.updated++;
	}
	// A Wahlperiode ends when the next one begins (§ 2 Abs. 2 LKWG): close the one before.
	const closed = await tx
		.update(legislativeTerm)
		.set({ endDate: values.startDate, modifiedAt: new Date() })
		.where(
			and(
				eq(legislativeTerm.bodyId, values.bodyId),
				ne(legislativeTerm.dataKey, values.dataKey),
				lt(legislativeTerm.startDate, values.startDate),
				isNull(legislativeTerm.endDate)
			)
		)
		.returning({ id: legislativeTerm.id });
	counts.updated += closed.length;
}

async function writeTables(tx: Transaction, code: StateCode, data: StateData, counts: Counts) {
	const land = data.land;
	const landId = await syncUnit(tx, counts, {
		ags: land.ags,
		name: land.name,
		shortName: code.toUpperCase(),
		kind: 'land',
		parentId: null,
		seat: land.capital,
		factStatus: land.status,
		sources: land.sources
	});
	const landBodyId = await syncBody(tx, counts, {
		dataKey: `${code}:body:${land.ags}`,
		territorialUnitId: landId,
		name: `Land ${land.name}`,
		shortName: code.toUpperCase(),
		factStatus: land.status,
		sources: land.sources
	});
	if (isEstablished(land.parliament)) {
		await syncOrganization(tx, counts, {
			dataKey: `${code}:council:${land.ags}`,
			bodyId: landBodyId,
			name: land.parliament.name,
			organizationType: 'council',
			classification: land.parliament.classification,
			seats: land.parliament.seats,
			factStatus: land.parliament.status,
			sources: land.parliament.sources
		});
	}

	const term = currentKommunalTerm(data);
	const kreisIds = new Map<string, string>();
	for (const unit of data.units) {
		// Rows are keyed by AGS, so a unit whose key is unconfirmed is left out entirely.
		if (!isEstablished(unit) || (unit.agsStatus && !isEstablished({ status: unit.agsStatus })))
			continue;
		const unitId = await syncUnit(tx, counts, {
			ags: unit.ags,
			name: unit.name,
			shortName: unit.shortName,
			kind: unit.kind,
			parentId: landId,
			seat: unit.seat,
			population: unit.population,
			populationDate: unit.populationDate,
			areaKm2: unit.areaKm2,
			factStatus: unit.status,
			sources: [...new Set([...unit.sources, ...(unit.agsSources ?? [])])]
		});
		if (unit.kind === 'landkreis') kreisIds.set(unit.ags, unitId);
		const bodyId = await syncBody(tx, counts, {
			dataKey: `${code}:body:${unit.ags}`,
			territorialUnitId: unitId,
			name: unit.name,
			shortName: unit.shortName,
			factStatus: unit.status,
			sources: unit.sources
		});
		if (isEstablished(unit.council)) {
			await syncOrganization(tx, counts, {
				dataKey: `${code}:council:${unit.ags}`,
				bodyId,
				name: unit.council.name,
				organizationType: 'council',
				classification: unit.council.classification,
				seats: unit.council.seats,
				factStatus: unit.council.status,
				sources: unit.council.sources
			});
		}
		if (term) {
			await syncTerm(tx, counts, {
				dataKey: `${code}:term:${unit.ags}:${term.startDate}`,
				bodyId,
				name: term.name,
				startDate: term.startDate,
				endDate: null,
				factStatus: term.status,
				sources: term.sources
			});
		}
	}
	await syncGemeinden(tx, code, kreisIds, term, counts);
}

/**
 * Loads the state's territorial units, bodies, councils and current legislative terms into the
 * database. Idempotent: a database that already holds this data version is not touched, and
 * a newer data version updates only rows whose values changed. Rows are matched by AGS and
 * `dataKey`, so ids (and everything that references them) survive reloads.
 */
export async function loadStateData(options: {
	state: StateCode;
	/** For tests: load other data than the bundled file. */
	data?: StateData;
}): Promise<LoadStateDataResult> {
	const code = options.state;
	const data = options.data ?? stateData(code);
	const marker = { state: code, dataVersion: data.dataVersion };
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${LOAD_LOCK_KEY})`);
		const [current] = await tx
			.select()
			.from(appSetting)
			.where(eq(appSetting.key, STATE_DATA_SETTING));
		if (current && JSON.stringify(current.value) === JSON.stringify(marker)) {
			return { ...marker, upToDate: true, inserted: 0, updated: 0, changedCouncilIds: [] };
		}
		const counts: Counts = { inserted: 0, updated: 0, changedCouncilIds: [] };
		await writeTables(tx, code, data, counts);
		await tx
			.insert(appSetting)
			.values({ key: STATE_DATA_SETTING, value: marker })
			.onConflictDoUpdate({
				target: appSetting.key,
				set: { value: marker, updatedAt: new Date() }
			});
		return { ...marker, upToDate: false, ...counts };
	});
}
