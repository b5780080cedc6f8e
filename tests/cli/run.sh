#!/bin/sh
# End-to-end tests of the cable binary: outputs against golden files, exit
# codes, error messages. Run from the top of the repository with CABLE set.
# UPDATE_GOLDEN=1 rewrites the golden files from the current output.
set -u
LC_ALL=C
export LC_ALL
: "${CABLE:?set CABLE to the binary}"
golden=tests/cli/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }

# golden NAME COMMAND...: stdout of COMMAND must equal $golden/NAME
golden() {
    name=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$tmp/out" "$golden/$name"; fi
    if cmp -s "$tmp/out" "$golden/$name"; then ok; else
        fail "$name: output differs from $golden/$name"
        diff "$golden/$name" "$tmp/out" | head -20
    fi
}

# status WANT NAME COMMAND...: exit status must be WANT
status() {
    want=$1; name=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" = "$want" ]; then ok; else fail "$name: exit $got, wanted $want"; cat "$tmp/err"; fi
}

# stderr_has NAME TEXT: the last command's stderr holds TEXT
stderr_has() {
    if grep -qF -- "$2" "$tmp/err"; then ok; else fail "$1: stderr lacks '$2'"; cat "$tmp/err"; fi
}

golden sample.parse.txt "$CABLE" parse tests/fixtures/sample.txt
golden sample.parse.jsonl "$CABLE" parse --json tests/fixtures/sample.txt
golden multi.parse.jsonl "$CABLE" parse --json tests/fixtures/multi.txt
golden multi.check.txt "$CABLE" check tests/fixtures/multi.txt
golden fixtures.parse.txt "$CABLE" parse tests/fixtures

# every line of --json is one valid JSON object
"$CABLE" parse --json tests/fixtures >"$tmp/all.jsonl"
if python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line); n += 1
    assert isinstance(o["paragraphs"], list) and isinstance(o["file_numbers"], list)
assert n == 5, n
' "$tmp/all.jsonl"; then ok; else fail "parse --json: not JSON Lines"; fi

# standard input, and CRLF with a byte-order mark, give the same document
"$CABLE" parse --json <tests/fixtures/sample.txt | sed 's/"path":"-"/"path":"tests\/fixtures\/sample.txt"/' >"$tmp/stdin.jsonl"
if cmp -s "$tmp/stdin.jsonl" "$golden/sample.parse.jsonl"; then ok; else fail "stdin differs from file"; fi
printf '\357\273\277' >"$tmp/crlf.txt"
sed 's/$/\r/' tests/fixtures/sample.txt >>"$tmp/crlf.txt"
"$CABLE" parse --json "$tmp/crlf.txt" | sed "s|$tmp/crlf.txt|tests/fixtures/sample.txt|" >"$tmp/crlf.jsonl"
if cmp -s "$tmp/crlf.jsonl" "$golden/sample.parse.jsonl"; then ok; else fail "CRLF+BOM differs"; diff "$tmp/crlf.jsonl" "$golden/sample.parse.jsonl" | head -5; fi

# invalid UTF-8 is replaced and reported with its line
printf 'No. 1\nA to B\n\nBad \377 byte.\n' >"$tmp/bad.txt"
status 1 "check invalid utf-8" "$CABLE" check "$tmp/bad.txt"
if grep -qF "bad.txt:4: invalid UTF-8 replaced by U+FFFD" "$tmp/out"; then ok; else fail "invalid UTF-8 warning"; cat "$tmp/out"; fi

# exit codes and messages
status 0 "check clean" "$CABLE" check tests/fixtures/sample.txt
status 1 "check warnings" "$CABLE" check tests/fixtures/multi.txt
status 2 "missing file" "$CABLE" parse "$tmp/nope.txt"
stderr_has "missing file" "cable: $tmp/nope.txt: No such file or directory"
status 2 "missing file among good ones" "$CABLE" parse --json tests/fixtures/sample.txt "$tmp/nope.txt"
if [ "$(wc -l <"$tmp/out")" = 1 ]; then ok; else fail "the run goes on past a missing file"; fi
status 2 "no command" "$CABLE"
status 2 "unknown command" "$CABLE" frobnicate
stderr_has "unknown command" "cable: unknown command 'frobnicate'"
status 2 "unknown option" "$CABLE" parse --frob tests/fixtures/sample.txt
stderr_has "unknown option" "cable: unknown option '--frob'"
for cmd in "" parse check; do
    status 0 "help $cmd" "$CABLE" $cmd --help
    if grep -q '^usage: cable' "$tmp/out"; then ok; else fail "help $cmd: no usage line"; fi
done
status 0 "version" "$CABLE" --version
if grep -q '^cable [0-9]' "$tmp/out"; then ok; else fail "version text"; fi

# a full disk is an error; a closed pipe is not noisy
if [ -w /dev/full ]; then
    "$CABLE" parse tests/fixtures >/dev/full 2>"$tmp/err"
    got=$?
    if [ "$got" = 2 ] && grep -q "No space left" "$tmp/err"; then ok; else fail "/dev/full: exit $got"; cat "$tmp/err"; fi
fi
"$CABLE" parse tests/fixtures 2>"$tmp/err" | head -1 >/dev/null
if [ ! -s "$tmp/err" ]; then ok; else fail "closed pipe wrote to stderr"; cat "$tmp/err"; fi

# ---- the Lua side ----------------------------------------------------------
S=tests/fixtures/sample.txt
M=tests/fixtures/multi.txt
scripts=tests/cli/scripts

for fmt in text json csv md; do
    golden "summary.$fmt" "$CABLE" report summary -o "$fmt" $S
done
golden summary.multi.csv "$CABLE" report summary -o csv --names 3 $M

# every report, on the sample telegram and on all the fixtures, in every format
for report in summary entities positions timeline footnotes kwic freq headers threads decimal; do
    extra=""
    [ "$report" = kwic ] && extra="--pattern 'Molotov'/'Stalin'"
    [ "$report" = freq ] && extra="--top 5"
    for fmt in text json csv md; do
        # shellcheck disable=SC2086
        eval golden "report.$report.sample.$fmt" '"$CABLE"' report $report -o $fmt $extra $S
        eval golden "report.$report.fixtures.$fmt" '"$CABLE"' report $report -o $fmt $extra tests/fixtures
    done
    status 0 "report $report --help" "$CABLE" report $report --help
    if grep -q "^usage: cable report $report" "$tmp/out"; then ok; else fail "$report --help"; fi
done
golden report.threads.fixtures.dot "$CABLE" report threads -o dot tests/fixtures
status 2 "dot elsewhere" "$CABLE" report headers -o dot $S
stderr_has "dot elsewhere" "no format 'dot' here"
status 2 "kwic without pattern" "$CABLE" report kwic $S
stderr_has "kwic without pattern" "kwic needs --pattern"
golden reports.txt "$CABLE" reports
status 0 "report help" "$CABLE" report summary --help
if grep -q '^usage: cable report summary' "$tmp/out" && grep -q -- '--names N' "$tmp/out"; then ok; else fail "report help text"; fi
status 2 "unknown report" "$CABLE" report nosuch $S
stderr_has "unknown report" "no report named 'nosuch'"
status 2 "unknown report option" "$CABLE" report summary --frob $S
stderr_has "unknown report option" "report summary has no option '--frob'"
status 2 "bad format" "$CABLE" report summary -o xml $S
stderr_has "bad format" "unknown format 'xml'"

golden chunk.txt "$CABLE" -e 'print(doc.number, doc.from[1].name, #doc.footnotes)' $M $S
golden count.txt "$CABLE" run $scripts/count.lua tests/fixtures -- hello
golden iterate.txt "$CABLE" run $scripts/iterate.lua tests/fixtures
"$CABLE" --timeout 5 run $scripts/count.lua -- from-stdin <$S >"$tmp/out" 2>"$tmp/err"
if grep -q "1 documents, 2 paragraphs, arg from-stdin" "$tmp/out"; then ok; else fail "stdin and options before the command"; fi

golden grep.txt "$CABLE" grep "'Stalin' / 'Port Arthur'" $S $M
status 1 "grep nothing" "$CABLE" grep "'Vladivostok'" $S
status 2 "grep bad pattern" "$CABLE" grep "'Port" $S
stderr_has "grep bad pattern" "bad pattern at position 1"

printf 'doc.number
#docs
x = 6
x * 7
doc.dateline.place
error("boom")
doc.to[1]
' |
    "$CABLE" repl $S $M >"$tmp/out" 2>"$tmp/err"
printf '601
3
42
"Moscow"
{title = "the Secretary of State"}
' >"$tmp/want"
if cmp -s "$tmp/out" "$tmp/want"; then ok; else fail "repl through a pipe"; diff "$tmp/want" "$tmp/out"; fi
stderr_has "repl error" "cable: stdin:1: boom"

# --lua-path and CABLE_PATH put files on disk before the built-in ones
mkdir -p "$tmp/lp/scripts" "$tmp/lp/cable"
printf -- '-- mine: a report of my own\nfunction Document(doc) print("mine", doc.number, cable.text.shout(doc.kind)) end\n' \
    >"$tmp/lp/scripts/mine.lua"
printf 'local M = dofile and {} or {}\nfunction M.shout(s) return s:upper() end\nfunction M.words() return {} end\nreturn M\n' \
    >"$tmp/lp/cable/text.lua"
"$CABLE" --lua-path "$tmp/lp" report mine $S >"$tmp/out" 2>"$tmp/err"
if [ "$(cat "$tmp/out")" = "$(printf 'mine\t601\tTELEGRAM')" ]; then ok; else fail "--lua-path"; cat "$tmp/out" "$tmp/err"; fi
"$CABLE" --lua-path "$tmp/lp" reports >"$tmp/out"
if grep -q "^mine *a report of my own$" "$tmp/out" && grep -q "^summary " "$tmp/out"; then ok; else
    fail "reports on the Lua path"; cat "$tmp/out"; fi
CABLE_PATH="$tmp/lp" "$CABLE" report mine $S >"$tmp/out" 2>&1
if grep -q "TELEGRAM" "$tmp/out"; then ok; else fail "CABLE_PATH"; cat "$tmp/out"; fi

# errors and exit codes
status 2 "missing script" "$CABLE" run "$tmp/none.lua" $S
stderr_has "missing script" "cannot open $tmp/none.lua"
status 3 "syntax error" "$CABLE" run $scripts/syntax.lua $S
stderr_has "syntax error" "cable: $scripts/syntax.lua:2: ')' expected"
status 4 "runtime error" "$CABLE" run $scripts/fails_on_31.lua $M $S
stderr_has "runtime error" "cable: $scripts/fails_on_31.lua:3: cannot read No. 31 (in $M:1, document 1)"
if [ ! -s "$tmp/out" ]; then ok; else fail "without --keep-going the run stops"; fi
status 4 "keep going" "$CABLE" run --keep-going $scripts/fails_on_31.lua $M $S
if [ "$(cat "$tmp/out")" = "$(printf '140\n601')" ]; then ok; else fail "--keep-going lost output"; cat "$tmp/out"; fi
status 4 "chunk error" "$CABLE" -e 'error("no")' $S
stderr_has "chunk error" "cable: (command line):1: no"

# limits: exit 4 with a clear message
status 4 "timeout" "$CABLE" run --timeout 1 $scripts/loop.lua $S
stderr_has "timeout" "cable: time limit of 1 s exceeded"
status 4 "max-memory" "$CABLE" run --max-memory 64 $scripts/hog.lua $S
stderr_has "max-memory" "cable: memory limit of 64 MB exceeded"
status 2 "bad timeout" "$CABLE" run --timeout soon $scripts/loop.lua $S
for what in io execute ffi binary; do
    status 4 "sandbox $what" "$CABLE" run --sandbox $scripts/escape.lua $S -- $what
done
status 4 "sandbox io" "$CABLE" run --sandbox $scripts/escape.lua $S -- io
stderr_has "sandbox io" "unknown global 'io'"
status 4 "sandbox execute" "$CABLE" run --sandbox $scripts/escape.lua $S -- execute
stderr_has "sandbox execute" "os.execute is not available in the sandbox"
status 4 "sandbox ffi" "$CABLE" run --sandbox $scripts/escape.lua $S -- ffi
stderr_has "sandbox ffi" "require 'ffi': not allowed in the sandbox"
status 0 "no sandbox" "$CABLE" run $scripts/escape.lua $S -- execute

# hostile scripts under --sandbox, within the limits given
hostile() { # hostile WHAT MESSAGE
    status 4 "hostile $1" "$CABLE" run --sandbox --timeout 2 --max-memory 64 \
        $scripts/hostile.lua $S -- "$1"
    stderr_has "hostile $1" "$2"
}
hostile loop "time limit of 2 s exceeded"
hostile recursion "stack overflow"
hostile string-bomb "memory limit of 64 MB exceeded"
hostile rep-bomb "resulting string too large"
hostile binary "refused"
hostile gc "collectgarbage('stop'): not allowed in the sandbox"
hostile string-metatable "attempt to index a boolean value"
hostile debug "unknown global 'debug'"
hostile write-doc "cannot change a document in the sandbox (field 'text')"
hostile lpeg-stack "lpeg.setmaxstack is not available in the sandbox"
hostile lpeg-huge "memory limit of 64 MB exceeded"
hostile lpeg-backtrack "backtrack stack overflow"
golden iterate.sandbox.txt "$CABLE" run --sandbox $scripts/iterate.lua tests/fixtures
for cmd in run report reports grep repl; do
    status 0 "help $cmd" "$CABLE" $cmd --help
    if grep -q '^usage: cable' "$tmp/out"; then ok; else fail "help $cmd: no usage line"; fi
done
status 0 "help -e" "$CABLE" -e 'x' --help

# the README's examples on the seed telegram, where ../shared has it
seed=${SHARED:-../shared}/corpus/seed/000_dcbc53b79538e1aa.txt
if [ -f "$seed" ]; then
    cp "$seed" "$tmp/000_dcbc53b79538e1aa.txt"
    sed -n '/^-- insists.lua: who insists on what$/,/^```$/p' README.md | sed '$d' >"$tmp/insists.lua"
    sed -n '/^\$ cable run insists.lua 000_dcbc53b79538e1aa.txt$/,/^$/p' README.md | sed '1d;$d' >"$tmp/want"
    (cd "$tmp" && "$CABLE" run insists.lua 000_dcbc53b79538e1aa.txt) >"$tmp/out"
    if [ -s "$tmp/want" ] && cmp -s "$tmp/out" "$tmp/want"; then ok; else fail "README insists.lua example"; diff "$tmp/want" "$tmp/out"; fi
    sed -n '/^\$ cable repl 000_dcbc53b79538e1aa.txt$/,/^```$/p' README.md | sed '1d;$d' >"$tmp/tour"
    sed -n 's/^cable> //p' "$tmp/tour" >"$tmp/tour.in"
    sed '1d' "$tmp/tour" | grep -v '^cable> ' >"$tmp/want"
    (cd "$tmp" && "$CABLE" repl 000_dcbc53b79538e1aa.txt <tour.in) >"$tmp/out"
    if [ -s "$tmp/want" ] && cmp -s "$tmp/out" "$tmp/want"; then ok; else fail "README tour"; diff "$tmp/want" "$tmp/out"; fi
    (cd "$tmp" && "$CABLE" -e 'print(doc.number, doc.from[1].name)' 000_dcbc53b79538e1aa.txt) >"$tmp/out"
    if grep -qF "$(cat "$tmp/out")" README.md; then ok; else fail "README -e example"; fi
    # the seed facts the reports must find
    (cd "$tmp" && "$CABLE" report positions -o csv 000_dcbc53b79538e1aa.txt) >"$tmp/out"
    for fact in "Stalin,insists,on a majority of the directors" \
                "Stalin,insists,that the military zone under Russian control should include Dairen" \
                "Soong,offers,joint operation with equal participation" \
                "Soong,offers,Port Arthur and the area south of Dairen" \
                "Stalin,agrees,that the guards should be Chinese" \
                "Soong,suggests,to Stalin that he return to Chungking" \
                "Soong,resists,a majority of the directors"; do
        if grep -qF "$fact" "$tmp/out"; then ok; else fail "seed position: $fact"; fi
    done
    (cd "$tmp" && "$CABLE" report timeline -o csv 000_dcbc53b79538e1aa.txt) >"$tmp/out"
    for fact in "1945-07-11,,tonight,footnote 1" "1945-07-12,,761.93/7–1245,file number" \
                "1945-07-12,,the night of the 12th,relative"; do
        if grep -qF "$fact" "$tmp/out"; then ok; else fail "seed timeline: $fact"; fi
    done
    (cd "$tmp" && "$CABLE" report summary -o csv --names 3 000_dcbc53b79538e1aa.txt) >"$tmp/out"
    if grep -qF "$(tail -1 "$tmp/out" | tr -d "\r")" README.md; then ok; else fail "README summary example"; fi
fi
"$CABLE" report summary tests/fixtures/sample.txt >"$tmp/out"
sed -n '/^build\/cable report summary tests\/fixtures\/sample.txt$/,/^```$/p' README.md | sed '1d;$d' >"$tmp/want"
if cmp -s "$tmp/out" "$tmp/want"; then ok; else fail "README demo output"; diff "$tmp/want" "$tmp/out"; fi

# every example of the README that can run here shows its real output
if python3 tests/cli/readme.py "$CABLE" README.md "$seed"; then ok; else fail "README examples"; fi

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
