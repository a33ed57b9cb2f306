package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF: its text (PDFBox) without the running headers and footers printed on every page, read as
 * a plain text file, titled from its metadata when it has one.
 */
final class PdfParser implements DocumentParser {

  private final Predicate<String> isWord;

  /** @param isWord whether a lower-case word is an English word, for words broken across lines */
  PdfParser(Predicate<String> isWord) {
    this.isWord = isWord;
  }

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.isEncrypted()) {
        throw new UnreadableFileException("the PDF is encrypted");
      }
      String text = RunningLines.removed(pages(pdf)).strip();
      if (text.isEmpty()) {
        throw new UnreadableFileException("the PDF has no text (a scan without OCR?)");
      }
      return PlainTextParser.plainDocument(file, relativePath, text, TextFiles.metaTitle(pdf.getDocumentInformation().getTitle()),
          true, isWord);
    } catch (IOException e) {
      throw new UnreadableFileException("not a readable PDF (" + firstLine(e.getMessage()) + ")");
    }
  }

  /** Each page's text, in page order. */
  private static List<String> pages(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    // PDFBox tells paragraphs apart by their spacing; a blank line marks each, as in a text file.
    stripper.setParagraphEnd(stripper.getLineSeparator());
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(pdf));
    }
    return pages;
  }

  static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
  }
}
