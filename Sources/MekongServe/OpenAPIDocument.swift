/// The OpenAPI 3.1 document of the JSON API, served at `/api/openapi.json` and committed as
/// `docs/openapi.json` (a test keeps the two the same; `MEKONG_UPDATE_GOLDEN=1` rewrites the file).
///
/// The shapes are those of the command line's `--json` (docs/cli-json.md).
public enum OpenAPIDocument {
    /// The document.
    public static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Mekong",
            "version": "1",
            "description": "The read-only JSON API of `mekong serve`: entities, their neighbourhoods, articles and pattern queries of a Mekong knowledge-graph store. The shapes are those of the command line's --json (docs/cli-json.md); every document carries `version`."
          },
          "paths": {
            "/api/entities": {
              "get": {
                "summary": "Entities whose names contain a text, ignoring case and diacritics; most mentioned first.",
                "parameters": [
                  {"name": "q", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Part of a name or alias, e.g. `tinh uy an giang`."},
                  {"name": "type", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Only entities of this type (person, organization, place, document, …)."},
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 20}}
                ],
                "responses": {
                  "200": {"description": "The entities.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityList"}}}},
                  "400": {"description": "An unknown type or a bad limit.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/entities/{id}": {
              "get": {
                "summary": "One entity, the newest articles that name it, and its relations with their sentences (as `mekong show --json`).",
                "parameters": [{"$ref": "#/components/parameters/EntityID"}],
                "responses": {
                  "200": {"description": "The entity.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityDetail"}}}},
                  "404": {"description": "No entity has this id.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/entities/{id}/neighbors": {
              "get": {
                "summary": "The part of the graph within `depth` hops of an entity (as `mekong neighbors --json`).",
                "parameters": [
                  {"$ref": "#/components/parameters/EntityID"},
                  {"name": "depth", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 3, "default": 1}}
                ],
                "responses": {
                  "200": {"description": "The neighbourhood.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Neighborhood"}}}},
                  "400": {"description": "A bad depth.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "404": {"description": "No entity has this id.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/articles": {
              "get": {
                "summary": "The newest articles (as `mekong articles --json`).",
                "parameters": [
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
                ],
                "responses": {
                  "200": {"description": "The articles.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleList"}}}},
                  "400": {"description": "A bad limit.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/articles/{id}": {
              "get": {
                "summary": "One article: its text, every mention in it (offsets in Unicode scalars of the text) and the relations it states.",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The article id (`mekong articles --json`)."}],
                "responses": {
                  "200": {"description": "The article.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleDetail"}}}},
                  "404": {"description": "No article has this id.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/query": {
              "get": {
                "summary": "A pattern query (docs/query-language.md): an array of one object per row, keyed by the RETURN columns (as `mekong query --format json`).",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}, "description": "e.g. `MATCH (p:person)-[r:holds_position]->(o) RETURN p.name, r.title, o.name`"}
                ],
                "responses": {
                  "200": {"description": "The rows.", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean", "null"]}}}}}},
                  "400": {"description": "No query, or one that does not parse or check: the message, line and column.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QueryError"}}}}
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "summary": "This document.",
                "responses": {"200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          },
          "components": {
            "parameters": {
              "EntityID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The entity id, e.g. `person:le-van-nung-e3186a2a` (percent-encoded in the path)."}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
              "QueryError": {"type": "object", "required": ["error", "line", "column"], "properties": {"error": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}}},
              "EntityReference": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
              "Entity": {
                "type": "object", "required": ["id", "type", "name", "aliases", "attributes", "mention_count", "article_count"],
                "properties": {
                  "id": {"type": "string"}, "type": {"type": "string"}, "name": {"type": "string"},
                  "aliases": {"type": "array", "items": {"type": "string"}},
                  "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
                  "mention_count": {"type": "integer"}, "article_count": {"type": "integer"}
                }
              },
              "Evidence": {
                "type": "object", "required": ["sentence", "article_id", "start", "end", "extractor", "confidence"],
                "properties": {
                  "sentence": {"type": "string"}, "article_id": {"type": "string"},
                  "article_title": {"type": ["string", "null"]}, "published": {"type": ["string", "null"]},
                  "source": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                  "start": {"type": "integer"}, "end": {"type": "integer"}, "extractor": {"type": "string"},
                  "rule": {"type": ["string", "null"]}, "confidence": {"type": "number"},
                  "attributes": {"type": "object", "additionalProperties": {"type": "string"},
                                 "description": "What this report says of a post's time: status, term, since, until."}
                }
              },
              "Relation": {
                "type": "object", "required": ["id", "predicate", "subject", "object", "title", "attributes", "evidence"],
                "properties": {
                  "id": {"type": "string"}, "predicate": {"type": "string"},
                  "subject": {"$ref": "#/components/schemas/EntityReference"}, "object": {"$ref": "#/components/schemas/EntityReference"},
                  "title": {"type": ["string", "null"]},
                  "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
                  "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}
                }
              },
              "Article": {
                "type": "object", "required": ["id", "title", "path", "published", "published_from", "source", "author", "url", "entity_count", "relation_count"],
                "properties": {
                  "id": {"type": "string"}, "title": {"type": "string"}, "path": {"type": "string"},
                  "published": {"type": ["string", "null"]},
                  "published_from": {"enum": ["metadata", "lead", null], "description": "Where the date was read (docs/articles.md)."},
                  "source": {"type": ["string", "null"]},
                  "author": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                  "entity_count": {"type": "integer"}, "relation_count": {"type": "integer"}
                }
              },
              "EntityList": {"type": "object", "required": ["version", "entities"], "properties": {"version": {"type": "integer"}, "entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}}}},
              "EntityDetail": {
                "type": "object", "required": ["version", "entity", "articles", "relations"],
                "properties": {
                  "version": {"type": "integer"}, "entity": {"$ref": "#/components/schemas/Entity"},
                  "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}},
                  "relations": {"type": "array", "items": {"$ref": "#/components/schemas/Relation"}}
                }
              },
              "Neighborhood": {
                "type": "object", "required": ["version", "entity", "depth", "entities", "relations"],
                "properties": {
                  "version": {"type": "integer"}, "entity": {"$ref": "#/components/schemas/EntityReference"}, "depth": {"type": "integer"},
                  "entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}},
                  "relations": {"type": "array", "items": {"$ref": "#/components/schemas/Relation"}}
                }
              },
              "ArticleList": {
                "type": "object", "required": ["version", "articles", "more", "undated_left_out"],
                "properties": {
                  "version": {"type": "integer"}, "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}},
                  "more": {"type": "boolean"}, "undated_left_out": {"type": "integer"}
                }
              },
              "Mention": {
                "type": "object", "required": ["entity_id", "type", "text", "start", "end"],
                "properties": {"entity_id": {"type": "string"}, "type": {"type": "string"}, "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}
              },
              "ArticleDetail": {
                "type": "object", "required": ["version", "article", "text", "mentions", "relations"],
                "properties": {
                  "version": {"type": "integer"}, "article": {"$ref": "#/components/schemas/Article"}, "text": {"type": "string"},
                  "mentions": {"type": "array", "items": {"$ref": "#/components/schemas/Mention"}},
                  "relations": {"type": "array", "items": {"$ref": "#/components/schemas/Relation"}}
                }
              }
            }
          }
        }

        """#
}
