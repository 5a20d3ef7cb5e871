-- The wide columns move out of articles, so the rows that filters, counts and ordering scan stay
-- a few dozen bytes: counting every story for the first feed page read ~2 kB a row before.
-- The haystack gets a table of its own: a search rechecks its trigram matches there, reading
-- only haystacks, not the stories served beside them.
CREATE TABLE article_texts (
  id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  summary json NOT NULL,
  doc json NOT NULL
);

CREATE TABLE article_search (
  id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  haystack text NOT NULL
);

INSERT INTO article_texts (id, summary, doc) SELECT id, summary, doc FROM articles;
INSERT INTO article_search (id, haystack) SELECT id, haystack FROM articles;

DROP INDEX articles_haystack;
ALTER TABLE articles DROP COLUMN haystack, DROP COLUMN summary, DROP COLUMN doc;

CREATE INDEX article_search_haystack ON article_search USING gin (haystack gin_trgm_ops);
