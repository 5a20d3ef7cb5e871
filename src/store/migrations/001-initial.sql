-- Lede's first schema. Ids sort as JavaScript sorts them (code units), whatever the database's
-- locale, because cursors and ties depend on it: hence COLLATE "C" on every id column.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Where stories come from. Sources seen only on stories have no feed address (url).
CREATE TABLE sources (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  url text UNIQUE,
  site_url text,
  interval_minutes integer NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
  full_text boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per story. doc is the story as served (mentions included), summary its feed card;
-- the other columns exist to filter and order in SQL.
CREATE TABLE articles (
  id text COLLATE "C" PRIMARY KEY,
  source_id text COLLATE "C" NOT NULL REFERENCES sources (id),
  -- Milliseconds since 1970, as Date.parse gives them: the cursor's time, exact in a double.
  published_ms double precision NOT NULL,
  -- Folded (lower case, no diacritics) in JavaScript at write time, so SQL matches exactly
  -- what the in-memory engine matches.
  topics_folded text[] NOT NULL,
  haystack text NOT NULL,
  entity_ids text[] COLLATE "C" NOT NULL,
  summary json NOT NULL,
  doc json NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_feed ON articles (published_ms DESC, id);
CREATE INDEX articles_source_feed ON articles (source_id, published_ms DESC, id);
CREATE INDEX articles_entity_ids ON articles USING gin (entity_ids);
CREATE INDEX articles_topics ON articles USING gin (topics_folded);
CREATE INDEX articles_haystack ON articles USING gin (haystack gin_trgm_ops);

-- Which entities a story mentions, with what the entity records are aggregated from.
-- The mention ranges themselves stay in articles.doc: they point into its body.
CREATE TABLE article_entities (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id text COLLATE "C" NOT NULL,
  published_ms double precision NOT NULL,
  published_at text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  role text,
  salience double precision NOT NULL,
  mention_count integer NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entities_by_entity ON article_entities (entity_id, published_ms, article_id);

-- Entity records. aliases and description are curated; the rest is derived from article_entities
-- by every write that touches the entity, in the same transaction.
CREATE TABLE entities (
  id text COLLATE "C" PRIMARY KEY,
  aliases text[] NOT NULL DEFAULT '{}',
  description text,
  name text,
  type text,
  role text,
  -- name and aliases folded together, for entity search
  names_folded text NOT NULL DEFAULT '',
  article_count integer NOT NULL DEFAULT 0,
  first_seen text,
  last_seen text
);

CREATE INDEX entities_ranking ON entities (article_count DESC) WHERE article_count > 0;

-- Small facts about the store itself, such as whether the bundled corpus was ever loaded.
CREATE TABLE store_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
