package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads text files strictly, so binary junk or a wrong encoding is reported instead of indexed. */
final class TextFiles {

  /** What tools write as a title when nobody set one. */
  private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
      "(?i)untitled(?:\\s+document)?(?:\\s*\\d+)?|document\\s*\\d*|title|microsoft\\s+\\w+\\s+-\\s+.*"
          + "|[^\\s/\\\\]+\\.(?:docx?|pdf|txt|rtf|odt|pages|indd)");

  private TextFiles() {}

  static String readUtf8(Path file) throws IOException, UnreadableFileException {
    byte[] bytes = requireText(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("not valid UTF-8 text; save it as UTF-8");
    }
  }

  /** The file's bytes, refused when they hold a NUL byte: binary content, not text in any charset. */
  static byte[] requireText(Path file) throws IOException, UnreadableFileException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableFileException("binary content, not a text file");
      }
    }
    return bytes;
  }

  /** "district-strategy.md" becomes "District strategy". */
  /**
   * A title from a file's metadata, or null when it has none worth showing: the placeholders tools
   * write when nobody set one ("untitled", "Document1", "Microsoft Word - handbook.docx", a file
   * name), which would cite every passage of the file under a name members never saw.
   */
  static String metaTitle(String title) {
    if (title == null || title.isBlank() || PLACEHOLDER_TITLE.matcher(title.strip()).matches()) {
      return null;
    }
    return title.strip();
  }

  static String titleFromFileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ').trim();
    return base.isEmpty() ? name : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
  }
}
