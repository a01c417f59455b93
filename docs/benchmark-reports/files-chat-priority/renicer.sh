#!/bin/sh
# renices transfer threads of every java process, every 0.5 s, until killed
while true; do
  ps -eLo tid,ni,comm | awk -v PAT="$PAT" '$2==0 && $3 ~ PAT {print $1}' | while read t; do renice -n 19 -p $t >/dev/null 2>&1; done
  sleep 0.5
done
