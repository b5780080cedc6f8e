#!/bin/sh
# Hostile input: each case must end in time, without a crash (no signal,
# no sanitizer report), with a clear message where there is something to
# say. The inputs are made here, in a temporary folder.
set -u
: "${CABLE:?set CABLE to the binary}"
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
passed=0
failed=0
LIMIT=${HOSTILE_SECONDS:-120}

# case NAME WANT_STATUS MESSAGE COMMAND...: ends within LIMIT seconds with
# WANT_STATUS ("any" for 0-2) and MESSAGE ("" for none) on stderr
check() {
    name=$1; want=$2; msg=$3; shift 3
    timeout "$LIMIT" "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    ok=1
    if [ "$got" -ge 124 ]; then ok=0; why="exit $got (a signal or the time limit)"
    elif [ "$want" = any ] && [ "$got" -gt 2 ]; then ok=0; why="exit $got"
    elif [ "$want" != any ] && [ "$got" != "$want" ]; then ok=0; why="exit $got, wanted $want"
    elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$tmp/err" "$tmp/out"; then ok=0; why="no '$msg'"
    elif grep -q "Sanitizer\|runtime error" "$tmp/err"; then ok=0; why="sanitizer report"
    fi
    if [ $ok = 1 ]; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL: hostile $name: $why"; head -5 "$tmp/err"
    fi
}

: >"$tmp/empty.txt"
check "empty" 0 "no document in it" "$CABLE" parse "$tmp/empty.txt"
printf ' \n\t\n   \r\n\n' >"$tmp/blank.txt"
check "only whitespace" 0 "no document in it" "$CABLE" parse --json "$tmp/blank.txt"
head -c 200000 /dev/urandom >"$tmp/binary.txt"
check "binary" 1 "invalid UTF-8 replaced by U+FFFD" "$CABLE" check "$tmp/binary.txt"
check "binary, parse" 0 "" "$CABLE" parse --json "$tmp/binary.txt"
printf 'No. 1\nA to B\n\nText\0with\0NULs.\n' >"$tmp/nul.txt"
check "NUL bytes" 1 "NUL byte replaced by U+FFFD" "$CABLE" check "$tmp/nul.txt"
printf 'No. 2\nA to B\n\nOverlong \300\257 and \340\200\257, a surrogate \355\240\200, a lone \200, cut \342\200' >"$tmp/utf8.txt"
check "invalid and overlong UTF-8" 1 "utf8.txt:4: invalid UTF-8" "$CABLE" check "$tmp/utf8.txt"
{ printf 'No. 3\nA to B\n\n'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '\n'; } >"$tmp/line.txt"
check "a 100 MB line" 0 "" "$CABLE" parse --json "$tmp/line.txt"
check "a 100 MB line, a script" 0 "" "$CABLE" -e 'assert(#doc.paragraphs[1].text == 100000000)' "$tmp/line.txt"
awk 'BEGIN { print "No. 4"; print "A to B"; print "";
             for (i = 1; i <= 100000; i++) printf "Word %d.%d ", i, i; print ""; print "";
             for (i = 1; i <= 100000; i++) printf "  %d. Note %d.\n", i, i }' >"$tmp/notes.txt"
check "100,000 footnotes" 0 "" "$CABLE" parse --json "$tmp/notes.txt"
# markers are read up to three digits: footnotes 1 to 999 are anchored
if "$CABLE" -e 'assert(#doc.footnotes == 100000 and doc.footnotes[999].paragraph == 1)' "$tmp/notes.txt"; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: hostile 100,000 footnotes: markers up to 999 not anchored"; fi
printf 'No. 5\nA to B\n\nA marker.4294967296\n\n  4294967296. Too large a number.\n  18446744073709551616. Larger.\n' >"$tmp/big.txt"
check "footnote 4294967296" any "" "$CABLE" parse --json "$tmp/big.txt"
printf 'No. 6\nA to B\n\nA page [Page 12 that never closes, and [Page [Page [Page\n' >"$tmp/page.txt"
check "page marker never closed" 0 "" "$CABLE" parse --json "$tmp/page.txt"
awk 'BEGIN { for (i = 1; i <= 10000; i++) printf "%d.00/%d: Telegram\n\nNo. %d\nA to B\n\nText %d.\n\n", i, i, i, i }' >"$tmp/many.txt"
check "10,000 documents in one file" 0 "" "$CABLE" parse --json "$tmp/many.txt"
if [ "$("$CABLE" parse --json "$tmp/many.txt" | wc -l)" = 10000 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: hostile 10,000 documents: not 10,000 lines"; fi
# a deep tree, and links that loop
d="$tmp/tree"
i=0
while [ $i -lt 80 ]; do d="$d/d$i"; i=$((i + 1)); done
mkdir -p "$d"
cp "$tmp/nul.txt" "$d/deep.txt"
ln -s "$tmp/tree" "$tmp/tree/d0/loop"
ln -s "$tmp/tree/nowhere" "$tmp/tree/d0/broken"
check "deep tree with a link loop" 2 "directory loop, skipped" "$CABLE" parse "$tmp/tree"
check "deep tree: too deep" 2 "nested too deep" "$CABLE" parse "$tmp/tree"
check "deep tree: broken link" 2 "broken link, skipped" "$CABLE" parse "$tmp/tree"
# a file that cannot be read (even by root: /proc/self/mem gives EIO at 0)
# is reported and skipped, and the run goes on
mkdir "$tmp/unreadable"
cp "$tmp/nul.txt" "$tmp/unreadable/b.txt"
ln -s /proc/self/mem "$tmp/unreadable/a.txt"
check "unreadable file" 2 "a.txt: Input/output error" "$CABLE" parse "$tmp/unreadable"
if grep -q "1 paragraph" "$tmp/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: hostile unreadable file: the run did not go on"; fi
# unreadable folders are reported and skipped (not as root: root reads all)
if [ "$(id -u)" != 0 ]; then
    mkdir "$tmp/locked"; cp "$tmp/nul.txt" "$tmp/locked/a.txt"; chmod 000 "$tmp/locked"
    check "unreadable folder" 2 "Permission denied" "$CABLE" parse "$tmp"
fi
# a file that grows while it is read: standard input from a writer that is still writing
( printf 'No. 7\nA to B\n\n'; sleep 1; printf 'Late text.\n' ) | "$CABLE" parse >"$tmp/out" 2>&1
if grep -q "1 paragraph" "$tmp/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: hostile growing input"; cat "$tmp/out"; fi

echo "hostile: $passed passed, $failed failed"
[ "$failed" = 0 ]
