package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A .txt file: one section. A first line that reads as a title (short, no closing punctuation,
 * more text after it) is the document's title and heading, never glued to the first sentence;
 * otherwise the file name is the title.
 */
final class PlainTextParser implements DocumentParser {

  private static final Pattern TITLE_LINE = Pattern.compile("[^.!?:;,]{2,80}");

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    return plainDocument(file, relativePath, TextFiles.readUtf8(file), null);
  }

  /** @param metaTitle a title the file's metadata gives (a PDF's), preferred to its first line; may be null */
  static SourceDocument plainDocument(Path file, String relativePath, String text, String metaTitle)
      throws UnreadableFileException {
    String body = text.strip();
    if (body.isEmpty()) {
      throw new UnreadableFileException("no text in the file");
    }
    int lineEnd = body.indexOf('\n');
    String firstLine = lineEnd < 0 ? body : body.substring(0, lineEnd).strip();
    String title = metaTitle != null && !metaTitle.isBlank() ? metaTitle.strip() : TextFiles.titleFromFileName(file);
    if (lineEnd > 0 && TITLE_LINE.matcher(firstLine).matches() && !body.substring(lineEnd).isBlank()) {
      String rest = body.substring(lineEnd + 1).strip();
      String documentTitle = metaTitle != null && !metaTitle.isBlank() ? title : firstLine;
      return new SourceDocument(relativePath, documentTitle, "", "", "", List.of(new Section(List.of(firstLine), rest)));
    }
    return new SourceDocument(relativePath, title, "", "", "", List.of(new Section(List.of(), body)));
  }
}
