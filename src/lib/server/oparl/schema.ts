/*
 * Council watch: objects imported from council information systems over OParl 1.0/1.1.
 *
 * Every fetched object is kept whole in `oparl_object` (raw JSON, keyed by its OParl id per
 * source), so nothing a server sends is lost and a later version of this code can re-read it.
 * The typed tables beside it (paper, meeting, agenda item …) are projections of the raw JSON that
 * pages, search and briefings query; they are rewritten with the raw row in one transaction.
 * References between objects point at `oparl_object.id`: a reference to an object not fetched
 * yet creates a placeholder row (`placeholder = true`, no raw JSON) that a later run fills.
 *
 * The tables live in ./tables/, one file per part; this barrel is what the rest of the code (and
 * drizzle-kit, through db/schema.ts) imports.
 */
export * from './tables/sources';
export * from './tables/projections';
export * from './tables/sync-runs';
export * from './tables/follows';
