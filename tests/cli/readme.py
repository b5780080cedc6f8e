#!/usr/bin/env python3
"""Check that the README's examples show the real output.

usage: readme.py CABLE README [SEED]

Every "$ build/cable ARGS" in a code block is run from the top of the
repository; every "$ cable ARGS" that names only the seed telegram
(000_dcbc53b79538e1aa.txt) is run beside a copy of SEED, when given. The
lines that follow, up to the next "$ " or the end of the block, must be
its output. Prints one line per example and a closing count.
"""
import os, re, shlex, shutil, subprocess, sys, tempfile

def examples(readme):
    block, cmd, out = False, None, []
    for line in open(readme, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('```'):
            if cmd:
                yield cmd, out
            block, cmd, out = not block, None, []
            continue
        if not block:
            continue
        if line.startswith('$ '):
            if cmd:
                yield cmd, out
            cmd, out = line[2:], []
        elif cmd is not None:
            out.append(line)

def main():
    cable, readme = os.path.abspath(sys.argv[1]), sys.argv[2]
    seed = sys.argv[3] if len(sys.argv) > 3 and os.path.exists(sys.argv[3]) else None
    tmp = tempfile.mkdtemp()
    if seed:
        shutil.copy(seed, tmp)
    passed = failed = skipped = 0
    for cmd, want in examples(readme):
        words = shlex.split(cmd)
        if 'repl' in words:
            skipped += 1  # interactive: the tour is checked by run.sh
            continue
        if words[0] == 'build/cable':
            cwd = '.'
        elif words[0] == 'cable' and seed and '000_dcbc53b79538e1aa.txt' in words and \
                not any(w.endswith('.lua') or (w.endswith('.txt') and
                        w != '000_dcbc53b79538e1aa.txt') for w in words):
            cwd = tmp
        else:
            skipped += 1
            continue
        got = subprocess.run([cable] + words[1:], cwd=cwd, capture_output=True, text=True).stdout
        got = [l.rstrip('\r').rstrip() for l in got.rstrip('\n').split('\n')]
        want = [l.rstrip() for l in want]
        while want and want[-1] == '':
            want.pop()
        if got == want:
            passed += 1
        else:
            failed += 1
            print('FAIL: README example: $ ' + cmd)
            for a, b in zip(want, got):
                if a != b:
                    print('  README: ' + a[:150] + '\n  output: ' + b[:150])
                    break
            else:
                print('  README has %d lines, the output %d' % (len(want), len(got)))
    shutil.rmtree(tmp)
    print('readme: %d passed, %d failed (%d not run here)' % (passed, failed, skipped))
    return 1 if failed else 0

sys.exit(main())
