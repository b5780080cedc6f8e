#!/bin/sh
# The accuracy gate: where ../shared/corpus exists, parse it and hold the
# parser to the bar in force, measured by ../shared/tools/score-parse.
#   - the seed telegram: 100.00 on every field;
#   - the volumes from 1917 on, with the seed: overall >= 98.5, no field < 96;
#   - the whole corpus parses without an error, and every report runs over it.
set -u
: "${CABLE:?set CABLE to the binary}"
: "${SHARED:=../shared}"
corpus=$SHARED/corpus
score=$SHARED/tools/score-parse
if [ ! -d "$corpus" ] || [ ! -x "$score" ]; then
    echo "gate: skipped ($corpus or $score not found)"
    exit 0
fi
MODERN="frus1917Supp02v02 frus1918Russiav03 frus1919Parisv01 frus1925v02 frus1930v01 frus1934v05 frus1936v03 seed"
OVERALL_MIN=98.5
FIELD_MIN=96
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
passed=0

# check_score NAME FILE OVERALL FIELD: the score report in FILE meets the bar
check_score() {
    if awk -v overall="$3" -v field="$4" -v name="$1" '
        /^overall:/ { o = $2 }
        /^[a-z_]+ +[0-9.]+ / && $1 != "documents:" { if ($2 + 0 < field) { bad = bad " " $1 "=" $2 } }
        END {
            if (o + 0 < overall || bad != "") { printf "gate %s: overall %s (bar %s)%s\n", name, o, overall, bad ? "; under " field ":" bad : ""; exit 1 }
            printf "gate %s: overall %s, every field >= %s\n", name, o, field
        }' "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); cat "$2"; fi
}

"$CABLE" parse --json "$corpus/seed" >"$tmp/seed.jsonl" || failed=$((failed + 1))
"$score" "$tmp/seed.jsonl" "$corpus/seed" >"$tmp/seed.score"
check_score seed "$tmp/seed.score" 100 100

dirs=""
for v in $MODERN; do [ -d "$corpus/$v" ] && dirs="$dirs $corpus/$v"; done
# shellcheck disable=SC2086
"$CABLE" parse --json $dirs >"$tmp/modern.jsonl" || failed=$((failed + 1))
# shellcheck disable=SC2086
"$score" "$tmp/modern.jsonl" $dirs >"$tmp/modern.score"
check_score "1917-1936+seed" "$tmp/modern.score" "$OVERALL_MIN" "$FIELD_MIN"

if "$CABLE" parse --json "$corpus" >"$tmp/all.jsonl" 2>"$tmp/all.err"; then
    passed=$((passed + 1))
    echo "gate whole corpus: $(wc -l <"$tmp/all.jsonl") documents parsed, no error"
    "$score" "$tmp/all.jsonl" "$corpus" | sed -n 's/^overall: /gate whole corpus: overall /p'
else
    failed=$((failed + 1))
    echo "gate whole corpus: cable parse failed"; head "$tmp/all.err"
fi
# every bundled report runs over the whole corpus without an error
for report in $("$CABLE" reports | cut -d' ' -f1); do
    extra=""
    [ "$report" = kwic ] && extra="--pattern 'Dairen'"
    # shellcheck disable=SC2086
    if eval '"$CABLE"' report "$report" -o json $extra '"$corpus"' >"$tmp/report.json" 2>"$tmp/report.err" &&
        python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/report.json"; then
        passed=$((passed + 1))
        echo "gate report $report: whole corpus, valid JSON$(sed -n 's/^cable: / (/p' "$tmp/report.err" | sed 's/$/)/')"
    else
        failed=$((failed + 1))
        echo "gate report $report: failed on the corpus"; head -5 "$tmp/report.err"
    fi
done
echo "gate: $passed passed, $failed failed"
[ "$failed" = 0 ]
