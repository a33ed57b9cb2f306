-- One 👍/👎 per member and answer: a member's second press changes their own vote, never another's.
-- question.feedback (one value any viewer overwrote) is no longer written or read; its values move
-- here under the empty user id ("someone, before votes were kept per member"), so none is lost.
-- After the retention period a voter's id is replaced by 'forgotten:<rowid>' (see QuestionLog).
CREATE TABLE question_feedback (
  question_id INTEGER NOT NULL REFERENCES question (id),
  user_id     TEXT    NOT NULL,
  feedback    INTEGER NOT NULL CHECK (feedback IN (-1, 1)),
  changed_at  TEXT    NOT NULL,
  PRIMARY KEY (question_id, user_id)
);

INSERT INTO question_feedback (question_id, user_id, feedback, changed_at)
SELECT id, '', feedback, asked_at FROM question WHERE feedback <> 0;
