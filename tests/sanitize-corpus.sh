#!/bin/sh
# Parse the whole corpus, and run a report over it, with the ASan+UBSan
# build: any report of a sanitizer fails.
set -u
: "${CABLE:?set CABLE to the sanitizer build}"
: "${SHARED:=../shared}"
if [ ! -d "$SHARED/corpus" ]; then
    echo "sanitize corpus: skipped ($SHARED/corpus not found)"
    exit 0
fi
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS UBSAN_OPTIONS
err=$(mktemp)
trap 'rm -f "$err"' EXIT
passed=0
failed=0
for mode in "parse --json" "parse" "check" "report summary -o json" "report threads"; do
    # shellcheck disable=SC2086
    "$CABLE" $mode "$SHARED/corpus" >/dev/null 2>"$err"
    rc=$?
    if [ "$rc" -gt 1 ]; then
        failed=$((failed + 1))
        echo "sanitize corpus: cable $mode exited $rc"
        head -40 "$err"
    else
        passed=$((passed + 1))
        echo "sanitize corpus: cable $mode over $SHARED/corpus, no report"
    fi
done
echo "sanitize corpus: $passed passed, $failed failed"
[ "$failed" = 0 ]
