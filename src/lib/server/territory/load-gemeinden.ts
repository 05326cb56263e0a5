import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Transaction } from '../db';
import mvGemeinden from './data/mv-gemeinden.json';
import { gemeindeBodyNameOf, gemeindeCouncilOf } from './gemeinde-councils';
import { body, legislativeTerm, organization, territorialUnit } from './schema';
import type { StateCode } from './state-data';
import type { DerivedTerm } from './terms';
import { adoptBoardTerms } from './terms/adopt-board-terms';

interface GemeindeRow {
	ags: string;
	name: string;
	kreisAgs: string;
}

const GEMEINDEN: Record<StateCode, { source: string; gemeinden: GemeindeRow[] }> = {
	mv: mvGemeinden
};

/** The Gemeinden of a state (8-digit AGS), without the kreisfreie Städte (they are Kreis-level units). */
export function gemeindenOf(code: StateCode): readonly GemeindeRow[] {
	return GEMEINDEN[code].gemeinden;
}

/**
 * Loads every Gemeinde with its body and its council: "Stadtvertretung" or "Bürgerschaft" in the
 * Städte, else "Gemeindevertretung" (see `gemeindeCouncilOf`). Rows are written in bulk because
 * there are hundreds of them: one select per table, then inserts for what is missing; existing
 * rows keep their ids. A council whose facts changed with the data version is updated — unless
 * the board has edited it (its provenance is cleared then), which the loader never overrides.
 */
export async function syncGemeinden(
	tx: Transaction,
	code: StateCode,
	kreisIds: ReadonlyMap<string, string>,
	term: DerivedTerm | null,
	counts: { inserted: number; updated: number; changedCouncilIds: string[] }
): Promise<void> {
	const { source, gemeinden } = GEMEINDEN[code];
	const rows = gemeinden.filter((g) => kreisIds.has(g.kreisAgs));
	if (rows.length === 0) return;

	const existingUnits = new Map(
		(
			await tx
				.select({ id: territorialUnit.id, ags: territorialUnit.ags })
				.from(territorialUnit)
				.where(
					inArray(
						territorialUnit.ags,
						rows.map((g) => g.ags)
					)
				)
		).map((row) => [row.ags!, row.id])
	);
	const newUnits = rows.filter((g) => !existingUnits.has(g.ags));
	for (const chunk of chunks(newUnits, 200)) {
		const inserted = await tx
			.insert(territorialUnit)
			.values(
				chunk.map((g) => ({
					ags: g.ags,
					name: g.name,
					kind: 'gemeinde' as const,
					parentId: kreisIds.get(g.kreisAgs)!,
					factStatus: 'verified' as const,
					sources: [source]
				}))
			)
			.returning({ id: territorialUnit.id, ags: territorialUnit.ags });
		for (const row of inserted) existingUnits.set(row.ags!, row.id);
		counts.inserted += inserted.length;
	}

	const bodyKeys = rows.map((g) => `${code}:body:${g.ags}`);
	const existingBodies = new Map(
		(
			await tx
				.select({
					id: body.id,
					dataKey: body.dataKey,
					name: body.name,
					factStatus: body.factStatus
				})
				.from(body)
				.where(inArray(body.dataKey, bodyKeys))
		).map((row) => [row.dataKey!, row])
	);
	const existingBodyIds = new Map([...existingBodies].map(([key, row]) => [key, row.id]));
	const newBodies = rows.filter((g) => !existingBodies.has(`${code}:body:${g.ags}`));
	for (const chunk of chunks(newBodies, 200)) {
		const inserted = await tx
			.insert(body)
			.values(
				chunk.map((g) => ({
					dataKey: `${code}:body:${g.ags}`,
					territorialUnitId: existingUnits.get(g.ags)!,
					name: gemeindeBodyNameOf(code, g),
					shortName: g.name,
					factStatus: 'verified' as const,
					sources: [source]
				}))
			)
			.returning({ id: body.id, dataKey: body.dataKey });
		for (const row of inserted) existingBodyIds.set(row.dataKey!, row.id);
		counts.inserted += inserted.length;
	}
	// Bodies loaded before the Städte were known were all "Gemeinde X"; the board's own names
	// (provenance cleared) stay.
	for (const g of rows) {
		const existing = existingBodies.get(`${code}:body:${g.ags}`);
		const name = gemeindeBodyNameOf(code, g);
		if (!existing || existing.factStatus === null || existing.name === name) continue;
		await tx.update(body).set({ name, modifiedAt: new Date() }).where(eq(body.id, existing.id));
		counts.updated++;
	}

	const existingCouncils = new Map(
		(
			await tx
				.select({
					id: organization.id,
					dataKey: organization.dataKey,
					name: organization.name,
					classification: organization.classification,
					factStatus: organization.factStatus,
					sources: organization.sources
				})
				.from(organization)
				.where(
					inArray(
						organization.dataKey,
						rows.map((g) => `${code}:council:${g.ags}`)
					)
				)
		).map((row) => [row.dataKey!, row])
	);
	const newCouncils = rows.filter((g) => !existingCouncils.has(`${code}:council:${g.ags}`));
	for (const chunk of chunks(newCouncils, 200)) {
		await tx.insert(organization).values(
			chunk.map((g) => ({
				dataKey: `${code}:council:${g.ags}`,
				bodyId: existingBodyIds.get(`${code}:body:${g.ags}`)!,
				organizationType: 'council' as const,
				...gemeindeCouncilOf(code, g, source)
			}))
		);
		counts.inserted += chunk.length;
	}
	for (const g of rows) {
		const existing = existingCouncils.get(`${code}:council:${g.ags}`);
		if (!existing || existing.factStatus === null) continue;
		const desired = gemeindeCouncilOf(code, g, source);
		const renamed =
			existing.name !== desired.name || existing.classification !== desired.classification;
		const resourced =
			existing.factStatus !== desired.factStatus ||
			JSON.stringify(existing.sources) !== JSON.stringify(desired.sources);
		if (!renamed && !resourced) continue;
		await tx
			.update(organization)
			.set({ ...desired, modifiedAt: new Date() })
			.where(eq(organization.id, existing.id));
		counts.updated++;
		if (renamed) counts.changedCouncilIds.push(existing.id);
	}

	if (!term) return;
	counts.updated += await adoptBoardTerms(
		tx,
		rows.map((g) => ({
			dataKey: `${code}:term:${g.ags}:${term.startDate}`,
			bodyId: existingBodyIds.get(`${code}:body:${g.ags}`)!,
			startDate: term.startDate
		}))
	);
	const termKeys = new Set(
		(
			await tx
				.select({ dataKey: legislativeTerm.dataKey })
				.from(legislativeTerm)
				.where(
					inArray(
						legislativeTerm.dataKey,
						rows.map((g) => `${code}:term:${g.ags}:${term.startDate}`)
					)
				)
		).map((row) => row.dataKey)
	);
	const newTerms = rows.filter((g) => !termKeys.has(`${code}:term:${g.ags}:${term.startDate}`));
	for (const chunk of chunks(newTerms, 200)) {
		await tx.insert(legislativeTerm).values(
			chunk.map((g) => ({
				dataKey: `${code}:term:${g.ags}:${term.startDate}`,
				bodyId: existingBodyIds.get(`${code}:body:${g.ags}`)!,
				name: term.name,
				startDate: term.startDate,
				factStatus: term.status,
				sources: term.sources
			}))
		);
		counts.inserted += chunk.length;
	}
	// As for the Kreise: a Wahlperiode ends when the next one begins (§ 2 Abs. 2 LKWG).
	const closed = await tx
		.update(legislativeTerm)
		.set({ endDate: term.startDate, modifiedAt: new Date() })
		.where(
			and(
				inArray(legislativeTerm.bodyId, [...existingBodyIds.values()]),
				lt(legislativeTerm.startDate, term.startDate),
				isNull(legislativeTerm.endDate)
			)
		)
		.returning({ id: legislativeTerm.id });
	counts.updated += closed.length;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
	return result;
}
