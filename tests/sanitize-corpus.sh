#!/bin/sh
# Parse the whole corpus with the ASan+UBSan build: any report fails.
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
for mode in "parse --json" "parse" "check" "report summary -o json"; do
    # shellcheck disable=SC2086
    "$CABLE" $mode "$SHARED/corpus" >/dev/null 2>/tmp/cable-sanitize.$$
    rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "sanitize corpus: cable $mode exited $rc"
        head -40 /tmp/cable-sanitize.$$
        rm -f /tmp/cable-sanitize.$$
        exit 1
    fi
done
rm -f /tmp/cable-sanitize.$$
echo "sanitize corpus: 1 passed, 0 failed (parse --json, parse, check, report summary over $SHARED/corpus)"
