package org.msan.convene.knowledge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as every format and every question is compared: Unicode NFKC (ligatures like "ﬁ",
 * full-width letters, non-breaking spaces become their plain forms), with soft hyphens and
 * zero-width characters removed, so "ﬁnancial" copied from a PDF is "financial".
 */
public final class TextNormalizer {

  /** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }

  /**
   * The text without its accents ("misión" → "mision"): the combining marks that Unicode's
   * canonical decomposition (NFD) separates from their letters, removed.
   */
  public static String withoutAccents(String text) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /**
   * The text's words as written, lower-cased, without stemming or stop words: "Data Office Hours
   * (Zoom)" → [data, office, hours, zoom]; for comparing titles and headings word by word.
   */
  public static List<String> plainWords(String text) {
    return Arrays.stream(NOT_A_WORD.split(normalize(text).toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty())
        .toList();
  }

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
}
