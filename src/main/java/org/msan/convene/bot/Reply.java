package org.msan.convene.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a handler answers, free of Discord and console types: text, embeds, buttons, an attachment,
 * whether only the asker sees it, and a card to post. Messages to other members (a waitlist
 * promotion) are not part of a reply: they go through the outbox.
 */
public record Reply(
    String text, List<Embed> embeds, List<ReplyButton> buttons, Attachment attachment, boolean ephemeral,
    Announcement announcement) {

  public Reply {
    text = text == null ? "" : text;
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of(), List.of(), null, false, null);
  }

  /** A reply only the member who asked sees. */
  public static Reply privately(String text) {
    return new Reply(text, List.of(), List.of(), null, true, null);
  }

  public static Reply embed(Embed embed) {
    return new Reply("", List.of(embed), List.of(), null, false, null);
  }

  public Reply withButtons(List<ReplyButton> more) {
    List<ReplyButton> all = new ArrayList<>(buttons);
    all.addAll(more);
    return new Reply(text, embeds, all, attachment, ephemeral, announcement);
  }

  public Reply withAttachment(Attachment file) {
    return new Reply(text, embeds, buttons, file, ephemeral, announcement);
  }

  public Reply withAnnouncement(Announcement post) {
    return new Reply(text, embeds, buttons, attachment, ephemeral, post);
  }

  /**
   * A public event card to post and keep current: the adapter posts it (in {@code channelId}, or
   * where the command was run when null) and records the message so RSVP changes update it.
   */
  public record Announcement(String eventId, String channelId, Embed card, List<ReplyButton> buttons) {
    public Announcement {
      buttons = List.copyOf(buttons);
    }
  }

  /** A card: title, text, optional link, fields and a footer. */
  public record Embed(String title, String description, String url, List<Field> fields, String footer) {
    public Embed {
      fields = List.copyOf(fields);
      url = url == null ? "" : url;
      footer = footer == null ? "" : footer;
    }

    public record Field(String name, String value) {}
  }

  public record ReplyButton(String id, String label, Style style) {
    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }
  }

  public record Attachment(String fileName, byte[] content) {}
}
