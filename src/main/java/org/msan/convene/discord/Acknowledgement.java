package org.msan.convene.discord;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.msan.convene.bot.Reply;

/**
 * Acknowledges one interaction exactly once, within Discord's 3 seconds: with the reply itself
 * when the handler is quick, or with a deferral (the "thinking…" state) when the work is slow or
 * the deadline comes first; the reply then edits the deferred message.
 */
final class Acknowledgement {

  private final IReplyCallback callback;
  private final boolean privately;
  private final AtomicBoolean acknowledged = new AtomicBoolean();

  /** @param privately whether a deferral should be ephemeral, as the command's replies are */
  Acknowledgement(IReplyCallback callback, boolean privately) {
    this.callback = callback;
    this.privately = privately;
  }

  /** Defers unless the interaction is already acknowledged. */
  void defer() {
    if (acknowledged.compareAndSet(false, true)) {
      callback.deferReply(privately).queue();
    }
  }

  /**
   * Sends the reply, or edits it into the deferral. A reply refused before it left (an embed over
   * Discord's limits) leaves the interaction unacknowledged, so another reply can still be sent.
   */
  void deliver(Reply reply) {
    if (reply.form() != null) {
      // A modal can only be the first answer to an interaction: after a deferral, say how to go on.
      if (callback instanceof IModalCallback modals && acknowledged.compareAndSet(false, true)) {
        try {
          modals.replyModal(ReplyRenderer.modal(reply.form())).queue();
        } catch (RuntimeException e) {
          acknowledged.set(false);
          throw e;
        }
        return;
      }
      reply = Reply.privately("That took too long to open the form; please press the button again.");
    }
    List<MessageCreateData> messages = ReplyRenderer.render(reply);
    if (acknowledged.compareAndSet(false, true)) {
      try {
        callback.reply(messages.get(0)).setEphemeral(reply.ephemeral()).queue();
      } catch (RuntimeException e) {
        acknowledged.set(false);
        throw e;
      }
    } else {
      callback.getHook().editOriginal(MessageEditData.fromCreateData(messages.get(0))).queue();
    }
    for (MessageCreateData more : messages.subList(1, messages.size())) {
      callback.getHook().sendMessage(more).setEphemeral(reply.ephemeral()).queue();
    }
  }
}
