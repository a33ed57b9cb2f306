package org.msan.convene.knowledge;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines an email keeps when staff paste or save it as text ("From: …", "Sent: …", "To:
 * …", "Subject: …"): who wrote it and when, not part of what its first paragraph says. The field
 * names are those of RFC 5322 §3.6 and the ones Outlook prints ("Sent", "Importance",
 * "Attachments"); a line that starts with white space continues the field above it (RFC 5322
 * §2.2.3). A block is a message's header only with a "From" line and one other field: "Date: …" and
 * "Location: …" alone are an event's facts.
 *
 * @param block the header lines as written
 * @param subject the "Subject" field's value, if any
 * @param rest the text after the block
 */
record MessageHeaders(String block, Optional<String> subject, String rest) {

  private static final Pattern FIELD = Pattern.compile(
      "(?i)(from|sent|date|to|cc|bcc|reply-to|subject|importance|attachments)[ \\t]*:[ \\t]*(.*)");
  private static final Pattern FROM = Pattern.compile("(?i)from[ \\t]*:");
  private static final int MIN_FIELDS = 2;

  /** The header block the text starts with, if it starts with one. */
  static Optional<MessageHeaders> leading(String text) {
    String[] lines = text.split("\n", -1);
    int fields = 0;
    boolean from = false;
    String subject = null;
    int end = 0;
    for (String line : lines) {
      Matcher field = FIELD.matcher(line.strip());
      boolean continued = fields > 0 && !line.isBlank() && Character.isWhitespace(line.charAt(0));
      if (!continued && !field.matches()) {
        break;
      }
      if (!continued) {
        fields++;
        from |= FROM.matcher(line.strip()).lookingAt();
        if (field.group(1).equalsIgnoreCase("subject") && !field.group(2).isBlank()) {
          subject = field.group(2).strip();
        }
      }
      end++;
    }
    if (fields < MIN_FIELDS || !from) {
      return Optional.empty();
    }
    String block = String.join("\n", Arrays.copyOfRange(lines, 0, end)).strip();
    String rest = String.join("\n", Arrays.copyOfRange(lines, end, lines.length)).strip();
    return Optional.of(new MessageHeaders(block, Optional.ofNullable(subject), rest));
  }
}
