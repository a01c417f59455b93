#!/bin/sh
# Loads N x 100,000 messages for the search benchmark straight into the embedded database of a data directory
# whose server is stopped (a search run with --messages 1000 creates it and the bench users), much faster than
# sending them: search-bulk-load.sh DATA_DIR [N]. The next server start indexes them.
set -eu
data=$(cd "$1" && pwd)
rounds=${2:-10}
socket="$data/tmp/bulk-load.sock"
"$data/mariadb/bin/mariadbd" --no-defaults --basedir="$data/mariadb" --datadir="$data/db" --tmpdir="$data/tmp" \
    --socket="$socket" --skip-networking --user="$(id -un)" --innodb-log-file-size=256M > "$data/bulk-load.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
until "$data/mariadb/bin/mariadb" --no-defaults -S "$socket" -uroot -e 'select 1' > /dev/null 2>&1; do sleep 1; done
start=$(date +%s)
for round in $(seq "$rounds"); do
    "$data/mariadb/bin/mariadb" --no-defaults -S "$socket" -uroot messenger < "$(dirname "$0")/search-bulk-load.sql"
    echo "round $round of $rounds done after $(( $(date +%s) - start )) s"
done
"$data/mariadb/bin/mariadb" --no-defaults -S "$socket" -uroot messenger -e 'DROP TABLE bulk_words'
kill "$server"
wait "$server" || true
trap - EXIT
