#!/usr/bin/env python3
"""Bytes written to store a store's rows again, without the noise of batch sizes (docs/benchmarks.md).

`mekong ingest` commits 500 articles or ten seconds' worth per transaction, so on a busy machine its batches,
and with them the bytes it writes, vary from run to run. This replays the rows of STORE (a store written by
`mekong ingest`) into a fresh store OUT with the same schema, through Python's sqlite3: WAL mode,
`synchronous=NORMAL`, the entities, relations, name index (and, since migrations v9 and v10, the names' forms and
the evidence's sources) first, then each article in ingest order with its names, mentions and evidence inside a
savepoint, BATCH articles per transaction. Prints the bytes this process
wrote (`write_bytes` of /proc/self/io: the WAL and the checkpoints) and OUT's size, per article.

  Benchmarks/replay-writes.py .build/bench/store.sqlite /tmp/replay.sqlite --cache-kb 16384 --batch 500
"""
import argparse
import os
import sqlite3


def written_bytes():
    with open("/proc/self/io") as handle:
        for line in handle:
            if line.startswith("write_bytes"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("out")
    parser.add_argument("--cache-kb", type=int, help="the writer's page cache (SQLite's default: 2000 KB)")
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    options = parser.parse_args()

    source = sqlite3.connect(options.store)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(options.out + suffix):
            os.remove(options.out + suffix)
    db = sqlite3.connect(options.out, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if options.cache_kb:
        db.execute(f"PRAGMA cache_size = -{options.cache_kb}")
    # The FTS5 index's own tables are made by its CREATE VIRTUAL TABLE.
    for (sql,) in source.execute("""
            SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
            AND name NOT LIKE 'name_folds_search_%' ORDER BY rowid"""):
        db.execute(sql)

    order = ["entity_names", "mentions", "entity_mentions", "evidence", "name_sightings", "mention_sets", "evidence_rows"]
    tables = [name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'") if name in order]
    tables.sort(key=order.index)
    existing = {name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rows_of = {}
    by_key = {}
    for table in tables:
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
        # Since migration v9 an article's rows name it by its integer key (article_keys.rid).
        by_key[table] = "article_id" not in columns
        article = columns.index("article" if by_key[table] else "article_id")
        # Rowid tables in the order they were written; WITHOUT ROWID tables have no such order.
        ordered = " ORDER BY rowid" if table in ("entity_names", "evidence", "name_sightings", "evidence_rows") else ""
        for row in source.execute(f"SELECT * FROM {table}{ordered}"):
            rows_of.setdefault((table, row[article]), []).append(row)
    if "article_keys" in existing:
        # Stored in the order of their keys, the triggers give every article, entity and relation the key it had — in a
        # store written by one ingest, whose keys have no gaps (no article removed, no entity merged by curation).
        articles = source.execute("SELECT a.*, k.rid FROM articles a JOIN article_keys k ON k.id = a.id ORDER BY k.rid").fetchall()
    else:
        articles = [row + (None,) for row in source.execute("SELECT * FROM articles ORDER BY rowid")]

    def in_key_order(table, keys):
        if keys in existing:
            return source.execute(f"SELECT t.* FROM {table} t JOIN {keys} k ON k.id = t.id ORDER BY k.rid").fetchall()
        return source.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()

    def insert(table, rows):
        if rows:
            db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)

    started = written_bytes()
    db.execute("BEGIN")
    insert("entities", in_key_order("entities", "entity_keys"))
    insert("relations", in_key_order("relations", "relation_keys"))
    for table in ("name_folds", "name_forms", "evidence_sources"):
        if table in existing:
            insert(table, source.execute(f"SELECT * FROM {table}").fetchall())
    for index, article in enumerate(articles):
        if index and index % options.batch == 0:
            db.execute("COMMIT")
            db.execute("BEGIN")
        db.execute("SAVEPOINT article")
        insert("articles", [article[:-1]])
        for table in tables:
            insert(table, rows_of.get((table, article[-1] if by_key[table] else article[0]), []))
        db.execute("RELEASE article")
    db.execute("COMMIT")
    db.close()
    written = written_bytes() - started
    count = len(articles)
    print(f"{count} articles, {options.batch} per transaction, cache {options.cache_kb or 'default'} KB: "
          f"written {written / count / 1024:.1f} KB/article, store {os.path.getsize(options.out) / count / 1024:.2f} KB/article")


if __name__ == "__main__":
    main()
