import Foundation

/// The versioned schema of a PostgreSQL store: the same graph as the SQLite store's tables, plus the ingest
/// queue and the functions that store one article's contribution.
///
/// Never edit a registered migration: append a new one. A database whose `mekong_schema` table records a
/// version above ``migrations``' last is refused (``PostgresStoreError/newerSchema(_:version:known:)``).
///
/// Every text column that is compared or sorted uses the "C" collation, so that `ORDER BY` sorts by bytes as SQLite does and
/// exports from both stores list the same records in the same order.
enum PostgresSchema {
    /// A numbered step of the schema.
    struct Migration {
        var version: Int
        var name: String
        var sql: String
    }

    /// Every migration, in the order they apply.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "graph-and-queue", sql: version1),
        Migration(version: 2, name: "curations-and-article-order", sql: version2),
    ]

    /// The statements of a script, split at semicolons outside `$fn$` bodies and `--` comments: the server
    /// takes one statement per message.
    static func statements(of script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line)
            current += line + "\n"
            if code.components(separatedBy: "$fn$").count % 2 == 0 { inBody.toggle() }
            if !inBody && code.trimmingCharacters(in: .whitespaces).hasSuffix(";") {
                statements.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }

    /// The highest version this Mekong knows.
    static var latest: Int { migrations.last!.version }

    /// The advisory lock taken while migrating, so that workers starting at once do not race to create tables.
    static let migrationLock: Int64 = 0x4D4B_4E47_0001
    /// The advisory lock an enqueuing transaction holds, so that queue order is commit order.
    static let enqueueLock: Int64 = 0x4D4B_4E47_0003
    /// The advisory lock held by the one session that stores queued contributions (``PostgresGraphStore``).
    static let mergeLock: Int64 = 0x4D4B_4E47_0002

    private static let version1 = #"""
        CREATE TABLE articles (
            id text COLLATE "C" PRIMARY KEY,
            title text COLLATE "C" NOT NULL,
            path text COLLATE "C" NOT NULL,
            url text COLLATE "C",
            source text COLLATE "C",
            author text COLLATE "C",
            published text COLLATE "C",
            sha256 text NOT NULL,
            text text NOT NULL,
            ingested_at timestamptz NOT NULL,
            published_from text
        );
        -- name_length is Swift's count of characters, which decides which name is the fullest.
        CREATE TABLE entities (
            id text COLLATE "C" PRIMARY KEY,
            type text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            name_length integer NOT NULL,
            key text COLLATE "C" NOT NULL,
            attributes jsonb NOT NULL DEFAULT '{}'
        );
        CREATE INDEX entities_by_type_key ON entities (type, key, id);
        -- ord is the order names were first given in, as SQLite's rowid.
        CREATE TABLE entity_names (
            ord bigserial PRIMARY KEY,
            entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            name text COLLATE "C" NOT NULL,
            name_length integer NOT NULL,
            key text COLLATE "C" NOT NULL,
            folded text COLLATE "C" NOT NULL,
            is_canonical boolean NOT NULL,
            UNIQUE (entity_id, article_id, name)
        );
        CREATE INDEX entity_names_by_key ON entity_names (key);
        CREATE INDEX entity_names_by_article ON entity_names (article_id);
        CREATE INDEX entity_names_by_entity ON entity_names (entity_id, ord);
        -- Name search compares the search forms Mekong computed (NameNormalizer.fold): whole, by length, and as
        -- substrings through a trigram index when the server has pg_trgm (a contrib module Debian ships).
        CREATE INDEX entity_names_by_folded ON entity_names (folded, entity_id);
        CREATE INDEX entity_names_by_length ON entity_names ((length(folded)));
        DO $fn$ BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXECUTE 'CREATE INDEX entity_names_trigrams ON entity_names USING gin (folded gin_trgm_ops)';
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm is not available: a name search reads every name';
        END $fn$;
        CREATE TABLE mentions (
            entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start integer NOT NULL,
            "end" integer NOT NULL,
            text text NOT NULL,
            PRIMARY KEY (entity_id, article_id, start, "end")
        );
        CREATE INDEX mentions_by_article ON mentions (article_id);
        CREATE TABLE relations (
            id text COLLATE "C" PRIMARY KEY,
            subject text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            predicate text COLLATE "C" NOT NULL,
            object text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            attributes jsonb NOT NULL DEFAULT '{}'
        );
        CREATE INDEX relations_by_subject ON relations (subject);
        CREATE INDEX relations_by_object ON relations (object);
        CREATE TABLE evidence (
            relation_id text COLLATE "C" NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
            article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start integer NOT NULL,
            "end" integer NOT NULL,
            text text NOT NULL,
            extractor text COLLATE "C" NOT NULL,
            rule text COLLATE "C",
            confidence double precision NOT NULL,
            attributes jsonb
        );
        CREATE UNIQUE INDEX evidence_identity
            ON evidence (relation_id, article_id, start, "end", extractor, coalesce(rule, ''));
        CREATE INDEX evidence_by_article ON evidence (article_id);

        -- What `mekong enqueue` hands to the workers: the article's bytes, so that a worker on another machine
        -- needs no access to the file; identity is the canonical path the article id is made of.
        -- pending → extracted (or failed) by one worker → done once stored, in seq order.
        CREATE TABLE ingest_queue (
            seq bigserial PRIMARY KEY,
            path text NOT NULL,
            identity text NOT NULL,
            content bytea NOT NULL,
            content_sha256 text NOT NULL,
            state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'extracted', 'failed', 'done')),
            contribution bytea,
            problems text,
            outcome text,
            worker text,
            attempts integer NOT NULL DEFAULT 0,
            -- How long extracting and storing the article took (milliseconds): what one worker costs and what the
            -- one storing session costs per article, so that the number of workers a database can feed is known.
            extract_ms double precision,
            store_ms double precision,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz
        );
        -- Enqueuing skips an article whose last waiting entry has the same bytes (PostgresGraphStore.enqueue).
        CREATE INDEX ingest_queue_waiting ON ingest_queue (identity, seq) WHERE state IN ('pending', 'extracted');
        CREATE INDEX ingest_queue_open ON ingest_queue (seq) WHERE state IN ('pending', 'extracted');

        -- Removes an article and what it contributed, then the relations no evidence supports and the entities no
        -- article names or mentions; an entity that stays takes the fullest name left (ContributionWriter's
        -- removeContribution, step for step).
        CREATE FUNCTION mekong_remove_article(p_article text) RETURNS boolean LANGUAGE plpgsql AS $fn$
        DECLARE
            touched_entities text[];
            touched_relations text[];
            eid text;
            best record;
        BEGIN
            SELECT coalesce(array_agg(DISTINCT t.entity_id ORDER BY t.entity_id), '{}') INTO touched_entities FROM (
                SELECT entity_id FROM entity_names WHERE article_id = p_article
                UNION SELECT entity_id FROM mentions WHERE article_id = p_article) t;
            SELECT coalesce(array_agg(DISTINCT relation_id ORDER BY relation_id), '{}') INTO touched_relations
                FROM evidence WHERE article_id = p_article;
            DELETE FROM articles WHERE id = p_article;
            IF NOT FOUND THEN RETURN false; END IF;
            DELETE FROM relations r WHERE r.id = ANY (touched_relations)
                AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id);
            FOREACH eid IN ARRAY touched_entities LOOP
                DELETE FROM entities e WHERE e.id = eid
                    AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = eid)
                    AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = eid);
                IF NOT FOUND THEN
                    SELECT name, name_length, key INTO best FROM entity_names
                        WHERE entity_id = eid AND is_canonical ORDER BY name_length DESC, ord LIMIT 1;
                    IF NOT FOUND THEN
                        SELECT name, name_length, key INTO best FROM entity_names
                            WHERE entity_id = eid ORDER BY name_length DESC, ord LIMIT 1;
                    END IF;
                    IF FOUND THEN
                        UPDATE entities SET name = best.name, name_length = best.name_length, key = best.key
                            WHERE id = eid AND name <> best.name;
                    END IF;
                END IF;
            END LOOP;
            RETURN true;
        END
        $fn$;

        -- Stores an article and resolves its entities (ContributionWriter's ingest and resolve, step for step);
        -- p is built by PostgresGraphStore: names come with their keys, folded forms and Swift lengths, aliases
        -- with whether they may join another entity. Returns the change and the stored id of each entity.
        CREATE FUNCTION mekong_store_entities(p jsonb) RETURNS jsonb LANGUAGE plpgsql AS $fn$
        DECLARE
            a jsonb := p -> 'article';
            aid text := a ->> 'id';
            stored record;
            change text;
            ent jsonb;
            e_id text;
            e_type text;
            e_name text;
            e_length integer;
            e_key text;
            hit record;
            found_it boolean;
            rid text;
            ids jsonb := '[]';
            added integer := 0;
            merged integer := 0;
        BEGIN
            SELECT sha256, title, published, published_from INTO stored FROM articles WHERE id = aid;
            IF FOUND THEN
                IF stored.sha256 = a ->> 'sha256' AND stored.title = a ->> 'title'
                    AND stored.published IS NOT DISTINCT FROM a ->> 'published'
                    AND stored.published_from IS NOT DISTINCT FROM a ->> 'publishedFrom' THEN
                    RETURN jsonb_build_object('change', 'unchanged');
                END IF;
                PERFORM mekong_remove_article(aid);
                change := 'replaced';
            ELSE
                change := 'added';
            END IF;
            INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at, published_from)
            VALUES (aid, a ->> 'title', a ->> 'path', a ->> 'url', a ->> 'source', a ->> 'author', a ->> 'published',
                a ->> 'sha256', a ->> 'text', now(), a ->> 'publishedFrom');

            -- One entity at a time, in order: an entity may resolve to one stored earlier in the same article.
            FOR ent IN SELECT value FROM jsonb_array_elements(p -> 'entities') LOOP
                e_id := ent ->> 'id';
                e_type := ent ->> 'type';
                e_name := ent ->> 'name';
                e_length := (ent ->> 'nameLength')::integer;
                e_key := ent ->> 'key';
                SELECT id, name_length INTO hit FROM entities WHERE id = e_id AND type = e_type;
                found_it := FOUND;
                IF NOT found_it THEN
                    SELECT id, name_length INTO hit FROM entities WHERE type = e_type AND key = e_key ORDER BY id LIMIT 1;
                    found_it := FOUND;
                END IF;
                IF NOT found_it THEN
                    -- A stored alias that is its entity's name cut short names that entity in its own article only.
                    SELECT e.id, e.name_length INTO hit FROM entity_names n JOIN entities e ON e.id = n.entity_id
                        WHERE n.key = e_key AND e.type = e_type
                        AND (n.is_canonical OR left(e.key, length(e_key) + 1) <> e_key || ' ')
                        ORDER BY e.id LIMIT 1;
                    found_it := FOUND;
                END IF;
                IF NOT found_it AND jsonb_array_length(ent -> 'aliases') > 0 THEN
                    -- The first alias, in order, that may join and names a stored entity's canonical key.
                    SELECT m.id, m.name_length INTO hit
                        FROM jsonb_array_elements(ent -> 'aliases') WITH ORDINALITY AS al(value, position)
                        CROSS JOIN LATERAL (
                            SELECT id, name_length FROM entities WHERE type = e_type AND key = al.value ->> 'key'
                            ORDER BY id LIMIT 1) m
                        WHERE (al.value ->> 'joins')::boolean
                        ORDER BY al.position LIMIT 1;
                    found_it := FOUND;
                END IF;

                IF found_it THEN
                    rid := hit.id;
                    merged := merged + 1;
                    IF e_length > hit.name_length THEN
                        UPDATE entities SET name = e_name, name_length = e_length, key = e_key WHERE id = rid;
                    END IF;
                    -- Attributes the stored entity has keep their values; new ones are added.
                    IF ent -> 'attributes' <> '{}'::jsonb THEN
                        UPDATE entities SET attributes = (ent -> 'attributes') || attributes
                            WHERE id = rid AND NOT attributes ?& ARRAY(SELECT jsonb_object_keys(ent -> 'attributes'));
                    END IF;
                ELSE
                    rid := e_id;
                    added := added + 1;
                    INSERT INTO entities (id, type, name, name_length, key, attributes)
                    VALUES (rid, e_type, e_name, e_length, e_key, ent -> 'attributes');
                END IF;

                -- The canonical name first, then the aliases in order (Mekong gives no alias equal to the name); a
                -- name the entity already has from this article keeps its row, and becomes canonical if this is.
                INSERT INTO entity_names (entity_id, article_id, name, name_length, key, folded, is_canonical)
                SELECT rid, aid, n.value ->> 'name', (n.value ->> 'nameLength')::integer, n.value ->> 'key',
                    n.value ->> 'folded', n.position = 0
                FROM (SELECT ent AS value, 0::bigint AS position
                      UNION ALL SELECT t.value, t.position
                      FROM jsonb_array_elements(ent -> 'aliases') WITH ORDINALITY AS t(value, position)) n
                ORDER BY n.position
                ON CONFLICT (entity_id, article_id, name)
                    DO UPDATE SET is_canonical = entity_names.is_canonical OR excluded.is_canonical;
                -- Two entities of the article may resolve to one stored entity: the first text of a span stays.
                IF jsonb_array_length(ent -> 'mentions') > 0 THEN
                    INSERT INTO mentions (entity_id, article_id, start, "end", text)
                    SELECT rid, aid, (m ->> 0)::integer, (m ->> 1)::integer, m ->> 2
                    FROM jsonb_array_elements(ent -> 'mentions') m
                    ON CONFLICT DO NOTHING;
                END IF;
                ids := ids || to_jsonb(rid);
            END LOOP;
            RETURN jsonb_build_object('change', change, 'ids', ids, 'added', added, 'merged', merged);
        END
        $fn$;

        -- Stores an article's relations with their evidence; ends are stored ids (or ids the article did not
        -- define, kept only when the store holds them). The relation ids come computed (StableID).
        CREATE FUNCTION mekong_store_relations(p_article text, p jsonb) RETURNS jsonb LANGUAGE plpgsql AS $fn$
        DECLARE
            r jsonb;
            n integer;
            added integer := 0;
            evidence_added integer := 0;
            dropped integer := 0;
        BEGIN
            FOR r IN SELECT value FROM jsonb_array_elements(p) LOOP
                IF NOT EXISTS (SELECT 1 FROM entities WHERE id = r ->> 'subject')
                    OR NOT EXISTS (SELECT 1 FROM entities WHERE id = r ->> 'object') THEN
                    dropped := dropped + 1;
                    CONTINUE;
                END IF;
                INSERT INTO relations (id, subject, predicate, object, attributes)
                VALUES (r ->> 'id', r ->> 'subject', r ->> 'predicate', r ->> 'object', r -> 'attributes')
                ON CONFLICT (id) DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                added := added + n;
                INSERT INTO evidence (relation_id, article_id, start, "end", text, extractor, rule, confidence, attributes)
                SELECT r ->> 'id', p_article, (ev ->> 'start')::integer, (ev ->> 'end')::integer, ev ->> 'text',
                    ev ->> 'extractor', ev ->> 'rule', (ev ->> 'confidence')::double precision,
                    CASE WHEN ev -> 'attributes' IS NULL OR ev -> 'attributes' = '{}'::jsonb THEN NULL
                        ELSE ev -> 'attributes' END
                FROM jsonb_array_elements(r -> 'evidence') ev
                ON CONFLICT DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                evidence_added := evidence_added + n;
            END LOOP;
            RETURN jsonb_build_object('added', added, 'evidence', evidence_added, 'dropped', dropped);
        END
        $fn$;
        """#

    /// The store's curations (a URL has no folder to hold a `curation.yaml`), and the order articles were stored
    /// in (SQLite's rowid), which deriving the graph again after an undo follows: the articles stored before the
    /// migration are numbered by the time they were stored, then by id.
    private static let version2 = #"""
        -- One curation a row, oldest first, each the line curation.yaml would hold for it (docs/curation.md).
        CREATE TABLE curations (
            seq bigserial PRIMARY KEY,
            line text NOT NULL
        );
        ALTER TABLE articles ADD COLUMN ord bigserial;
        UPDATE articles SET ord = o.n
            FROM (SELECT id, row_number() OVER (ORDER BY ingested_at, id COLLATE "C") AS n FROM articles) o
            WHERE articles.id = o.id;
        CREATE UNIQUE INDEX articles_by_ord ON articles (ord);

        -- fold() of the pattern queries (docs/query-language.md), NameNormalizer.fold in SQL: decomposed, its
        -- combining marks dropped, lower-cased (by ICU's Unicode rules when the server has ICU, else ASCII only: the
        -- "C" collation; a Vietnamese letter is ASCII once its marks are gone), đ as d, white space folded.
        DO $fn$
        DECLARE
            lowering text := '';
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
                lowering := ' COLLATE "und-x-icu"';
            END IF;
            EXECUTE format($q$
                CREATE FUNCTION mekong_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $body$
                    SELECT btrim(regexp_replace(
                        translate(lower(regexp_replace(normalize(t, NFD),
                            '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')%s), 'Đđ', 'dd'),
                        '[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ', 'g'))
                $body$ $q$, lowering);
        END
        $fn$;
        """#
}
