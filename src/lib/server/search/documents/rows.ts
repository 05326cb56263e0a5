/** The rows of a `db.execute` result: node-postgres gives an object with rows, PGlite's driver an array. */
export function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
