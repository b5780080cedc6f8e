#!/bin/sh
# Leaks and memory errors under valgrind: the whole corpus parsed, and
# reports run, with --error-exitcode: any error or definite leak fails.
set -u
: "${CABLE:?set CABLE to the binary}"
: "${SHARED:=../shared}"
VG="valgrind --quiet --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite"
passed=0
failed=0
run() {
    # shellcheck disable=SC2086
    if $VG "$CABLE" "$@" >/dev/null 2>/tmp/cable-vg.$$; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL: valgrind: cable $*"; head -30 /tmp/cable-vg.$$; fi
}
run parse --json tests/fixtures
run report threads tests/fixtures
run report summary tests/fixtures
run -e 'x = doc:sentences()' tests/fixtures
if [ -d "$SHARED/corpus" ]; then
    run parse --json "$SHARED/corpus"
    run report positions "$SHARED/corpus/frus1936v03"
fi
rm -f /tmp/cable-vg.$$
echo "valgrind: $passed passed, $failed failed"
[ "$failed" = 0 ]
