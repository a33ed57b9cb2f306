-- Calendar events published as Discord scheduled events: which Discord event mirrors which, and
-- a fingerprint of what was published, so a sync changes only what changed.
CREATE TABLE scheduled_event (
  event_id    TEXT PRIMARY KEY,
  guild_id    TEXT NOT NULL,
  discord_id  TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  synced_at   TEXT NOT NULL
);
