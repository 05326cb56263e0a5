// Synthetic German council documents for the search benchmark, generated inside the database
// (no gigabytes through the driver): titles of 6–12 and bodies of 100–400 words drawn from a
// vocabulary of ~20k German word forms with a Zipf-like (log-uniform) frequency, so a few words
// are in most documents and most words in few, as in real text.
import type { DatabaseHandle } from '../../src/lib/server/db';

const FUNCTION_WORDS =
	'der die das und in zu den von mit für auf ist im dem nicht ein eine als auch es an werden aus hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sich soll sollen kann können alle'.split(
		' '
	);

const NOUNS =
	'Schule Kita Haushalt Straße Bus Bahn Wohnung Klima Energie Wasser Abfall Sport Jugend Senioren Kultur Bibliothek Feuerwehr Krankenhaus Arzt Pflege Radweg Spielplatz Friedhof Hafen Tourismus Landwirtschaft Wald See Strand Gemeinde Kreis Stadt Verwaltung Personal Digitalisierung Breitband Gebühr Beitrag Steuer Förderung Plan Konzept Bericht Antrag Anfrage Beschluss Ausschuss Vertretung Fraktion Bürger Einwohner Kind Eltern Lehrer Schüler Bau Sanierung Neubau Halle Platz Weg Brücke Hof Markt Zentrum Park Garten Baum Grün Lärm Luft Verkehr Parkplatz Ampel Tempo Sicherheit Polizei Ordnung Migration Integration Sprache Arbeit Betrieb Handwerk Wirtschaft Hafenbahn Fähre Insel Küste Deich Hochwasser Strom Wärme Netz Solar Wind Speicher Biogas Heizung Fenster Dach Turnhalle Mensa Essen Kantine Kosten Mittel Zuschuss Kredit Schulden Rücklage Rente Armut Tafel Obdach Miete Eigentum Grundstück Fläche Gewerbe Ansiedlung Museum Theater Musik Fest Verein Ehrenamt Rat Beirat Bürgermeister Landrat Amt Dorf Ortsteil Quartier Bahnhof Haltestelle Takt Linie Ticket Rufbus Taxi Fahrrad Fußweg Gehweg Barriere Inklusion Teilhabe Gesundheit Praxis Apotheke Hebamme Geburt Notarzt Rettung Katastrophe Schutz Tier Hund Katze Naturschutz Moor Acker Dünger Pestizid Ernte'.split(
		' '
	);
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'er'];
const VERBS_ADJECTIVES =
	'fordern prüfen beschließen sanieren bauen fördern erhöhen senken öffnen schließen erhalten stärken verbessern einrichten beantragen berichten kommunal öffentlich sozial kostenlos gerecht sicher barrierefrei nachhaltig regional digital neu alt groß klein schnell dringend notwendig jährlich'.split(
		' '
	);

/** Deterministic shuffle so every run (and every database) gets the same ranks. */
function shuffled<T>(items: T[], seed: number): T[] {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** Vocabulary in rank order: function words first, then base words, then compounds. */
export function benchmarkVocabulary(): string[] {
	const base = shuffled(
		[...VERBS_ADJECTIVES, ...NOUNS.flatMap((noun) => ENDINGS.slice(0, 3).map((e) => noun + e))],
		7
	);
	const compounds = shuffled(
		NOUNS.flatMap((first) =>
			NOUNS.filter((second) => second !== first).map(
				(second) =>
					first + second.toLowerCase() + ENDINGS[(first.length + second.length) % ENDINGS.length]
			)
		),
		11
	).slice(0, 20_000);
	return [...FUNCTION_WORDS, ...base, ...compounds];
}

/** Words at chosen ranks, for queries of known breadth (measured after loading). */
export function wordAtRank(vocabulary: string[], rank: number): string {
	return vocabulary[rank - 1]!;
}

const DISTRICTS = ['13003', '13004', '13071', '13072', '13073', '13074', '13075', '13076'];
const KINDS = [
	'motion',
	'motion',
	'motion',
	'inquiry',
	'inquiry',
	'resolution',
	'template',
	'statement'
];
const STATUSES = [
	'filed',
	'in_deliberation',
	'adopted',
	'adopted_amended',
	'rejected',
	'withdrawn',
	'settled'
];
const COUNCILS = ['Kreistag', 'Bürgerschaft', 'Stadtvertretung', 'Gemeindevertretung'];

/**
 * Appends `count` documents (in batches, reporting progress). The GIN indexes (words, word
 * pairs, words by year) are dropped during the load and built once afterwards, as a bulk import would; statistics on the tsvector are
 * raised so the planner knows rare words are rare (SEARCH-NOTES.md).
 */
export async function loadBenchmarkDocuments(
	handle: DatabaseHandle,
	count: number,
	topicIds: string[],
	factionIds: string[],
	progress: (done: number) => void
): Promise<void> {
	const vocabulary = benchmarkVocabulary();
	await handle.exec(
		'DROP INDEX IF EXISTS search_document_tsv_idx; DROP INDEX IF EXISTS search_document_dated_words_idx; ' +
			'DROP INDEX IF EXISTS search_document_word_pairs_idx'
	);
	// Words by rank in a table: documents are drawn as (document, position, rank) rows, joined to
	// it by hash and aggregated; indexing a 20k-word array per word costs minutes instead.
	await handle.exec(
		'CREATE TEMP TABLE bench_vocab (rank int PRIMARY KEY, word text NOT NULL); ' +
			'CREATE TEMP TABLE bench_text (g int PRIMARY KEY, title text, body text)'
	);
	await handle.query(
		'INSERT INTO bench_vocab SELECT ordinality::int, word FROM unnest($1::text[]) WITH ORDINALITY word',
		[vocabulary]
	);
	const words = vocabulary.length;
	const functionWords = FUNCTION_WORDS.length;
	const batch = 10_000;
	for (let done = 0; done < count; done += batch) {
		const first = done + 1;
		const last = done + Math.min(batch, count - done);
		// Titles skip the function words; bodies draw from the whole vocabulary. Word order is
		// random anyway, so the aggregate needs no sort.
		await handle.query(
			`INSERT INTO bench_text (g, title, body)
			SELECT t.g, t.words, b.words FROM (
				SELECT p.g, string_agg(v.word, ' ') AS words
				FROM (SELECT g, pos, ${functionWords} + floor(exp(random() * ln(${words - functionWords})))::int AS rank
					FROM generate_series($1::int, $2::int) g, generate_series(1, 6 + g % 7) pos) p
				JOIN bench_vocab v USING (rank) GROUP BY p.g
			) t JOIN (
				SELECT p.g, string_agg(v.word, ' ') AS words
				FROM (SELECT g, pos, floor(exp(random() * ln(${words})))::int AS rank
					FROM generate_series($1::int, $2::int) g, generate_series(1, 100 + (g::bigint * 7919) % 300) pos) p
				JOIN bench_vocab v USING (rank) GROUP BY p.g
			) b USING (g)`,
			[first, last]
		);
		await handle.query(
			`INSERT INTO search_document (type, source_id, title, body, url, date, kind, status,
				topic_ids, district_ags, council_type, access, reader_faction_ids)
			SELECT 'motion', id, title, body, '/antraege/' || id, date, kind, status, topics,
				district, council, access,
				CASE WHEN access = 'restricted' THEN factions ELSE '{}'::uuid[] END
			FROM (
				SELECT gen_random_uuid() AS id, title, body,
					DATE '2015-01-01' + ((g::bigint * 104729) % 3980)::int AS date,
					($1::text[])[1 + g % ${KINDS.length}] AS kind,
					($2::text[])[1 + (g / 3) % ${STATUSES.length}] AS status,
					ARRAY[($3::uuid[])[1 + g % cardinality($3::uuid[])]] AS topics,
					ARRAY[($4::uuid[])[1 + g % cardinality($4::uuid[])]] AS factions,
					($5::text[])[1 + (g / 5) % ${DISTRICTS.length}] AS district,
					($6::text[])[1 + (g / 11) % ${COUNCILS.length}] AS council,
					CASE WHEN g % 20 = 0 THEN 'restricted' WHEN g % 7 = 0 THEN 'members' ELSE 'public' END AS access
				FROM bench_text
			) generated`,
			[KINDS, STATUSES, topicIds, factionIds, DISTRICTS, COUNCILS]
		);
		await handle.exec('TRUNCATE bench_text');
		progress(last);
	}
	await createBenchmarkIndexes(handle);
}

const BENCHMARK_INDEXES = [
	'search_document_tsv_idx',
	'search_document_dated_words_idx',
	'search_document_word_pairs_idx'
];

/**
 * The GIN indexes the loader dropped, built once over all documents (far faster than keeping
 * them up to date row by row). Also run when a database holds an earlier run's documents but a
 * stopped run left it without them. GIN builds in memory: at the default 64 MB of
 * maintenance_work_mem the 1M documents took hours of merging. PGlite keeps its default, since
 * a WebAssembly heap is no place for a gigabyte of sort memory.
 */
export async function createBenchmarkIndexes(handle: DatabaseHandle): Promise<void> {
	// All three there: an earlier run built them, and analysed the table in the same statement
	// (the ANALYZE at the raised target takes minutes at 1M, and its statistics still stand).
	const { rows } = await handle.query<{ indexname: string }>(
		"SELECT indexname FROM pg_indexes WHERE tablename = 'search_document'"
	);
	const present = new Set(rows.map((row) => row.indexname));
	if (BENCHMARK_INDEXES.every((index) => present.has(index))) return;
	const memory = handle.kind === 'postgres' ? "SET maintenance_work_mem = '1GB'; " : '';
	// ANALYZE before the expression indexes: with the raised target it samples every row, and
	// would compute the word pairs and the words by year of each (minutes at 1M; the words by
	// year made the load of 100k on PGlite 564 s instead of 462). The planner's default
	// estimates for `@>` and `&&` already send phrases and stages to those indexes.
	await handle.exec(
		memory +
			'CREATE INDEX IF NOT EXISTS search_document_tsv_idx ON search_document USING gin (tsv); ' +
			'ALTER TABLE search_document ALTER COLUMN tsv SET STATISTICS 10000; ANALYZE search_document; ' +
			'CREATE INDEX IF NOT EXISTS search_document_dated_words_idx ON search_document USING gin (search_dated_words(tsv, date)); ' +
			'CREATE INDEX IF NOT EXISTS search_document_word_pairs_idx ON search_document USING gin (search_word_pairs(tsv))'
	);
}
