#!/usr/bin/env python3
"""searchsumm.py DIR: one line per run of search-cluster.sh: search latency, the sends beside it, the servers' CPU."""
import json, sys, glob, os
for f in sorted(glob.glob(os.path.join(sys.argv[1], '[0-9]-*.json'))):
    r = json.load(open(f))['results']
    s = r['search']['latency']; w = r['sendWithSearches']['latency']; o = r['sendOnly']['latency']
    print('%s search p50/p90/p99 %.1f/%.1f/%.1f ms (%d, errors %s); sends alone p50/p99 %.1f/%.1f, beside searches %.1f/%.1f; asked server %.2f cores'
          % (os.path.basename(f)[:-5], s['p50Ms'], s['p90Ms'], s['p99Ms'], s['count'], r['search'].get('errors'),
             o['p50Ms'], o['p99Ms'], w['p50Ms'], w['p99Ms'], r['search']['cpu']['serverCores']))
