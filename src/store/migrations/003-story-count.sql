-- The first feed page shows how many stories there are; counting 100,000 rows for it took
-- 60 ms on PGlite. Triggers keep the number instead, in the transaction of every write.
CREATE TABLE article_count (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  n integer NOT NULL
);

INSERT INTO article_count (n) SELECT count(*) FROM articles;

CREATE FUNCTION article_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_count SET n = n + 1;
  RETURN NULL;
END $$;

CREATE FUNCTION article_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_count SET n = n - 1;
  RETURN NULL;
END $$;

CREATE TRIGGER article_count_insert AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION article_count_insert();
CREATE TRIGGER article_count_delete AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION article_count_delete();
