#!/usr/bin/env bash
# `npm test`: every check the project has, one step after the other. A failing step does not stop
# the run: all steps run, a table sums them up, and the exit code is non-zero if any step failed.
#
#   npm test                 all steps
#   npm test -- unit e2e     only the named steps (names: see STEP_NAMES below)
#
# PostgreSQL steps need TEST_DATABASE_URL (an admin URL of a PostgreSQL >= 15 server), the e2e
# steps need Chromium at /usr/bin/chromium. Without them those steps are skipped with a hint; with
# CI=true a skipped step counts as failed, so CI cannot pass by testing less.
set -uo pipefail

cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

CHROMIUM=/usr/bin/chromium
STEP_NAMES=(format lint check unit unit-pg build process e2e e2e-pg)
ci_mode=false
[[ "${CI:-}" == "true" || "${CI:-}" == "1" ]] && ci_mode=true

selected=("$@")
for name in "${selected[@]}"; do
	if [[ ! " ${STEP_NAMES[*]} " == *" $name "* ]]; then
		echo "Unbekannter Schritt „$name“. Mögliche Schritte: ${STEP_NAMES[*]}" >&2
		exit 2
	fi
done

if [[ ! -d node_modules ]]; then
	echo "node_modules fehlt: zuerst „npm ci“ ausführen." >&2
	exit 2
fi

# Each step's output also goes to a log here, so the failures can be repeated at the very end:
# CI shows only the tail of a long run, and a failing test must be readable there.
logs_dir=$(mktemp -d)
trap 'rm -rf "$logs_dir"' EXIT

results_name=()
results_status=()
results_seconds=()
results_note=()

wanted() {
	[[ ${#selected[@]} -eq 0 || " ${selected[*]} " == *" $1 "* ]]
}

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

seconds_since() {
	local elapsed=$(($(now_ms) - $1))
	printf '%d.%d' $((elapsed / 1000)) $((elapsed % 1000 / 100))
}

record() {
	results_name+=("$1")
	results_status+=("$2")
	results_seconds+=("$3")
	results_note+=("$4")
}

# run_step NAME LABEL COMMAND... — runs the command, shows its own output, records the outcome.
run_step() {
	local name=$1 label=$2
	shift 2
	echo
	echo "━━━ $label ($name) ━━━"
	echo "\$ $*"
	local started
	started=$(now_ms)
	"$@" 2>&1 | tee "$logs_dir/$name.log"
	local rc=${PIPESTATUS[0]}
	local took
	took=$(seconds_since "$started")
	if [[ $rc -eq 0 ]]; then
		echo "✔ $label: bestanden ($took s)"
		record "$name" passed "$took" ""
	else
		echo "✘ $label: fehlgeschlagen mit Exit-Code $rc ($took s)"
		record "$name" failed "$took" "Exit-Code $rc"
	fi
}

# skip_step NAME LABEL REASON HINT — a step that cannot run here; a failure under CI=true.
skip_step() {
	local name=$1 label=$2 reason=$3 hint=$4
	echo
	echo "━━━ $label ($name) ━━━"
	echo "ÜBERSPRUNGEN: $reason"
	[[ -n "$hint" ]] && echo "  So aktivieren: $hint"
	if $ci_mode; then
		echo "✘ Mit CI=true zählt ein übersprungener Schritt als fehlgeschlagen."
		record "$name" failed 0.0 "übersprungen: $reason"
	else
		record "$name" skipped 0.0 "$reason"
	fi
}

# fail_step NAME LABEL REASON — a step that must not run because an earlier one failed.
fail_step() {
	echo
	echo "━━━ $2 ($1) ━━━"
	echo "✘ Nicht ausgeführt: $3"
	record "$1" failed 0.0 "nicht ausgeführt: $3"
}

step_status() {
	local i
	for i in "${!results_name[@]}"; do
		[[ "${results_name[$i]}" == "$1" ]] && echo "${results_status[$i]}" && return
	done
	echo none
}

postgres_reachable() {
	node -e '
		const pg = require("pg");
		const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
		client.connect().then(() => client.end()).then(
			() => process.exit(0),
			(error) => { console.error(`PostgreSQL unter TEST_DATABASE_URL nicht erreichbar: ${error.message}`); process.exit(1); }
		);'
}

PG_HINT="apt-get install postgresql, einen Server starten (siehe .ci/run) und z. B. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres npm test"
CHROMIUM_HINT="apt-get install chromium (erwartet unter $CHROMIUM)"

# unset: the PostgreSQL steps are skipped; set but unreachable: they fail (someone meant to run them).
postgres=unset
if [[ -n "${TEST_DATABASE_URL:-}" ]] && { wanted unit-pg || wanted e2e-pg; }; then
	if postgres_reachable; then postgres=ready; else postgres=unreachable; fi
fi

# pg_step NAME LABEL COMMAND... — a step that needs PostgreSQL.
pg_step() {
	case $postgres in
	ready) run_step "$@" ;;
	unreachable) fail_step "$1" "$2" "PostgreSQL unter TEST_DATABASE_URL ist nicht erreichbar" ;;
	*) skip_step "$1" "$2" "TEST_DATABASE_URL ist nicht gesetzt" "$PG_HINT" ;;
	esac
}
have_chromium=false
[[ -x "$CHROMIUM" ]] && have_chromium=true

run_started=$(now_ms)

# The static checks run side by side on two lanes, each check into its own log, and are reported
# in order afterwards as if one after the other. svelte-check is the longest (about 60 s alone on
# two cores, at times on both); prettier and eslint follow each other on the second lane. Three
# processes on two cores made the slowest wait for the others: 119 s, now about 100.
static_steps=()
wanted format && static_steps+=("format|1|Formatierung (prettier)|prettier --check .")
wanted lint && static_steps+=("lint|1|Lint (eslint)|eslint .")
wanted check && static_steps+=("check|2|Typprüfung (svelte-check)|svelte-kit sync && svelte-check --tsconfig ./tsconfig.json --fail-on-warnings")
if [[ ${#static_steps[@]} -gt 0 ]]; then
	static_dir=$(mktemp -d)
	static_pids=()
	for lane in 1 2; do
		(
			for entry in "${static_steps[@]}"; do
				IFS='|' read -r name step_lane _ command <<<"$entry"
				[[ $step_lane == "$lane" ]] || continue
				started=$(now_ms)
				bash -c "$command" >"$logs_dir/$name.log" 2>&1
				echo "$? $(seconds_since "$started")" >"$static_dir/$name.result"
			done
		) &
		static_pids+=($!)
	done
	wait "${static_pids[@]}"
	for entry in "${static_steps[@]}"; do
		IFS='|' read -r name _ label command <<<"$entry"
		read -r rc took <"$static_dir/$name.result"
		echo
		echo "━━━ $label ($name) ━━━"
		echo "\$ $command"
		cat "$logs_dir/$name.log"
		if [[ $rc -eq 0 ]]; then
			echo "✔ $label: bestanden ($took s, parallel zu svelte-check bzw. prettier und eslint)"
			record "$name" passed "$took" ""
		else
			echo "✘ $label: fehlgeschlagen mit Exit-Code $rc ($took s)"
			record "$name" failed "$took" "Exit-Code $rc"
		fi
	done
	rm -rf "$static_dir"
fi

wanted unit && run_step unit "Vitest auf PGlite" env -u TEST_DATABASE_URL vitest run
# On PostgreSQL only the test files of the data layer that open a database: the others (pure
# functions, renderers, parsers) do not depend on it and ran on PGlite just before. The routes'
# files are left out too: routes hold no SQL (only src/lib/server does; /healthz is the process
# tests'), their tests check permissions and forms over the same lib functions, and the e2e run
# on PostgreSQL loads every route there. The CLI's files run the CLI on a PGlite data directory
# whatever the run (the cross-driver restore is backup-restore.test.ts's).
mapfile -t database_test_files < <(grep -rlE \
	'TestDatabase|TEST_DATABASE_URL|testDatabaseKind|openConfiguredDatabase|useDatabase|testDatabaseUrl' \
	--include='*.test.ts' --exclude-dir=node_modules --exclude-dir=cli src/lib scripts | sort)
wanted unit-pg && pg_step unit-pg "Vitest auf PostgreSQL" vitest run "${database_test_files[@]}"

wanted build && run_step build "Build (vite build)" vite build

if wanted process; then
	if [[ -f vitest.process.config.ts ]]; then
		run_step process "Prozesstests" vitest run --config vitest.process.config.ts
	else
		echo
		echo "━━━ Prozesstests (process) ━━━"
		echo "Keine vitest.process.config.ts vorhanden: keine Prozesstests in diesem Stand."
	fi
fi

# The e2e runs start the built app; after a failed build they would test an old build/.
e2e_blocked=""
[[ "$(step_status build)" == "failed" ]] && e2e_blocked="Build fehlgeschlagen"
[[ ! -f build/handler.js ]] && ! wanted build && e2e_blocked="kein Build vorhanden (npx vite build)"

if wanted e2e; then
	if [[ -n "$e2e_blocked" ]]; then
		fail_step e2e "E2E auf PGlite (Playwright)" "$e2e_blocked"
	elif $have_chromium; then
		run_step e2e "E2E auf PGlite (Playwright)" env -u E2E_DATABASE_URL playwright test
	else
		skip_step e2e "E2E auf PGlite (Playwright)" "Chromium fehlt ($CHROMIUM)" "$CHROMIUM_HINT"
	fi
fi
if wanted e2e-pg; then
	if [[ -n "$e2e_blocked" ]]; then
		fail_step e2e-pg "E2E auf PostgreSQL (Playwright)" "$e2e_blocked"
	elif ! $have_chromium; then
		skip_step e2e-pg "E2E auf PostgreSQL (Playwright)" "Chromium fehlt ($CHROMIUM)" "$CHROMIUM_HINT"
	else
		pg_step e2e-pg "E2E auf PostgreSQL (Playwright)" \
			env E2E_DATABASE_URL="${TEST_DATABASE_URL:-}" playwright test
	fi
fi

# print_failures NAME — the lines of a failed step's log that name what failed (vitest, Playwright,
# eslint, prettier, svelte-check), without colours and without the demo server's job log.
print_failures() {
	local log="$logs_dir/$1.log"
	[[ -f "$log" ]] || return
	echo
	echo "── Fehler in $1 ──"
	sed -e 's/\x1b\[[0-9;]*m//g' "$log" |
		grep -v '^\[demo\]' |
		grep -E -A3 '(^| )(FAIL|✘|×|✗)( |$)|^ +[0-9]+\) |Error:|error |Warn:|\[warn\]|Unhandled|Timed out|Test timeout' |
		head -n 60
}

passed=0
failed=0
for i in "${!results_name[@]}"; do
	[[ "${results_status[$i]}" == "failed" ]] && print_failures "${results_name[$i]}"
done
echo
echo "━━━ Zusammenfassung ━━━"
printf '%-8s  %-12s  %8s  %s\n' "Schritt" "Ergebnis" "Dauer" "Hinweis"
for i in "${!results_name[@]}"; do
	case "${results_status[$i]}" in
	passed)
		passed=$((passed + 1))
		shown="bestanden"
		;;
	failed)
		failed=$((failed + 1))
		shown="FEHLER"
		;;
	*) shown="übersprungen" ;;
	esac
	printf '%-8s  %-12s  %6s s  %s\n' "${results_name[$i]}" "$shown" "${results_seconds[$i]}" "${results_note[$i]}"
done
echo "Gesamtdauer: $(seconds_since "$run_started") s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
