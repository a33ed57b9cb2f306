package org.msan.convene.discord;

import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.utils.SplitUtil;
import net.dv8tion.jda.api.utils.SplitUtil.Strategy;

/**
 * Texts cut to Discord's lengths (JDA's constants, e.g. {@code Message.MAX_CONTENT_LENGTH}) with
 * JDA's {@link SplitUtil}: at a line end, else a sentence end, in the second half of the allowed
 * length (so no piece is needlessly short), else at a space, never inside a word unless one word is
 * longer than the limit.
 */
final class TextLimits {

  /** In order: the first strategy that finds a cut decides, the last always does. */
  private static final Strategy[] CUTS = {
      endOf("\n"), latest(endOf(". "), endOf("? "), endOf("! ")), Strategy.WHITESPACE, Strategy.ANYWHERE};

  private TextLimits() {}

  /** Pieces of at most {@code max} characters, each ending at a line, sentence or word boundary, stripped. */
  static List<String> split(String text, int max) {
    return SplitUtil.split(text.strip(), max, true, CUTS);
  }

  /** The text, or its start up to a sentence end with "…" when it is too long. */
  static String trim(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return split(text, max - 1).get(0) + "…";
  }

  /** Cuts just after the last {@code mark} within the limit, when that is past half of it. */
  private static Strategy endOf(String mark) {
    return (text, offset, limit) -> {
      int at = text.lastIndexOf(mark, offset + limit - mark.length());
      return at > offset + limit / 2 ? at + mark.length() : -1;
    };
  }

  /** The cut nearest the limit that any of the strategies finds. */
  private static Strategy latest(Strategy... strategies) {
    return (text, offset, limit) -> Arrays.stream(strategies).mapToInt(s -> s.apply(text, offset, limit)).max().orElse(-1);
  }
}
