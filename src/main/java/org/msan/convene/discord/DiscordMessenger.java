package org.msan.convene.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.msan.convene.outbox.DirectMessenger;

/**
 * Direct messages through Discord. A member with closed DMs, or an id Discord doesn't know, is
 * refused (not retried); a failure before the message is sent (finding the member, opening the DM)
 * is passing; a failure while sending is uncertain, since the message may have arrived.
 */
final class DiscordMessenger implements DirectMessenger {

  private final JDA jda;

  DiscordMessenger(JDA jda) {
    this.jda = jda;
  }

  @Override
  public Delivery send(String userId, String text) {
    PrivateChannel channel;
    try {
      channel = jda.retrieveUserById(userId).flatMap(User::openPrivateChannel).complete();
    } catch (NumberFormatException e) {
      return Delivery.REFUSED;
    } catch (ErrorResponseException e) {
      return refusedOrFailed(e);
    } catch (RuntimeException e) {
      return Delivery.FAILED;
    }
    try {
      channel.sendMessage(TextLimits.trim(text, Message.MAX_CONTENT_LENGTH)).complete();
      return Delivery.SENT;
    } catch (ErrorResponseException e) {
      // Discord answered with an error: the message did not arrive.
      return refusedOrFailed(e);
    } catch (RuntimeException e) {
      return Delivery.UNCERTAIN;
    }
  }

  /** A 4xx that retrying won't change (closed DMs, unknown member) is a refusal; the rest is passing. */
  private static Delivery refusedOrFailed(ErrorResponseException e) {
    int status = e.getResponse() == null ? 0 : e.getResponse().code;
    boolean permanent = e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER
        || e.getErrorResponse() == ErrorResponse.UNKNOWN_USER
        || status >= 400 && status < 500 && status != 429;
    return permanent ? Delivery.REFUSED : Delivery.FAILED;
  }
}
