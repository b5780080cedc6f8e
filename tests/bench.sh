#!/bin/sh
# make bench: cable parse --json against wc -w over the same files, side by
# side in one run, best of 5; then peak memory on half and on all of the
# corpus (it must not grow with the number of files).
set -u
: "${CABLE:?set CABLE to the binary}"
: "${SHARED:=../shared}"
corpus=$SHARED/corpus
if [ ! -d "$corpus" ]; then
    echo "bench: $corpus not found; nothing to measure"
    exit 0
fi
exec python3 - "$CABLE" "$corpus" <<'PY'
import os, subprocess, sys, time

cable, corpus = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith('.txt'))
size = sum(os.path.getsize(f) for f in files)

def run(cmd):
    """Wall time and peak RSS (KiB) of one run of cmd, output discarded.
    GNU time measures the memory: a child forked from Python would count
    Python's own pages in its peak."""
    t = time.perf_counter()
    p = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit('bench: %s exited with %d' % (cmd[0], p.returncode))
    return elapsed, int(p.stderr.strip().splitlines()[-1])

def best(cmd, n=5):
    runs = [run(cmd) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)

print('corpus: %d files, %.1f MB' % (len(files), size / 1e6))
wc_t, wc_m = best(['wc', '-w'] + files)
cb_t, cb_m = best([cable, 'parse', '--json', corpus])
print('%-28s %9s %9s %10s' % ('command', 'seconds', 'MB/s', 'peak KiB'))
print('%-28s %9.3f %9.1f %10d' % ('wc -w', wc_t, size / 1e6 / wc_t, wc_m))
print('%-28s %9.3f %9.1f %10d' % ('cable parse --json', cb_t, size / 1e6 / cb_t, cb_m))
print('ratio cable/wc: %.2f (bar: 3.00)' % (cb_t / wc_t))

# The Lua side: a script that touches every paragraph's text, beside the
# parser alone.
script = os.path.join(os.path.dirname(cable), '..', 'tests', 'bench-touch.lua')
script = os.path.normpath(script) if os.path.exists(script) else 'tests/bench-touch.lua'
pa_t, pa_m = best([cable, 'parse', '--json', corpus])
lu_t, lu_m = best([cable, 'run', script, corpus])
print()
print('%-28s %9s %9s %10s' % ('command', 'seconds', 'MB/s', 'peak KiB'))
print('%-28s %9.3f %9.1f %10d' % ('cable parse --json', pa_t, size / 1e6 / pa_t, pa_m))
print('%-28s %9.3f %9.1f %10d' % ('cable run bench-touch.lua', lu_t, size / 1e6 / lu_t, lu_m))
print('ratio script/parse: %.2f' % (lu_t / pa_t))
# One document is in memory at a time, so the peak is set by the largest
# document: compare the largest file alone with the whole corpus.
largest = max(files, key=os.path.getsize)
print()
for label, cmd in (('cable parse --json', [cable, 'parse', '--json']),
                   ('cable run bench-touch.lua', [cable, 'run', script])):
    _, m_one = best(cmd + [largest], 1)
    _, m_all = best(cmd + [corpus], 1)
    print('peak memory, %s: %d KiB for the largest file alone (%d KB), %d KiB for all %d files (ratio %.2f)'
          % (label, m_one, os.path.getsize(largest) // 1000, m_all, len(files), m_all / m_one))
PY
