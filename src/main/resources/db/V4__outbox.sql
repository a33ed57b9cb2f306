-- Direct messages to members (reminders, waitlist promotions), written in the transaction of the
-- change that calls for them and sent by whichever `serve` runs: a message is claimed in a
-- transaction before it is sent and never claimed again, so it goes out at most once.
CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  message_key TEXT    NOT NULL UNIQUE,
  user_id     TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  created_at  TEXT    NOT NULL,
  claimed_at  TEXT,
  claimed_by  TEXT,
  outcome     TEXT    CHECK (outcome IN ('sent', 'refused')),
  done_at     TEXT
);
CREATE INDEX outbox_waiting ON outbox (claimed_at, id);
