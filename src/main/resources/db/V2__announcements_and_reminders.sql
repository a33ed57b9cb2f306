-- Event cards a coordinator posted: edited with fresh counts when RSVPs change.
CREATE TABLE announcement (
  event_id   TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  posted_by  TEXT NOT NULL,
  posted_at  TEXT NOT NULL,
  PRIMARY KEY (channel_id, message_id)
);
CREATE INDEX announcement_event ON announcement (event_id);

-- One row per reminder sent, refused by Discord (closed DMs) or skipped (a nearer one was due),
-- so none is sent twice, also across restarts.
CREATE TABLE reminder_sent (
  event_id   TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  lead       TEXT NOT NULL,
  outcome    TEXT NOT NULL CHECK (outcome IN ('sent', 'refused', 'skipped')),
  sent_at    TEXT NOT NULL,
  PRIMARY KEY (event_id, user_id, lead)
);

-- Members who turned reminders off.
CREATE TABLE reminder_optout (
  user_id    TEXT PRIMARY KEY,
  changed_at TEXT NOT NULL
);
