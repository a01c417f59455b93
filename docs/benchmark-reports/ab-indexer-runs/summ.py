#!/usr/bin/env python3
"""summ.py RUNDIR...: one line per count of servers of probe.sh's output: latencies, CPU per delivery, per-server cores."""
import json, sys, re, glob, os
for d in sys.argv[1:]:
    r = json.load(open(f'{d}/report.json'))
    runs = r['results']['runs']
    for run in runs:
        n = run['servers']; s = run['sendToDelivery']
        ex = []
        for f in sorted(glob.glob(f'{d}/threads-{n}-*.txt')):
            t = open(f).read()
            m = re.search(r'executor-thread\s+user ([\d.]+) sys ([\d.]+)', t)
            lt = re.search(r'log-tail\s+user ([\d.]+) sys ([\d.]+)', t)
            tot = re.search(r': ([\d.]+) cores', t)
            ex.append('%.3f/%s/%s' % (float(tot.group(1)), '%.3f' % (float(m.group(1))+float(m.group(2))) if m else '-', '%.3f' % (float(lt.group(1))+float(lt.group(2))) if lt else '-'))
        st = f'{d}/strace-{n}.txt'
        segs = len(set(re.findall(r'search/(_[0-9a-z]+)', open(st).read()))) if os.path.exists(st) else '-'
        print(f"{os.path.basename(d):8s} {n} p50 {s['p50Ms']:.1f} p99 {s['p99Ms']:.1f} max {s['maxMs']:.1f} cpu/deliv {run['serverCpuMicrosPerDelivery']:.0f}us  per server total/indexer/tail cores {' '.join(ex)}  segments/10s {segs}")
