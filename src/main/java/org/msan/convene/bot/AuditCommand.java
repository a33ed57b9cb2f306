package org.msan.convene.bot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.msan.convene.knowledge.KnowledgeAudit;

/** {@code /audit} (staff): the latest changes made to the knowledge folder from Discord or chat. */
public final class AuditCommand implements StaffCommand {

  private static final int SHOWN = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);

  private final KnowledgeAudit audit;
  private final ZoneId zone;

  public AuditCommand(KnowledgeAudit audit, ZoneId zone) {
    this.audit = audit;
    this.zone = zone;
  }

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public String description() {
    return "Recent changes to the knowledge folder: who taught, added or removed what (staff)";
  }

  @Override
  public Reply handle(CommandRequest request) {
    List<KnowledgeAudit.Entry> entries = audit.latest(SHOWN);
    if (entries.isEmpty()) {
      return Reply.privately("No changes have been made from Discord or chat yet.");
    }
    return Reply.privately("Latest changes, newest first:\n" + String.join("\n", entries.stream()
        .map(entry -> line(entry, zone)).toList()));
  }

  /**
   * One entry as a line, the same in Discord and on the command line: "Nov 30, 9:05 AM — Ana taught
   * `answers/parking.md` (sha256 1a2b3c4d…)".
   */
  public static String line(KnowledgeAudit.Entry entry, ZoneId zone) {
    String verb = switch (entry.action()) {
      case TEACH -> "taught";
      case ADD -> "added";
      case REPLACE -> "replaced";
      case REMOVE -> "removed";
      case RESTORE -> "restored";
    };
    return WHEN.format(entry.at().atZone(zone)) + " — " + entry.actorName() + " " + verb + " `" + entry.path()
        + "` (sha256 " + entry.contentHash().substring(0, 12) + "…)";
  }
}
