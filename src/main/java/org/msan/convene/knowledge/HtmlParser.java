package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page in its declared charset: the text of its main content, split at its h1-h6 headings,
 * tables as rows with their header; page chrome dropped.
 */
final class HtmlParser implements DocumentParser {

  private static final String CHROME = "nav, header, footer, aside, script, style, noscript, form, iframe, svg";
  /**
   * Inside the page's main content an {@code <aside>} ("Also coming up") and a {@code <header>}
   * (the article's own title) are the content's own, not the site's (HTML's sectioning content).
   */
  private static final String CHROME_IN_MAIN = "nav, footer, script, style, noscript, form, iframe, svg";
  private static final String BLOCKS = "p, li, div, section, article, tr, br, pre, blockquote, dd, dt";

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    // jsoup reads the charset from the byte-order mark or <meta charset>, UTF-8 otherwise.
    TextFiles.requireText(file);
    Document page = Jsoup.parse(file.toFile(), null);
    Element main = page.selectFirst("main, article, [role=main]");
    Element skipTarget = main == null ? skipLinkTarget(page) : null;
    Element content = main != null ? main : skipTarget != null ? skipTarget : page.body();
    // Only HTML5's sectioning says an <aside> or <header> inside is the content's own.
    content.select(main != null ? CHROME_IN_MAIN : CHROME).remove();
    for (Element table : content.select("table")) {
      List<List<String>> rows = table.select("tr").stream()
          .map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
      Element lines = new Element("div");
      TableRows.lines(rows).forEach(line -> lines.appendElement("p").text(line));
      table.replaceWith(lines);
    }
    SectionCollector sections = new SectionCollector();
    StringBuilder block = new StringBuilder();
    content.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element && element.normalName().matches("h[1-6]")) {
          sections.text(block.toString());
          block.setLength(0);
          sections.heading(element.normalName().charAt(1) - '0', element.text());
        } else if (node instanceof TextNode text && !insideHeading(text)) {
          block.append(text.text());
        } else if (node instanceof Element element && element.is(BLOCKS)) {
          block.append(element.is("li") ? "\n- " : "\n");
        }
      }
    });
    sections.text(block.toString().replaceAll("[ \t]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n"));
    var parsed = sections.finish();
    if (parsed.isEmpty()) {
      throw new UnreadableFileException("no text in the page");
    }
    Element h1 = content.selectFirst("h1");
    String title = !page.title().isBlank() ? page.title() : h1 != null ? h1.text() : TextFiles.titleFromFileName(file);
    return new SourceDocument(relativePath, title, "", "", "", parsed);
  }

  private static boolean insideHeading(TextNode text) {
    for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
      if (parent instanceof Element element && element.normalName().matches("h[1-6]")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The main content of a page written before HTML5's {@code <main>}, as its "skip to content" link
   * names it: the element an in-page link points to that holds the page's {@code <h1>}
   * ({@code <a href="#main-content">} and {@code <div id="main-content">}), whatever the link says;
   * null when no such link is there.
   */
  private static Element skipLinkTarget(Document page) {
    for (Element link : page.select("a[href^=#]")) {
      String id = link.attr("href").substring(1);
      Element target = id.isEmpty() ? null : page.getElementById(id);
      if (target != null && target.selectFirst("h1") != null) {
        return target;
      }
    }
    return null;
  }
}
