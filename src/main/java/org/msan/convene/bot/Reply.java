package org.msan.convene.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a handler answers, free of Discord and console types: text, embeds, buttons, an attachment,
 * whether only the asker sees it, and direct messages to send to others (a waitlist promotion).
 */
public record Reply(
    String text, List<Embed> embeds, List<ReplyButton> buttons, Attachment attachment, boolean ephemeral,
    List<DirectMessage> directMessages, Announcement announcement) {

  public Reply {
    text = text == null ? "" : text;
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
    directMessages = List.copyOf(directMessages);
  }

  public Reply(String text, List<Embed> embeds, List<ReplyButton> buttons, Attachment attachment, boolean ephemeral,
      List<DirectMessage> directMessages) {
    this(text, embeds, buttons, attachment, ephemeral, directMessages, null);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of(), List.of(), null, false, List.of());
  }

  /** A reply only the member who asked sees. */
  public static Reply privately(String text) {
    return new Reply(text, List.of(), List.of(), null, true, List.of());
  }

  public static Reply embed(Embed embed) {
    return new Reply("", List.of(embed), List.of(), null, false, List.of());
  }

  public Reply withButtons(List<ReplyButton> more) {
    List<ReplyButton> all = new ArrayList<>(buttons);
    all.addAll(more);
    return new Reply(text, embeds, all, attachment, ephemeral, directMessages, announcement);
  }

  public Reply withAttachment(Attachment file) {
    return new Reply(text, embeds, buttons, file, ephemeral, directMessages, announcement);
  }

  public Reply withDirectMessages(List<DirectMessage> messages) {
    return new Reply(text, embeds, buttons, attachment, ephemeral, messages, announcement);
  }

  public Reply withAnnouncement(Announcement post) {
    return new Reply(text, embeds, buttons, attachment, ephemeral, directMessages, post);
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

  public record DirectMessage(String userId, String text) {}
}
