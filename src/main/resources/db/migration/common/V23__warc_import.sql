-- WARC import (issue 18, part 1). A WARC record that is not an article (a revisit, an image, a
-- request, the same payload twice) becomes an item SKIPPED with the reason, counted apart from the
-- failures; an article taken from a web archive keeps when it was captured (WARC-Date), which is
-- not its publication date.
ALTER TABLE import_batch ADD COLUMN skipped INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE article ADD COLUMN captured_at TIMESTAMP WITH TIME ZONE;
