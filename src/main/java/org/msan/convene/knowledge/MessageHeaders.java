package org.msan.convene.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines an email keeps when staff paste or save it as text ("From: …", "Sent: …", "To:
 * …", "Subject: …"): who wrote it and when, not part of what its first paragraph says. The field
 * names are the originator, destination, date and subject fields of RFC 5322 §3.6, the ones Outlook
 * prints ("Sent", "Importance", "Attachments") and a memo's "Re:"; a line that starts with white
 * space continues the field above it (RFC 5322 §2.2.3). A block is a message's header only with a
 * "From" and a "Subject" (or "Re") line: "From: June 22" and "To: June 24" on a flyer are dates.
 *
 * @param block the header lines as written
 * @param subject the subject's value, its folded lines joined, if any
 * @param rest the text after the block
 */
public record MessageHeaders(String block, Optional<String> subject, String rest) {

  private static final Pattern FIELD = Pattern.compile(
      "(?i)(from|sender|reply-to|sent|date|to|cc|bcc|subject|re|importance|attachments)[ \\t]*:[ \\t]*(.*)");
  /**
   * Any other field of a header block that has begun: a name with a hyphen ("Message-ID",
   * "Content-Type", "MIME-Version", "X-Mailer", RFC 5322 §3.6.4–3.6.8 and RFC 2045) or another of
   * RFC 5322's named fields; a body's "Note: …" is no field name of these.
   */
  private static final Pattern OTHER_FIELD = Pattern.compile(
      "(?i)([a-z]+(?:-[a-z]+)+|references|comments|keywords|received|organi[sz]ation|priority)[ \\t]*:[ \\t]*(.*)");

  /** The header block the text starts with, if it starts with one. */
  static Optional<MessageHeaders> leading(String text) {
    String[] lines = text.split("\\r?\\n", -1);
    boolean from = false;
    StringBuilder subject = null;
    String field = null;
    int end = 0;
    for (String line : lines) {
      if (field != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        if (isSubject(field)) {
          subject.append(subject.length() > 0 ? " " : "").append(line.strip());
        }
        end++;
        continue;
      }
      Matcher matched = FIELD.matcher(line.strip());
      if (!matched.matches()) {
        matched = OTHER_FIELD.matcher(line.strip());
        if (field == null || !matched.matches()) {
          break;
        }
      }
      field = matched.group(1).toLowerCase(Locale.ROOT);
      from |= field.equals("from");
      if (isSubject(field)) {
        subject = new StringBuilder(matched.group(2).strip());
      }
      end++;
    }
    if (!from || subject == null) {
      return Optional.empty();
    }
    String block = String.join("\n", Arrays.copyOfRange(lines, 0, end)).strip();
    String rest = String.join("\n", Arrays.copyOfRange(lines, end, lines.length)).strip();
    return Optional.of(new MessageHeaders(block, Optional.of(subject.toString()).filter(value -> !value.isBlank()), rest));
  }

  /**
   * Whether the text is an email's header block and nothing else, as {@code PlainTextParser} makes
   * one a section of its own: who wrote and when, which answers "who sent the memo" but no question
   * about what the message says.
   */
  public static boolean isHeaderBlock(String text) {
    return leading(text).filter(headers -> headers.rest().isEmpty()).isPresent();
  }

  private static boolean isSubject(String field) {
    return field.equals("subject") || field.equals("re");
  }
}
