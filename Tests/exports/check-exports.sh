#!/bin/sh
# Exports two stores in every format and checks each export with the tool that reads it (check_exports.py):
# examples/articles ingested, and Tests/exports/hostile.json imported (quotes, markup, line breaks, control
# characters and Vietnamese letters in every kind of field; a post's status and term given on the relation, as
# exports before version 3 did, which import moves to its evidence). For each, `mekong import` of the JSON
# export and a second export must give the same bytes.
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

# The checker must fail on a wrong export: a name changed in the GraphML, the CSV and the N-Triples.
cp -R "$scratch/articles" "$scratch/broken"
sed -i 's/Lê Văn Nưng/Le Van Nung/' "$scratch/broken/graph.graphml" "$scratch/broken/neo4j/nodes.csv" "$scratch/broken/graph.nt"
if "$python" "$here/check_exports.py" "$scratch/articles.sqlite" "$scratch/broken" >"$scratch/broken.log" 2>&1; then
    echo "FAIL  the checker accepted a GraphML, CSV and N-Triples export with a wrong name"; exit 1
fi
[ "$(grep -c '^FAIL' "$scratch/broken.log")" -ge 3 ] || { cat "$scratch/broken.log"; exit 1; }
echo "ok    the checker refuses exports with a wrong name ($(grep -c '^FAIL' "$scratch/broken.log") checks fail)"
