package org.msan.convene.outbox;

/** Sends a private message to a member (Discord DMs); the outbox does not know Discord. */
@FunctionalInterface
public interface DirectMessenger {

  enum Delivery {
    SENT,
    /** The member does not take DMs: recorded, never retried. */
    REFUSED,
    /** Something passing before the message left (Discord unreachable): tried again at the next round. */
    FAILED,
    /** The message may have left (a timeout while sending): never sent again, so never twice. */
    UNCERTAIN
  }

  Delivery send(String userId, String text);
}
