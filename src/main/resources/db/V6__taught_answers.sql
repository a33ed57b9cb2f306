-- A question staff answered (with /teach or from /gaps) is resolved by the file that answers it:
-- it leaves `gaps`, and its asker is told once, through the outbox.
ALTER TABLE question ADD COLUMN resolved_by TEXT;
ALTER TABLE question ADD COLUMN resolved_at TEXT;

-- Every change staff make to the knowledge folder from Discord or chat, never changed or deleted:
-- who, when, which file, the hash of its content, and for a taught answer the text itself, so an
-- answer taught again keeps its history here.
CREATE TABLE knowledge_audit (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  actor_id     TEXT NOT NULL,
  actor_name   TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('teach', 'add', 'replace', 'remove', 'restore')),
  path         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  content      TEXT
);

CREATE TRIGGER knowledge_audit_append_only_update BEFORE UPDATE ON knowledge_audit
BEGIN SELECT RAISE(ABORT, 'knowledge_audit is append-only'); END;
CREATE TRIGGER knowledge_audit_append_only_delete BEFORE DELETE ON knowledge_audit
BEGIN SELECT RAISE(ABORT, 'knowledge_audit is append-only'); END;
