// No imports: db/migrate.ts installs this before the migrations, whose index calls it.

/**
 * Word pairs make a phrase one index lookup. The GIN index on the tsvector keeps no word
 * positions, so "kostenlose Schülerbeförderung" could only be found by reading the tsvector of
 * every document holding both words out of TOAST (0.5–0.8 s at 1M documents for two common
 * words). A second GIN index holds each document's pairs of adjacent lexemes ("kostenlos
 * schulerbeforder"), taken from the very tsvector the phrase is checked against, so its
 * positions (stop words leave gaps, title and body are joined, long texts end at 16383) are the
 * ones `phraseto_tsquery` matches on: every document holding the phrase holds all its pairs, and
 * the few that hold the pairs in another order are removed by the usual check.
 *
 * An expression index (no column): the pairs cost no heap or TOAST space, and the GIN operator
 * `@>` on arrays needs no recheck, so the function runs when a row is written, never when read.
 * Pairs longer than a GIN key may be are left out on both sides alike (a phrase then only has
 * fewer pairs to look up). Installed before the migrations (db/migrate.ts), since the index of
 * the schema calls it; changing its body means giving the index a new name, so it is rebuilt.
 */
export const WORD_PAIRS_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION search_word_pairs(document tsvector)
RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	WITH word AS (
		SELECT entry.lexeme, pos FROM unnest(document) entry, unnest(entry.positions) pos
	)
	SELECT coalesce(array_agg(w1.lexeme || ' ' || w2.lexeme), '{}')
	FROM word w1 JOIN word w2 ON w2.pos = w1.pos + 1
	WHERE octet_length(w1.lexeme) + octet_length(w2.lexeme) < 1000
$$`;
