-- A search rechecked every trigram candidate against the story's whole folded text, kilobytes a
-- story. It now looks in the story's distinct folded words instead (storyWords in
-- src/news/engine/story-words.ts, the string the in-memory engine searches): a query term never
-- holds whitespace, so it occurs in the text exactly when it occurs in one of its words, and the
-- answers stay the same at a fraction of the size.
--
-- The stored text is already folded by JavaScript, so SQL only has to cut it where JavaScript's
-- /\s+/u cuts (the class below is exactly ECMAScript's white space and line terminators) and keep
-- each word once, in the order it first appears. Words are compared byte for byte (COLLATE "C"),
-- as a JavaScript Set compares them. verifyStore recomputes every row from its story.
ALTER TABLE article_search RENAME COLUMN haystack TO words;

DROP INDEX article_search_haystack;

UPDATE article_search s SET words = coalesce((
  SELECT string_agg(w.word, ' ' ORDER BY w.first)
  FROM (
    SELECT t.word COLLATE "C" AS word, min(t.n) AS first
    FROM regexp_split_to_table(
      s.words,
      '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+'
    ) WITH ORDINALITY AS t(word, n)
    WHERE t.word <> ''
    GROUP BY 1
  ) w
), '');

CREATE INDEX article_search_words ON article_search USING gin (words gin_trgm_ops);
