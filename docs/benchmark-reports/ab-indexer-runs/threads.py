#!/usr/bin/env python3
"""threads.py PID SECONDS: CPU seconds (user+sys) per thread name over SECONDS, summed by name prefix."""
import os, sys, time, re, collections
pid, secs = sys.argv[1], float(sys.argv[2])
tck = os.sysconf('SC_CLK_TCK')
def snap():
    out = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            s = open(f'/proc/{pid}/task/{tid}/stat').read()
        except OSError:
            continue
        name = s[s.index('(')+1:s.rindex(')')]
        f = s[s.rindex(')')+2:].split()
        out[tid] = (name, int(f[11]), int(f[12]))
    return out
a = snap(); time.sleep(secs); b = snap()
agg = collections.defaultdict(lambda: [0, 0])
for tid, (name, u, s) in b.items():
    u0, s0 = (a[tid][1], a[tid][2]) if tid in a else (0, 0)
    key = re.sub(r'[-#]?\d+$', '', name)
    agg[key][0] += u - u0; agg[key][1] += s - s0
tot = sum(u + s for u, s in agg.values())
print(f'pid {pid}: {tot/tck/secs:.3f} cores over {secs:.0f}s')
for k, (u, s) in sorted(agg.items(), key=lambda kv: -sum(kv[1]))[:10]:
    print(f'  {k:28s} user {u/tck/secs:.3f} sys {s/tck/secs:.3f} cores')
