-- What the calendar feed and the "Add to calendar" files last published for each event or series,
-- by its id (the UID's local part): a hash of its iCalendar content, its SEQUENCE, raised each time
-- that content changes (RFC 5545 §3.8.7.4), and when it changed (its DTSTAMP and LAST-MODIFIED).
-- Kept here, not derived at each start, so a restart never lowers a SEQUENCE a calendar has seen.
CREATE TABLE published_sequence (
  event_id     TEXT    PRIMARY KEY,
  content_hash TEXT    NOT NULL,
  sequence     INTEGER NOT NULL CHECK (sequence >= 0),
  changed_at   TEXT    NOT NULL
);
