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
    Announcement announcement, Form form) {

  public Reply {
    text = text == null ? "" : text;
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of(), List.of(), null, false, null, null);
  }

  /** A reply only the member who asked sees. */
  public static Reply privately(String text) {
    return new Reply(text, List.of(), List.of(), null, true, null, null);
  }

  public static Reply embed(Embed embed) {
    return new Reply("", List.of(embed), List.of(), null, false, null, null);
  }

  /** A form the member fills in (a Discord modal); what they submit goes to the form action its id names. */
  public static Reply form(Form form) {
    return new Reply("", List.of(), List.of(), null, true, null, form);
  }

  public Reply withButtons(List<ReplyButton> more) {
    List<ReplyButton> all = new ArrayList<>(buttons);
    all.addAll(more);
    return new Reply(text, embeds, all, attachment, ephemeral, announcement, form);
  }

  public Reply withAttachment(Attachment file) {
    return new Reply(text, embeds, buttons, file, ephemeral, announcement, form);
  }

  public Reply withAnnouncement(Announcement post) {
    return new Reply(text, embeds, buttons, attachment, ephemeral, post, form);
  }

  /**
   * A form: its id (like a button's, carrying what the submit needs), a title, and its fields.
   * Discord shows at most 5 fields (a modal's limit).
   */
  public record Form(String id, String title, List<Field> fields) {
    public Form {
      fields = List.copyOf(fields);
    }

    /**
     * @param value what the field shows filled in, or empty
     * @param paragraph several lines rather than one
     * @param maxLength characters, at most 4,000 (Discord's limit for a text input)
     */
    public record Field(String id, String label, String value, boolean paragraph, boolean required, int maxLength) {}
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
