package org.msan.convene.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.msan.convene.outbox.DirectMessenger;

/** Reminders as Discord DMs; a member with closed DMs is reported as refused, not retried. */
final class DiscordMessenger implements DirectMessenger {

  private final JDA jda;

  DiscordMessenger(JDA jda) {
    this.jda = jda;
  }

  @Override
  public Delivery send(String userId, String text) {
    try {
      jda.retrieveUserById(userId)
          .flatMap(User::openPrivateChannel)
          .flatMap(channel -> channel.sendMessage(TextLimits.trim(text, TextLimits.MESSAGE)))
          .complete();
      return Delivery.SENT;
    } catch (ErrorResponseException e) {
      return e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER || e.getErrorResponse() == ErrorResponse.UNKNOWN_USER
          ? Delivery.REFUSED : Delivery.FAILED;
    } catch (RuntimeException e) {
      return Delivery.FAILED;
    }
  }
}
