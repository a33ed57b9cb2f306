-- One row per event and member: a change updates it, never adds a second one.
CREATE TABLE rsvp (
  event_id      TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  display_name  TEXT    NOT NULL,
  status        TEXT    NOT NULL CHECK (status IN ('going', 'maybe', 'not_going')),
  guests        INTEGER NOT NULL DEFAULT 0 CHECK (guests BETWEEN 0 AND 10),
  note          TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  waitlisted_at TEXT,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  PRIMARY KEY (event_id, user_id)
);

-- Append-only: one row for every change, never updated or deleted.
CREATE TABLE rsvp_history (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id     TEXT    NOT NULL,
  user_id      TEXT    NOT NULL,
  display_name TEXT    NOT NULL,
  status       TEXT    NOT NULL,
  guests       INTEGER NOT NULL,
  note         TEXT    NOT NULL,
  waitlisted   INTEGER NOT NULL,
  action       TEXT    NOT NULL,
  changed_at   TEXT    NOT NULL
);
CREATE INDEX rsvp_history_event ON rsvp_history (event_id, user_id);

CREATE TRIGGER rsvp_history_append_only_update BEFORE UPDATE ON rsvp_history
BEGIN SELECT RAISE(ABORT, 'rsvp_history is append-only'); END;
CREATE TRIGGER rsvp_history_append_only_delete BEFORE DELETE ON rsvp_history
BEGIN SELECT RAISE(ABORT, 'rsvp_history is append-only'); END;

-- Events a coordinator closed to RSVPs.
CREATE TABLE rsvp_closed (
  event_id  TEXT PRIMARY KEY,
  closed_by TEXT NOT NULL,
  closed_at TEXT NOT NULL
);

-- Every question members asked, for `convene gaps`.
CREATE TABLE question (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at   TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  answered   INTEGER NOT NULL,
  best_score REAL    NOT NULL,
  feedback   INTEGER NOT NULL DEFAULT 0 CHECK (feedback IN (-1, 0, 1))
);
