-- Sources become feeds Lede polls: their schedule, conditional-GET validators and health live
-- here, so due times survive restarts and every server on one database sees the same ones.
ALTER TABLE sources
  ALTER COLUMN interval_minutes SET DEFAULT 30,
  ADD COLUMN paused boolean NOT NULL DEFAULT false,
  -- A removed source keeps its row: its stories reference it and stay readable.
  ADD COLUMN removed_at timestamptz,
  ADD COLUMN etag text,
  ADD COLUMN last_modified text,
  ADD COLUMN next_fetch_at timestamptz,
  ADD COLUMN failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  ADD COLUMN last_fetch_at timestamptz,
  ADD COLUMN last_success_at timestamptz,
  ADD COLUMN last_error text,
  ADD COLUMN items_seen integer NOT NULL DEFAULT 0 CHECK (items_seen >= 0),
  -- A lease: the server that claimed a fetch holds it until then, so no other fetches it meanwhile.
  ADD COLUMN claimed_until timestamptz,
  ADD COLUMN claimed_by text;

CREATE INDEX sources_due ON sources (next_fetch_at)
  WHERE url IS NOT NULL AND removed_at IS NULL AND NOT paused;

-- The keys a story is known by beyond its id: its GUID within a source, its canonical URL and a
-- fingerprint of its text. The same story from two sources, or twice from one, finds its first id.
CREATE TABLE story_keys (
  key text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL
);
CREATE INDEX story_keys_article ON story_keys (article_id);

-- A story's MinHash signature, for comparing near-identical texts found through band keys.
CREATE TABLE story_fingerprints (
  article_id text COLLATE "C" PRIMARY KEY,
  minhash bigint[] NOT NULL
);
