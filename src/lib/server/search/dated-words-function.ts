// No imports: db/migrate.ts installs this before the migrations, whose index calls it.

/** The year key of undated documents (documents/year-stages.ts puts them first, as the date order does). */
export const UNDATED_YEAR = 0;

/**
 * Every word of a document keyed with the document's year ("2025:kita"), for a GIN index: the
 * newest matches of a word are then the entries of its newest years' keys alone. The plain
 * index on the tsvector gives a word's matches in no date order, so finding the newest 1,000 of
 * a word in 1 % of a million documents meant reading the table row of each of its 10,000
 * matches for the date; a month beside the words (an index on `(tsv, ARRAY[month])`) narrowed
 * the rows, but every lookup then read the whole of its months' entries, as long as a common
 * word's (14 ms for 16 months at 1M). Keys of word and year are as many entries as the words
 * alone, each list as short as the word's matches in that year.
 *
 * The lexemes are those of the stored tsvector, so a document matching a word holds the key of
 * its lexeme and year, whatever weight or position. String functions instead of a set-returning
 * `unnest … array_agg`: the expression is inlined and runs in C, 2.6 times faster when the index
 * is built (every row) and on every write. No lexeme holds the control character used as the
 * separator (the parser splits words at it). Installed before the migrations (db/migrate.ts); a
 * change to its body means a new index name, so the index is rebuilt.
 */
export const DATED_WORDS_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION search_dated_words(document tsvector, day date)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN length(document) = 0 THEN '{}'::text[] ELSE string_to_array(
		coalesce(extract(year from day)::int, ${UNDATED_YEAR})::text || ':' ||
			array_to_string(
				tsvector_to_array(document),
				E'\\x01' || coalesce(extract(year from day)::int, ${UNDATED_YEAR})::text || ':'
			),
		E'\\x01'
	) END
$$`;

/** The index key of a lexeme in documents of a year. */
export function datedWordKey(year: number, lexeme: string): string {
	return `${year}:${lexeme}`;
}
