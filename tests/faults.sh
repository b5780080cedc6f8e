#!/bin/sh
# Allocation failure in the whole program: the fault-injection build
# (CABLE_FAULTS, with ASan and LeakSanitizer) fails its N-th allocation, for
# N over a range, in the parser, the input and the Lua host. Every run must
# end with a status (0, or 2-4 and a message), never a signal, a sanitizer
# report or a leak.
set -u
: "${CABLE:?set CABLE to the fault-injection build}"
ASAN_OPTIONS=detect_leaks=1:exitcode=99
export ASAN_OPTIONS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
runs=0
for cmd in "parse --json tests/fixtures" "report summary tests/fixtures/sample.txt" \
           "-e x=#doc.paragraphs tests/fixtures/thread.txt"; do
    n=1
    while [ $n -le ${FAULTS_MAX:-1200} ]; do
        # shellcheck disable=SC2086
        CABLE_FAIL_ALLOC=$n "$CABLE" $cmd >/dev/null 2>"$tmp/err"
        rc=$?
        runs=$((runs + 1))
        if [ $rc -gt 4 ] || grep -q "Sanitizer\|runtime error" "$tmp/err"; then
            failed=$((failed + 1))
            echo "FAIL: faults: cable $cmd with allocation $n failing: exit $rc"
            head -5 "$tmp/err"
        elif [ $rc -ne 0 ] && ! grep -qi "memory" "$tmp/err"; then
            failed=$((failed + 1))
            echo "FAIL: faults: cable $cmd, allocation $n: exit $rc without a word on memory"
            head -3 "$tmp/err"
        else
            passed=$((passed + 1))
        fi
        # every allocation at first, then a sample of the later ones
        if [ $n -lt 300 ]; then n=$((n + 1)); else n=$((n + 37)); fi
    done
done
echo "faults: $runs runs, each with one allocation failing"
echo "faults: $passed passed, $failed failed"
[ "$failed" = 0 ]
