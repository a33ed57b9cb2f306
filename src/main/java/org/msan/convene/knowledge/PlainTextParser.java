package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A .txt file: one section, titled after the file. */
final class PlainTextParser implements DocumentParser {

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    return plainDocument(file, relativePath, TextFiles.readUtf8(file));
  }

  static SourceDocument plainDocument(Path file, String relativePath, String text) throws UnreadableFileException {
    String body = text.strip();
    if (body.isEmpty()) {
      throw new UnreadableFileException("no text in the file");
    }
    String title = TextFiles.titleFromFileName(file);
    return new SourceDocument(relativePath, title, "", "", "", List.of(new Section(List.of(), body)));
  }
}
