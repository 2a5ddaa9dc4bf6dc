#!/usr/bin/env python3
"""Checks Mekong's exports with the tools that read them (docs/export-format.md).

Usage: check_exports.py STORE DIR

STORE is the Mekong store the exports were written from; DIR holds what `mekong export` wrote from it:
graph.json, graph.graphml, graph.gexf, graph.ttl, graph.nt and the folder neo4j/ (nodes.csv,
relationships.csv). The store, read with sqlite3, gives the counts every reader must find; the JSON export
gives the values every entity and relation must carry:

- networkx reads the GraphML and the GEXF with the same nodes, edges and attributes;
- kuzu (an embedded graph database) loads the Neo4j CSV files into tables made from their headers, and
  Cypher counts the same entities and relations, per type and predicate;
- rdflib parses the Turtle and the N-Triples into the same triples, and SPARQL counts the same entities,
  relations and pieces of evidence, and finds every name.

Prints one line per check and exits with 1 when any fails.
"""

import collections
import csv
import json
import os
import sqlite3
import sys
import tempfile

failures = []


def check(what, condition, detail=""):
    print(("ok    " if condition else "FAIL  ") + what + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(what)


def xml_text(text):
    """What XML 1.0 can carry of a string: the export removes the other C0 control characters."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20) if text is not None else None


def store_counts(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    counts = {
        "entities": db.execute("SELECT count(*) FROM entities").fetchone()[0],
        "relations": db.execute("SELECT count(*) FROM relations").fetchone()[0],
        "evidence": db.execute("SELECT count(*) FROM evidence").fetchone()[0],
        "types": dict(db.execute("SELECT type, count(*) FROM entities GROUP BY type")),
        "predicates": dict(db.execute("SELECT predicate, count(*) FROM relations GROUP BY predicate")),
    }
    db.close()
    return counts


def expected_node(entity):
    return {
        "type": entity["type"], "name": entity["name"], "aliases": entity["aliases"],
        "attributes": entity["attributes"], "mentions": len(entity["mentions"]),
    }


def expected_edge(relation):
    first = relation["evidence"][0] if relation["evidence"] else {}
    return {
        "predicate": relation["predicate"], "title": relation["attributes"].get("title"),
        "attributes": relation["attributes"], "evidence": first.get("text"), "article": first.get("article"),
        "extractor": first.get("extractor"),
        "confidence": max((e["confidence"] for e in relation["evidence"]), default=0.0),
        "evidence_count": len(relation["evidence"]),
        "reports": [e.get("attributes", {}) for e in relation["evidence"]],
    }


def as_exported(values, xml):
    """The values as a flat format carries them: strings through XML when `xml`, lists and maps as JSON."""
    result = {}
    for key, value in values.items():
        if isinstance(value, str) and xml:
            value = xml_text(value)
        if isinstance(value, (list, dict)):
            value = json.loads(xml_text(json.dumps(value, ensure_ascii=False))) if xml else value
        result[key] = value
    return result


def read_flat(values):
    """Attributes of a node or edge as read back: JSON lists and maps decoded."""
    result = dict(values)
    for key in ("aliases", "attributes", "reports"):
        if key in result:
            result[key] = json.loads(result[key])
    return result


def check_networkx(name, graph, export, counts, label_is_name):
    check(f"{name}: {counts['entities']} nodes", graph.number_of_nodes() == counts["entities"], graph.number_of_nodes())
    check(f"{name}: {counts['relations']} edges", graph.number_of_edges() == counts["relations"], graph.number_of_edges())
    wrong = []
    for entity in export["entities"]:
        node = read_flat(graph.nodes[entity["id"]]) if entity["id"] in graph else None
        want = as_exported(expected_node(entity), xml=True)
        got = {key: node.get(key) for key in want} if node is not None else None
        if label_is_name and node is not None and node.get("label") != want["name"]:
            wrong.append((entity["id"], "label", node.get("label")))
        if got != want:
            wrong.append((entity["id"], got, want))
    check(f"{name}: every node's type, name, aliases, attributes and mention count", not wrong, wrong[:3])
    edges = {}
    # With parallel edges networkx makes a multigraph and, for GraphML, keys each edge by its id.
    listed = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    for subject, obj, *key, data in listed:
        edges[data.get("id", key[0] if key else None)] = (subject, obj, read_flat(data))
    wrong = []
    for relation in export["relations"]:
        want = {key: value for key, value in as_exported(expected_edge(relation), xml=True).items() if value is not None}
        subject, obj, data = edges.get(relation["id"], (None, None, {}))
        got = {key: data.get(key) for key in want}
        if (subject, obj) != (relation["subject"], relation["object"]) or got != want:
            wrong.append((relation["id"], subject, obj, got, want))
    check(f"{name}: every edge's ends, predicate, title, attributes and first evidence", not wrong, wrong[:3])


def check_graphml_and_gexf(folder, export, counts):
    import networkx

    check_networkx("GraphML", networkx.read_graphml(os.path.join(folder, "graph.graphml")), export, counts, False)
    check_networkx("GEXF", networkx.read_gexf(os.path.join(folder, "graph.gexf")), export, counts, True)


def kuzu_columns(header):
    """kuzu column definitions for a Neo4j admin-import header: `name:kind` fields, `:ID`, `:LABEL`, `:TYPE`."""
    kinds = {"": "STRING", "string": "STRING", "long": "INT64", "int": "INT64", "double": "DOUBLE", "float": "DOUBLE"}
    columns = []
    for field in header:
        name, _, kind = field.partition(":")
        if kind == "ID":
            columns.append(f"{name or 'id'} STRING PRIMARY KEY")
        elif kind in ("START_ID", "END_ID"):
            continue
        elif kind in ("LABEL", "TYPE"):
            columns.append(f"neo4j_{kind.lower()} STRING")
        else:
            columns.append(f"{name} {kinds[kind]}")
    return columns


def check_neo4j_csv(folder, export, counts):
    import kuzu

    nodes, relationships = (os.path.join(folder, "neo4j", f) for f in ("nodes.csv", "relationships.csv"))
    with open(nodes, newline="", encoding="utf-8") as file:
        node_header = next(csv.reader(file))
    with open(relationships, newline="", encoding="utf-8") as file:
        relationship_header = next(csv.reader(file))
    check("Neo4j CSV: the headers name :ID, :LABEL, :START_ID, :END_ID and :TYPE",
          "id:ID" in node_header and ":LABEL" in node_header
          and relationship_header[:3] == [":START_ID", ":END_ID", ":TYPE"], (node_header, relationship_header))
    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "graph.kuzu"))
        connection = kuzu.Connection(database)
        connection.execute(f"CREATE NODE TABLE Entity({', '.join(kuzu_columns(node_header))})")
        connection.execute(
            f"CREATE REL TABLE Relation(FROM Entity TO Entity, {', '.join(kuzu_columns(relationship_header))})")
        # Quoted fields may hold line breaks, which kuzu's parallel reader does not allow.
        options = "(HEADER = true, PARALLEL = false)"
        connection.execute(f"COPY Entity FROM '{nodes}' {options}")
        connection.execute(f"COPY Relation FROM '{relationships}' {options}")

        def rows(query):
            result = connection.execute(query)
            found = []
            while result.has_next():
                found.append(result.get_next())
            return found

        entities = rows("MATCH (n:Entity) RETURN count(n)")[0][0]
        relations = rows("MATCH ()-[r:Relation]->() RETURN count(r)")[0][0]
        check(f"kuzu: Cypher counts {counts['entities']} entities", entities == counts["entities"], entities)
        check(f"kuzu: Cypher counts {counts['relations']} relations", relations == counts["relations"], relations)
        types = dict(rows("MATCH (n:Entity) RETURN n.type, count(*)"))
        check("kuzu: the same entities of each type", types == counts["types"], (types, counts["types"]))
        predicates = dict(rows("MATCH ()-[r:Relation]->() RETURN r.neo4j_type, count(*)"))
        check("kuzu: the same relations of each predicate", predicates == counts["predicates"],
              (predicates, counts["predicates"]))
        names = dict(rows("MATCH (n:Entity) RETURN n.id, n.name"))
        wrong = [e["id"] for e in export["entities"] if names.get(e["id"]) != e["name"]]
        check("kuzu: every entity's name, Vietnamese letters and quotes intact", not wrong, wrong[:3])
        ends = {r[0]: (r[1], r[2], r[3]) for r in rows(
            "MATCH (s:Entity)-[r:Relation]->(o:Entity) RETURN r.id, s.id, o.id, r.evidence")}
        wrong = [r["id"] for r in export["relations"]
                 if ends.get(r["id"]) != (r["subject"], r["object"], expected_edge(r)["evidence"])]
        check("kuzu: every relation's ends and evidence sentence", not wrong, wrong[:3])


def check_rdf(folder, export, counts):
    import rdflib

    turtle = rdflib.Graph().parse(os.path.join(folder, "graph.ttl"), format="turtle")
    ntriples = rdflib.Graph().parse(os.path.join(folder, "graph.nt"), format="nt")
    check(f"rdflib: Turtle and N-Triples hold the same {len(turtle)} triples",
          set(turtle) == set(ntriples), (len(turtle), len(ntriples)))
    prefixes = """
        PREFIX mekong: <urn:mekong:vocab#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX schema: <https://schema.org/>
        """

    def count(graph, pattern):
        return int(next(iter(graph.query(prefixes + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")))[0])

    for name, graph in (("Turtle", turtle), ("N-Triples", ntriples)):
        entities = count(graph, "?e a mekong:Entity")
        relations = count(graph, "?r a mekong:Relation")
        stated = count(graph, "?r a mekong:Relation ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o")
        evidence = count(graph, "?r a mekong:Relation ; prov:wasDerivedFrom ?e . ?e prov:value ?text ; "
                                "prov:wasQuotedFrom ?a . ?a a schema:NewsArticle")
        check(f"rdflib {name}: SPARQL counts {counts['entities']} entities", entities == counts["entities"], entities)
        check(f"rdflib {name}: SPARQL counts {counts['relations']} relations, each also stated directly",
              relations == counts["relations"] == stated, (relations, stated))
        check(f"rdflib {name}: SPARQL counts {counts['evidence']} pieces of evidence quoted from their articles",
              evidence == counts["evidence"], evidence)
    names = collections.defaultdict(set)
    for subject, name in turtle.query(prefixes + "SELECT ?e ?name WHERE { ?e a mekong:Entity ; schema:name ?name }"):
        names[str(subject)].add(str(name))
    wrong = [e["id"] for e in export["entities"] if names.get(entity_iri(e["id"])) != {e["name"]}]
    check("rdflib: every entity's name as one literal, escapes undone", not wrong, wrong[:3])
    # What each report says of a post's time, and where each article's date was read.
    reported = collections.Counter()
    for evidence, key, value in turtle.query(prefixes + """
            SELECT ?e ?key ?value WHERE { ?e a mekong:Evidence ; ?key ?value .
                FILTER(STRSTARTS(STR(?key), "urn:mekong:vocab#attribute_")) }"""):
        reported[(str(key).split("attribute_", 1)[1], str(value))] += 1
    want = collections.Counter((key, value) for r in export["relations"] for e in r["evidence"]
                               for key, value in e.get("attributes", {}).items())
    check(f"rdflib: every report's {sum(want.values())} time attributes", reported == want, (reported, want))
    origins = {str(a): str(o) for a, o in turtle.query(
        prefixes + "SELECT ?a ?o WHERE { ?a a schema:NewsArticle ; mekong:publishedFrom ?o }")}
    want = {resource_iri("article", a["id"]): a["published_from"] for a in export["articles"] if a.get("published_from")}
    check(f"rdflib: where each of {len(want)} articles' dates was read", origins == want, (origins, want))


def entity_iri(identifier):
    return resource_iri("entity", identifier)


def resource_iri(kind, identifier):
    safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:"
    return f"urn:mekong:{kind}:" + "".join(
        chr(b) if chr(b) in safe else f"%{b:02X}" for b in identifier.encode("utf-8"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    store, folder = sys.argv[1:]
    counts = store_counts(store)
    with open(os.path.join(folder, "graph.json"), encoding="utf-8") as file:
        export = json.load(file)
    check(f"JSON: {counts['entities']} entities and {counts['relations']} relations, as in the store",
          (len(export["entities"]), len(export["relations"])) == (counts["entities"], counts["relations"]))
    check_graphml_and_gexf(folder, export, counts)
    check_neo4j_csv(folder, export, counts)
    check_rdf(folder, export, counts)
    if failures:
        sys.exit(f"{len(failures)} export check(s) failed.")
    print(f"Every export of {store} read back with {counts['entities']} entities and {counts['relations']} relations.")


if __name__ == "__main__":
    main()
