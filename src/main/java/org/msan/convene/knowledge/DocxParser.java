package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A Word document (POI): its paragraphs and tables in order, split at paragraphs styled as
 * headings; a table's rows become lines with their header ({@link TableRows}).
 */
final class DocxParser implements DocumentParser {

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
      SectionCollector sections = new SectionCollector();
      String firstHeading = null;
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFTable table) {
          List<List<String>> rows = table.getRows().stream()
              .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
          TableRows.lines(rows).forEach(sections::text);
          continue;
        }
        if (!(element instanceof XWPFParagraph paragraph)) {
          continue;
        }
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
      String metaTitle = TextFiles.metaTitle(docx.getProperties().getCoreProperties().getTitle());
      String title = metaTitle != null ? metaTitle
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
