package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes real files of each format the knowledge folder reads, for tests. */
public final class TestFiles {

  private TestFiles() {}

  public static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  public static Path pdf(Path dir, String name, String title, String... lines) throws IOException {
    return pdf(dir, name, title, List.of(List.of(lines)));
  }

  /**
   * A PDF of several pages, one list of lines each, 16 points apart; an empty line leaves a
   * paragraph's gap.
   */
  public static Path pdfPages(Path dir, String name, List<List<String>> pages) throws IOException {
    return pdf(dir, name, null, pages);
  }

  private static Path pdf(Path dir, String name, String title, List<List<String>> pages) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument pdf = new PDDocument()) {
      pdf.getDocumentInformation().setTitle(title);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(50, 700);
          for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, line.isEmpty() ? -10 : -16);
          }
          content.endText();
        }
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  /** A Word document: "#"-prefixed lines become Heading1 paragraphs, the rest body text. */
  public static Path docx(Path dir, String name, String... paragraphs) throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String text : paragraphs) {
        XWPFParagraph paragraph = docx.createParagraph();
        if (text.startsWith("# ")) {
          paragraph.setStyle("Heading1");
          text = text.substring(2);
        }
        paragraph.createRun().setText(text);
      }
      docx.write(out);
    }
    return file;
  }

  /** A Word document of one paragraph and a table, its first row the header. */
  public static Path docxTable(Path dir, String name, String paragraph, String[][] cells) throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      docx.createParagraph().createRun().setText(paragraph);
      XWPFTable table = docx.createTable(cells.length, cells[0].length);
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      docx.write(out);
    }
    return file;
  }
}
