#!/usr/bin/env python3
"""probesumm.py RUNDIR...: the PROBE windows of the receiving servers (1, 2) in the last K windows (default 2)."""
import sys, re, glob, os
K = int(os.environ.get('K', '2'))
for d in sys.argv[1:]:
    for f in sorted(glob.glob(f'{d}/probe-server-[12].txt')):
        rows = {}
        for line in open(f):
            m = re.search(r'PROBE (\S+) n=(\d+) p50=([\d.]+) p90=([\d.]+) p99=([\d.]+)', line)
            if m:
                rows.setdefault(m.group(1), []).append((m.group(3), m.group(4), m.group(5)))
        out = []
        for k in ['redis', 'ring-to-wake', 'read+publish', 'ring-to-published']:
            out.append(k + ' ' + ' | '.join('/'.join(w) for w in rows.get(k, [])[-K:]))
        print(os.path.basename(d), os.path.basename(f)[6:14], ';  '.join(out))
