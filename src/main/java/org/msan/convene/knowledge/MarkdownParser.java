package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown with optional front matter; headings split it into sections. Tables (GitHub's pipe
 * tables) read as Word and HTML tables do ({@link TableRows}).
 */
final class MarkdownParser implements DocumentParser {

  /**
   * A line at least this long, in characters, that goes on in the next line was wrapped: files are
   * wrapped at 72 to 100 characters, and a line ends short of that by at most the next word.
   */
  private static final int MIN_WRAPPED_LINE = 50;
  /** Bold questions on lines of their own that make an FAQ, as in plain text ({@link PlainTextParser}). */
  private static final int MIN_BOLD_QUESTIONS = 2;
  private static final int MAX_HEADING_LEVEL = 6;
  /** A label that starts a line: a few words and a colon ("Location:", "Registration fee:"). */
  private static final Pattern LABEL = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’ -]{0,30}:\\s");

  /** A word broken at a line's end ("partici-"), and the letters that go on after the break ("pants"). */
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern GOES_ON = Pattern.compile("^\\p{Ll}+");

  private final Predicate<String> isWord;
  private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final TextContentRenderer renderer =
      TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** @param isWord whether a lower-case word is an English word, for words broken across lines (text pasted from a PDF) */
  MarkdownParser(Predicate<String> isWord) {
    this.isWord = isWord;
  }

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    FrontMatter front = FrontMatter.split(TextFiles.readUtf8(file));
    Node document = parser.parse(front.body());
    wrappedLinesJoined(document, LineBreakHyphens.of(front.body(), isWord));
    SectionCollector sections = new SectionCollector();
    String firstHeading = null;
    // An FAQ written with each question in bold on its own line heads each answer by its question,
    // one level under the heading above, as a heading would; a single bold question in prose does not.
    List<Node> questions = boldQuestions(document);
    boolean boldQuestionsHead = questions.size() >= MIN_BOLD_QUESTIONS;
    Node lastQuestion = questions.isEmpty() ? null : questions.get(questions.size() - 1);
    int headingLevel = 0;
    String headingTitle = null;
    boolean inLastQuestion = false;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        String title = renderer.render(heading).strip();
        if (firstHeading == null) {
          firstHeading = title;
        }
        headingLevel = heading.getLevel();
        headingTitle = title;
        inLastQuestion = false;
        sections.heading(heading.getLevel(), title);
      } else if (boldQuestionsHead && questions.contains(block)) {
        StrongEmphasis question = boldQuestion(block);
        sections.heading(Math.min(MAX_HEADING_LEVEL, headingLevel + 1), renderer.render(question).strip());
        inLastQuestion = block == lastQuestion;
        detachWithLineBreak(question);
        if (block.getFirstChild() != null) {
          sections.text(render(block));
        }
      } else if (inLastQuestion && block instanceof TableBlock && headingTitle != null) {
        // A table after the last question is the section's, not that question's answer; one
        // between two questions answers the one above it ("What are the dues?").
        sections.heading(headingLevel, headingTitle);
        inLastQuestion = false;
        sections.text(render(block));
      } else {
        sections.text(render(block));
      }
    }
    List<Section> found = sections.finish();
    if (found.isEmpty()) {
      // Nothing to answer from: skipped with the reason, as an empty text file or page is.
      throw new UnreadableFileException(front.bodyFirstLine() > 1 ? "no text after the front matter" : "no text in the file");
    }
    String title = !front.get("title").isBlank() ? front.get("title")
        : firstHeading != null ? firstHeading : TextFiles.titleFromFileName(file);
    return new SourceDocument(relativePath, title, front.get("category"), front.get("source"),
        front.get("updated"), found);
  }

  /**
   * The bold question that opens a paragraph as its whole first line ("**Can we leave the
   * Cooperative?**" then the answer), or null.
   */
  private StrongEmphasis boldQuestion(Node block) {
    if (!(block instanceof Paragraph) || !(block.getFirstChild() instanceof StrongEmphasis strong)) {
      return null;
    }
    Node after = strong.getNext();
    boolean wholeLine = after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
    return wholeLine && renderer.render(strong).strip().endsWith("?") ? strong : null;
  }

  /** The paragraphs that open with a bold question on a line of its own, in order. */
  private List<Node> boldQuestions(Node document) {
    List<Node> questions = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (boldQuestion(block) != null) {
        questions.add(block);
      }
    }
    return questions;
  }

  /** Takes the bold question out of its paragraph with the line break after it, leaving the answer. */
  private static void detachWithLineBreak(StrongEmphasis question) {
    Node after = question.getNext();
    if (after instanceof SoftLineBreak || after instanceof HardLineBreak) {
      after.unlink();
    }
    question.unlink();
  }

  /** Lists become one "- item" line per item, so the composer can quote a list whole. */
  private String render(Node block) {
    if (block instanceof TableBlock) {
      List<List<String>> rows = new ArrayList<>();
      collectRows(block, rows);
      return String.join("\n", TableRows.lines(rows));
    }
    if (block instanceof BulletList || block instanceof OrderedList) {
      List<String> items = new ArrayList<>();
      int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
          ? ordered.getMarkerStartNumber() : 1;
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          String text = renderChildren(item).replaceAll("\\s*\n\\s*", " ");
          items.add((block instanceof OrderedList ? (number++) + ". " : "- ") + text);
        }
      }
      return String.join("\n", items);
    }
    return renderer.render(block).strip();
  }

  /** A list item renders as nothing on its own, so its blocks are rendered one by one. */
  private String renderChildren(Node item) {
    StringBuilder text = new StringBuilder();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      text.append(render(child)).append('\n');
    }
    return text.toString().strip();
  }

  /** Adds the table's rows to {@code rows}, its head's first, each a list of cell texts. */
  private static void collectRows(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            StringBuilder text = new StringBuilder();
            literal(cell, text);
            cells.add(text.toString());
          }
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  /**
   * A paragraph hard-wrapped in the file is one paragraph, as Markdown renders it: a line break
   * after a line that fills the width (a wrap) becomes a space, so a sentence is not cut in two.
   * After a short line (a name, an address, "Phone: …") the break stays, as its writer meant it.
   * A word broken with a hyphen at a line's end ("partici-" / "pants", as text pasted from a PDF
   * comes) is joined again, or keeps its hyphen when it is a compound ({@link LineBreakHyphens}).
   */
  private static void wrappedLinesJoined(Node document, LineBreakHyphens hyphens) {
    List<SoftLineBreak> breaks = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(SoftLineBreak softBreak) {
        breaks.add(softBreak);
      }
    });
    for (SoftLineBreak softBreak : breaks) {
      if (softBreak.getPrevious() instanceof Text before && softBreak.getNext() instanceof Text after) {
        Matcher broken = BROKEN_WORD.matcher(before.getLiteral());
        Matcher rest = GOES_ON.matcher(after.getLiteral());
        if (broken.find() && rest.find()) {
          String literal = before.getLiteral();
          before.setLiteral(hyphens.keepsHyphen(broken.group(1), rest.group()) ? literal
              : literal.substring(0, literal.length() - 1));
          softBreak.unlink();
          continue;
        }
      }
      // A line all in bold ("**Can we leave the Cooperative?**") is a heading of what follows, not a wrap.
      boolean boldLine = softBreak.getPrevious() instanceof StrongEmphasis && softBreak.getPrevious().getPrevious() == null;
      if (!boldLine && lineBefore(softBreak).length() >= MIN_WRAPPED_LINE && !startsWithLabel(softBreak.getNext())) {
        softBreak.insertBefore(new Text(" "));
        softBreak.unlink();
      }
    }
  }

  /** Whether the next line starts with a label ("Parking: …"), as lines of a card or a key-facts box do. */
  private static boolean startsWithLabel(Node next) {
    return next instanceof Text text && LABEL.matcher(text.getLiteral()).lookingAt();
  }

  /** The text of the line a break ends: its siblings back to the previous break. */
  private static String lineBefore(Node lineBreak) {
    StringBuilder line = new StringBuilder();
    for (Node node = lineBreak.getPrevious(); node != null && !(node instanceof SoftLineBreak)
        && !(node instanceof HardLineBreak); node = node.getPrevious()) {
      StringBuilder text = new StringBuilder();
      if (node instanceof Text plain) {
        text.append(plain.getLiteral());
      } else {
        literal(node, text);
      }
      line.insert(0, text);
    }
    return line.toString();
  }

  /** The text a cell shows, without its emphasis marks. */
  private static void literal(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text plain) {
        text.append(plain.getLiteral());
      } else if (child instanceof Code code) {
        text.append(code.getLiteral());
      } else if (child instanceof HtmlInline || child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.append(' '); // "9am<br>to noon"
      } else {
        literal(child, text);
      }
    }
  }
}
