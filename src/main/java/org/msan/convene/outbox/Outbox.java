package org.msan.convene.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msan.convene.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages waiting to be sent (the transactional outbox pattern): a change that owes a
 * member a message (a reminder falling due, a waitlist promotion) adds it in its own transaction,
 * so the message exists exactly when the change does, whichever process made it. Any {@code serve}
 * drains the outbox: each message is claimed in a transaction before it is sent and never claimed
 * again, so it goes out at most once, also with two processes on one database or a crash between
 * sending and recording.
 */
public final class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final Database database;
  private final Clock clock;
  /** Names this process in the claims it makes, for whoever reads the table. */
  private final String claimant = UUID.randomUUID().toString();

  public Outbox(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Adds a message inside the caller's transaction.
   *
   * @param key names what the message is about ("reminder:event:user:7d"): a key already in the
   *     outbox adds nothing, so the same reminder is never queued twice
   * @return true when the message was added, false when its key was already there
   */
  public static boolean enqueue(Connection connection, String key, String userId, String text, Instant now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT OR IGNORE INTO outbox (message_key, user_id, text, created_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, userId);
      insert.setString(3, text);
      insert.setString(4, now.toString());
      return insert.executeUpdate() == 1;
    }
  }

  /**
   * Forgets who the messages claimed before {@code cutoff} were for and what they said (the
   * question log's retention: "You asked …" names a member's question), in the caller's transaction.
   *
   * @return how many messages were forgotten
   */
  public static int forgetBefore(Connection connection, Instant cutoff) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("""
        UPDATE outbox SET user_id = '', text = '', message_key = 'forgotten:' || id
        WHERE claimed_at IS NOT NULL AND message_key NOT LIKE 'forgotten:%'
          AND julianday(created_at) < julianday(?)""")) {
      update.setString(1, cutoff.toString());
      return update.executeUpdate();
    }
  }

  /** Whether a message with this key was ever queued (sent, refused or waiting). */
  public static boolean contains(Connection connection, String key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM outbox WHERE message_key = ?")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  /**
   * Sends every waiting message, oldest first. A member who takes no DMs is recorded as refused and
   * not retried; a message that could not leave is released for the next round (the others still go
   * now); one that may have left is never sent again. A messenger that throws is taken as not sent.
   *
   * @return how many messages were delivered
   */
  public int drain(DirectMessenger messenger) {
    int delivered = 0;
    // Oldest first, each message once per round: a released one waits for the next round.
    long after = 0;
    for (Optional<Message> next = claim(after); next.isPresent(); next = claim(after)) {
      Message message = next.get();
      after = message.id();
      DirectMessenger.Delivery delivery;
      try {
        delivery = messenger.send(message.userId(), message.text());
      } catch (RuntimeException e) {
        LOG.warn("sending message {} failed: {}", message.id(), e.getMessage());
        delivery = DirectMessenger.Delivery.FAILED;
      }
      switch (delivery) {
        case FAILED -> release(message.id());
        case UNCERTAIN -> LOG.warn("message {} may or may not have reached member {}; it is not sent again",
            message.id(), message.userId());
        case SENT, REFUSED -> finish(message.id(), delivery == DirectMessenger.Delivery.SENT ? "sent" : "refused");
      }
      delivered += delivery == DirectMessenger.Delivery.SENT ? 1 : 0;
    }
    return delivered;
  }

  /** A queued message. */
  public record Message(long id, String userId, String text) {}

  /** The id of the newest message queued so far, 0 when none. */
  public long lastId() {
    return database.read(connection -> {
      try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM outbox");
          ResultSet row = max.executeQuery()) {
        return row.getLong(1);
      }
    });
  }

  /** The messages queued after message {@code id}, oldest first, sent or not. */
  public List<Message> queuedAfter(long id) {
    return database.read(connection -> {
      List<Message> messages = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, user_id, text FROM outbox WHERE id > ? ORDER BY id")) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            messages.add(new Message(row.getLong("id"), row.getString("user_id"), row.getString("text")));
          }
        }
      }
      return messages;
    });
  }

  /** How many messages wait to be sent. */
  public int waiting() {
    return database.read(connection -> {
      try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox WHERE claimed_at IS NULL");
          ResultSet row = count.executeQuery()) {
        return row.getInt(1);
      }
    });
  }

  /**
   * Takes the oldest unclaimed message after message {@code after} for this process; the write
   * lock makes the claim exclusive.
   */
  private Optional<Message> claim(long after) {
    return database.inTransaction(connection -> {
      Message waiting;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, user_id, text FROM outbox WHERE claimed_at IS NULL AND id > ? ORDER BY id LIMIT 1")) {
        select.setLong(1, after);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          waiting = new Message(row.getLong("id"), row.getString("user_id"), row.getString("text"));
        }
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE outbox SET claimed_at = ?, claimed_by = ? WHERE id = ? AND claimed_at IS NULL")) {
        update.setString(1, clock.instant().toString());
        update.setString(2, claimant);
        update.setLong(3, waiting.id());
        return update.executeUpdate() == 1 ? Optional.of(waiting) : Optional.empty();
      }
    });
  }

  private void release(long id) {
    database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE outbox SET claimed_at = NULL, claimed_by = NULL WHERE id = ? AND outcome IS NULL")) {
        update.setLong(1, id);
        return update.executeUpdate();
      }
    });
  }

  private void finish(long id, String outcome) {
    database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE outbox SET outcome = ?, done_at = ? WHERE id = ?")) {
        update.setString(1, outcome);
        update.setString(2, clock.instant().toString());
        update.setLong(3, id);
        return update.executeUpdate();
      }
    });
  }
}
