-- Search looks words up in a vocabulary instead of rechecking every story's haystack. A query
-- word never holds whitespace, so it occurs in a story's folded text exactly when it occurs
-- inside one of the text's words (cut at ASCII whitespace). The trigram index now narrows a
-- table of distinct words, and each story keeps the ids of its words under a GIN index, so a
-- search costs what it matches, not what its trigrams are common in: at 100,000 synthetic
-- stories some surnames left thousands of haystacks to recheck.
CREATE TABLE search_words (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  word text COLLATE "C" NOT NULL
);
-- Unique by digest: a word can be a whole paragraph long, past what a b-tree entry holds.
CREATE UNIQUE INDEX search_words_digest ON search_words (md5(word));
CREATE INDEX search_words_trigrams ON search_words USING gin (word gin_trgm_ops);

INSERT INTO search_words (word)
SELECT DISTINCT w FROM article_search, regexp_split_to_table(haystack, '[ \t\n\r\f\v]+') AS w
WHERE w <> '' ORDER BY w;

ALTER TABLE article_search ADD COLUMN word_ids integer[];
UPDATE article_search s SET word_ids = ARRAY(
  SELECT DISTINCT w.id FROM regexp_split_to_table(s.haystack, '[ \t\n\r\f\v]+') AS t (word)
  JOIN search_words w ON md5(w.word) = md5(t.word) AND w.word = t.word
  ORDER BY w.id
);
ALTER TABLE article_search ALTER COLUMN word_ids SET NOT NULL;

DROP INDEX article_search_haystack;
ALTER TABLE article_search DROP COLUMN haystack;
CREATE INDEX article_search_word_ids ON article_search USING gin (word_ids);
