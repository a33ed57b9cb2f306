package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A Word document (POI): its paragraphs, split at paragraphs styled as headings. */
final class DocxParser implements DocumentParser {

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
      SectionCollector sections = new SectionCollector();
      String firstHeading = null;
      for (XWPFParagraph paragraph : docx.getParagraphs()) {
        String text = paragraph.getText().strip();
        int level = headingLevel(paragraph);
        if (text.isEmpty()) {
          continue;
        }
        if (level > 0) {
          firstHeading = firstHeading == null ? text : firstHeading;
          sections.heading(level, text);
        } else {
          sections.text(paragraph.getNumID() != null ? "- " + text : text);
        }
      }
      var parsed = sections.finish();
      if (parsed.isEmpty()) {
        throw new UnreadableFileException("no text in the document");
      }
      String metaTitle = docx.getProperties().getCoreProperties().getTitle();
      String title = metaTitle != null && !metaTitle.isBlank() ? metaTitle
          : firstHeading != null ? firstHeading : TextFiles.titleFromFileName(file);
      return new SourceDocument(relativePath, title, "", "", "", parsed);
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged package with several runtime exception types.
      throw new UnreadableFileException("not a readable Word document (" + PdfParser.firstLine(e.getMessage()) + ")");
    }
  }

  private static int headingLevel(XWPFParagraph paragraph) {
    String style = paragraph.getStyle();
    if (style == null) {
      return 0;
    }
    String lower = style.toLowerCase(Locale.ROOT).replace(" ", "");
    if (lower.equals("title")) {
      return 1;
    }
    if (lower.startsWith("heading") && lower.length() > 7 && Character.isDigit(lower.charAt(7))) {
      return lower.charAt(7) - '0';
    }
    return 0;
  }
}
