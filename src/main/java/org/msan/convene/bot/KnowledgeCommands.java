package org.msan.convene.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.msan.convene.knowledge.KnowledgeFiles;
import org.msan.convene.knowledge.Problem;

/**
 * The knowledge folder from Discord (staff): {@code /knowledge-add file [folder] [replace]},
 * {@code /knowledge-list [folder]}, {@code /knowledge-remove path} (with a confirm button) and
 * {@code /knowledge-restore path}. An attachment reaches the handler as {@code @PATH}, a file the
 * adapter downloaded (Discord) or the one typed ({@code chat}: {@code file:@report.pdf}).
 */
public final class KnowledgeCommands {

  static final String FILE = "file";
  static final String FOLDER = "folder";
  static final String REPLACE = "replace";
  static final String PATH = "path";
  static final String CONFIRM = "kremove";
  private static final int LISTED = 40;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

  private KnowledgeCommands() {}

  public static List<BotCommand> commands(KnowledgeFiles files) {
    return List.of(new Add(files), new ListDocuments(files), new Remove(files), new Restore(files));
  }

  public static ButtonAction confirmRemoval(KnowledgeFiles files) {
    return new ConfirmRemoval(files);
  }

  /** What all four share: staff only, private replies, slow enough to defer (reading and re-indexing files). */
  private interface FileCommand extends StaffCommand {
    @Override
    default boolean slow() {
      return true;
    }
  }

  private static final class Add implements FileCommand {
    private final KnowledgeFiles files;

    Add(KnowledgeFiles files) {
      this.files = files;
    }

    @Override
    public String name() {
      return "knowledge-add";
    }

    @Override
    public String description() {
      return "Add a document (md, txt, html, pdf, docx; up to 10 MB) to the answers (staff)";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(OptionSpec.attachment(FILE, "The document", true),
          OptionSpec.text(FOLDER, "A folder under knowledge/, like reports", false).maxLength(100),
          OptionSpec.choice(REPLACE, "Replace a document of the same name", false, List.of("true", "false")));
    }

    @Override
    public Reply handle(CommandRequest request) {
      String value = request.get(FILE);
      if (!value.startsWith("@")) {
        return Reply.privately("Attach the document to the command.");
      }
      Path upload = Path.of(value.substring(1));
      if (!Files.isRegularFile(upload)) {
        return Reply.privately("I can't find the file " + upload.getFileName() + ".");
      }
      KnowledgeFiles.Added added = files.add(upload, upload.getFileName().toString(), request.find(FOLDER).orElse(null),
          request.find(REPLACE).map(Boolean::parseBoolean).orElse(false), request.userId(), request.displayName());
      return Reply.privately((added.replaced() ? "Replaced " : "Added ") + "`knowledge/" + added.path() + "`: "
          + added.passages() + (added.passages() == 1 ? " passage now answers" : " passages now answer") + " questions.");
    }
  }

  private static final class ListDocuments implements FileCommand {
    private final KnowledgeFiles files;

    ListDocuments(KnowledgeFiles files) {
      this.files = files;
    }

    @Override
    public String name() {
      return "knowledge-list";
    }

    @Override
    public String description() {
      return "The documents the answers come from, with their passages and last update (staff)";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(OptionSpec.text(FOLDER, "Only this folder under knowledge/", false).maxLength(100));
    }

    @Override
    public Reply handle(CommandRequest request) {
      List<KnowledgeFiles.Listed> listed = files.list(request.find(FOLDER).orElse(null));
      if (listed.isEmpty()) {
        return Reply.privately("No documents there.");
      }
      long skipped = listed.stream().filter(KnowledgeFiles.Listed::isSkipped).count();
      long documents = listed.size() - skipped;
      // Counted as index counts them: a skipped file is no document.
      StringBuilder text = new StringBuilder(documents + (documents == 1 ? " document" : " documents")
          + (skipped == 0 ? "" : " and " + skipped + (skipped == 1 ? " skipped file" : " skipped files")) + ":");
      listed.stream().limit(LISTED).forEach(doc -> text.append("\n• `").append(doc.path()).append("` — ")
          .append(doc.isSkipped() ? skippedReason(doc.skipped()) : passagesAndDay(doc)));
      if (listed.size() > LISTED) {
        text.append("\n…and ").append(listed.size() - LISTED).append(" more; add folder: to narrow the list.");
      }
      return Reply.privately(text.toString());
    }

    private static String passagesAndDay(KnowledgeFiles.Listed doc) {
      return doc.passages() + (doc.passages() == 1 ? " passage" : " passages") + ", updated " + DAY.format(doc.updated());
    }

    /** The reason {@code check} and {@code index} give, with its line when it has one. */
    private static String skippedReason(Problem problem) {
      return "skipped" + (problem.line() > 0 ? ", line " + problem.line() : "") + ": " + problem.reason();
    }
  }

  private static final class Remove implements FileCommand {
    private final KnowledgeFiles files;

    Remove(KnowledgeFiles files) {
      this.files = files;
    }

    @Override
    public String name() {
      return "knowledge-remove";
    }

    @Override
    public String description() {
      return "Take a document out of the answers; it is kept in the trash (staff)";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(OptionSpec.text(PATH, "The document, as /knowledge-list shows it", true).maxLength(200));
    }

    @Override
    public boolean slow() {
      return false;
    }

    @Override
    public Reply handle(CommandRequest request) {
      String path = files.document(request.get(PATH));
      String id;
      try {
        id = ButtonId.of(CONFIRM, path).encode();
      } catch (IllegalArgumentException e) {
        return Reply.privately("I can't make a confirm button for that path (too long, or with a colon); rename the"
            + " file in the folder instead.");
      }
      return Reply.privately("Remove `knowledge/" + path + "` from the answers? It goes to the trash and can be"
          + " restored with /knowledge-restore.").withButtons(List.of(
              new Reply.ReplyButton(id, "Remove it", Reply.ReplyButton.Style.DANGER)));
    }
  }

  private static final class Restore implements FileCommand {
    private final KnowledgeFiles files;

    Restore(KnowledgeFiles files) {
      this.files = files;
    }

    @Override
    public String name() {
      return "knowledge-restore";
    }

    @Override
    public String description() {
      return "Put a removed document back into the answers (staff)";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(OptionSpec.text(PATH, "The document's path, as it was", true).maxLength(200));
    }

    @Override
    public Reply handle(CommandRequest request) {
      files.restore(request.get(PATH), request.userId(), request.displayName());
      return Reply.privately("Restored `knowledge/" + request.get(PATH).strip() + "`; it answers questions again.");
    }
  }

  private static final class ConfirmRemoval implements ButtonAction {
    private final KnowledgeFiles files;

    ConfirmRemoval(KnowledgeFiles files) {
      this.files = files;
    }

    @Override
    public String prefix() {
      return CONFIRM;
    }

    @Override
    public Reply press(ButtonId id, CommandRequest request) {
      if (!request.staff()) {
        return Reply.privately("Only the network's staff can remove documents.");
      }
      files.remove(id.arg(0), request.userId(), request.displayName());
      return Reply.privately("Removed `knowledge/" + id.arg(0) + "`: the answers no longer use it."
          + " /knowledge-restore path:" + id.arg(0) + " brings it back.");
    }
  }
}
