package org.msan.convene.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.msan.convene.bot.Reply;
import org.msan.convene.outbox.Outbox;

/** Prints a reply as plain text a person reads easily; buttons are listed with the ids to !press. */
final class ReplyPrinter {

  private final PrintWriter out;

  ReplyPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Reply reply) {
    if (!reply.text().isEmpty()) {
      out.println(plain(reply.text()));
    }
    for (Reply.Embed embed : reply.embeds()) {
      if (!embed.title().isEmpty()) {
        out.println("== " + plain(embed.title()) + " ==");
      }
      if (!embed.description().isEmpty()) {
        out.println(plain(embed.description()));
      }
      for (Reply.Embed.Field field : embed.fields()) {
        out.println(field.name() + ": " + plain(field.value()).replace("\n", "\n  "));
      }
      if (!embed.footer().isEmpty()) {
        out.println("(" + plain(embed.footer()) + ")");
      }
    }
    if (!reply.buttons().isEmpty()) {
      StringBuilder line = new StringBuilder("Buttons:");
      reply.buttons().forEach(b -> line.append("  [").append(b.label()).append("] ").append(b.id()));
      out.println(line);
    }
    if (reply.form() != null) {
      Reply.Form form = reply.form();
      out.println("Form \"" + form.title() + "\" (" + form.id() + "):");
      StringBuilder submit = new StringBuilder("!submit " + form.id());
      for (Reply.Form.Field field : form.fields()) {
        out.println("  " + field.id() + " — " + field.label() + (field.value().isEmpty() ? "" : ": " + field.value()));
        submit.append(' ').append(field.id()).append(":\"").append(field.value()).append('"');
      }
      out.println("Fill it in with: " + submit);
    }
    if (reply.attachment() != null) {
      out.println("Attachment " + reply.attachment().fileName() + " (" + reply.attachment().content().length + " bytes):");
      out.print(new String(reply.attachment().content(), StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n"));
    }
    // Said of the reply itself, before the card it posts for everyone.
    if (reply.ephemeral()) {
      out.println("(only you can see this)");
    }
    if (reply.announcement() != null) {
      Reply.Announcement post = reply.announcement();
      out.println("(posted in " + (post.channelId() == null ? "this channel" : "channel " + post.channelId()) + ":)");
      print(Reply.embed(post.card()).withButtons(post.buttons()));
    }
    out.println();
    out.flush();
  }

  /** A direct message a line queued for another member; {@code serve} sends it. */
  void print(Outbox.Message message) {
    out.println("(direct message to " + message.userId() + ", sent by serve: "
        + plain(message.text()).replace("\n", "\n  ") + ")");
    out.flush();
  }

  /** Discord's bold and code marks mean nothing in a terminal. */
  private static String plain(String text) {
    return text.replace("**", "").replace("`", "");
  }
}
