package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The folder staff edit: which files in it are documents, and how each format is read. */
public final class KnowledgeFolder {

  private static final Map<String, DocumentParser> PARSERS = Map.of(
      "md", new MarkdownParser(EnglishWords.SHIPPED::contains),
      "markdown", new MarkdownParser(EnglishWords.SHIPPED::contains),
      "txt", new PlainTextParser(EnglishWords.SHIPPED::contains),
      "html", new HtmlParser(),
      "htm", new HtmlParser(),
      "pdf", new PdfParser(EnglishWords.SHIPPED::contains),
      "docx", new DocxParser());

  /** Files the calendar reads; the document reader leaves them alone. */
  private static final List<String> CALENDAR_EXTENSIONS = List.of("yaml", "yml", "ics");

  private final Path root;

  public KnowledgeFolder(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  public Path root() {
    return root;
  }

  /** @throws KnowledgeFolderException when the folder is not there */
  public void requireFolder() {
    if (!Files.isDirectory(root)) {
      throw new KnowledgeFolderException("knowledge folder not found: " + root);
    }
  }

  /** Every non-hidden, non-temporary file under the folder, sorted, as paths relative to it. */
  public List<String> files() {
    requireFolder();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(path -> !isIgnored(path))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  public List<String> documentFiles() {
    return files().stream().filter(path -> !isCalendarFile(path) && !path.equals(Synonyms.FILE)).toList();
  }

  public List<String> calendarFiles() {
    return files().stream().filter(KnowledgeFolder::isCalendarFile).toList();
  }

  public Path resolve(String relativePath) {
    return root.resolve(relativePath);
  }

  /**
   * Reads one document file; a file that cannot be used comes back as a problem instead, and one
   * that is used but has something staff should fix (an impossible {@code updated} date) with its
   * warnings.
   */
  public ReadResult read(String relativePath) {
    DocumentParser parser = PARSERS.get(extension(relativePath));
    if (parser == null) {
      return ReadResult.failed(new Problem(relativePath, 0,
          "not a supported format (use .md, .txt, .html, .pdf or .docx)"));
    }
    try {
      SourceDocument document = parser.parse(resolve(relativePath), relativePath);
      return new ReadResult(document, null, warnings(document));
    } catch (UnreadableFileException e) {
      return ReadResult.failed(new Problem(relativePath, e.line(), e.getMessage()));
    } catch (IOException e) {
      return ReadResult.failed(new Problem(relativePath, 0, "cannot read the file (" + e.getMessage() + ")"));
    }
  }

  /** What {@code check} reports of a document that is still used. */
  private List<Problem> warnings(SourceDocument document) {
    if (document.updated().isBlank() || document.updatedDate().isPresent()) {
      return List.of();
    }
    // Not a refusal: the text still answers, only its date is lost (the file's own is shown instead).
    return List.of(new Problem(document.path(), lineOfUpdated(resolve(document.path())), "updated: '"
        + document.updated().strip() + "' is not a real date (write it as YYYY-MM-DD); the file's own date is shown instead"));
  }

  /** The line of the file's front matter that writes {@code updated}, or 0 when the file can't be read again. */
  private static int lineOfUpdated(Path file) {
    try {
      return FrontMatter.split(TextFiles.readUtf8(file)).lineOf("updated");
    } catch (IOException | UnreadableFileException e) {
      return 0;
    }
  }

  static boolean isIgnored(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".") || part.startsWith("~") || part.startsWith("#")) {
        return true;
      }
    }
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
        || name.endsWith(".bak") || name.endsWith(".part") || name.endsWith(".crdownload");
  }

  static boolean isCalendarFile(String relativePath) {
    return CALENDAR_EXTENSIONS.contains(extension(relativePath));
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The outcome of reading one file: a document, or the problem that kept it out.
   *
   * @param warnings what is wrong with a document that is used all the same
   */
  public record ReadResult(SourceDocument document, Problem problem, List<Problem> warnings) {

    public ReadResult {
      warnings = List.copyOf(warnings);
    }

    static ReadResult failed(Problem problem) {
      return new ReadResult(null, problem, List.of());
    }

    public boolean ok() {
      return document != null;
    }
  }
}
