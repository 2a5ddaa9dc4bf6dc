#!/bin/sh
# Exports two stores in every format and checks each export with the tool that reads it (check_exports.py):
# examples/articles ingested, and Tests/exports/hostile.json imported (quotes, markup, line breaks, control
# characters and Vietnamese letters in every kind of field). For each, `mekong import` of the JSON export and
# a second export must give the same bytes.
# Usage: Tests/exports/check-exports.sh MEKONG PYTHON SCRATCH
set -eu
mekong=$1 python=$2 scratch=$3
here=$(dirname "$0")
rm -rf "$scratch" && mkdir -p "$scratch"

check() { # store, folder
    for spec in json:graph.json graphml:graph.graphml gexf:graph.gexf neo4j:neo4j turtle:graph.ttl ntriples:graph.nt; do
        "$mekong" export --store "$1" --format "${spec%%:*}" -o "$2/${spec#*:}"
    done
    "$mekong" import --store "$2/imported.sqlite" "$2/graph.json" >/dev/null
    "$mekong" export --store "$2/imported.sqlite" -o "$2/again.json"
    cmp "$2/graph.json" "$2/again.json"
    echo "ok    export → import → export gives the same bytes"
    "$python" "$here/check_exports.py" "$1" "$2"
}

mkdir "$scratch/articles" "$scratch/hostile"
"$mekong" ingest --store "$scratch/articles.sqlite" examples/articles >/dev/null
check "$scratch/articles.sqlite" "$scratch/articles"
"$mekong" import --store "$scratch/hostile.sqlite" "$here/hostile.json" >/dev/null
check "$scratch/hostile.sqlite" "$scratch/hostile"
