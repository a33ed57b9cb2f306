package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Documents staff add to, list in and remove from the knowledge folder from Discord or chat. An
 * upload is read with the same readers as {@code index} before anything is written, and refused
 * with the reason when it can't be used; its name is made safe (no folders climbed, no hidden or
 * temporary names) and an existing file is replaced only when asked. A removed file goes to
 * {@code data/trash/}, from where it can be restored. Every change is in the audit log, and the
 * index takes it in at once.
 */
public final class KnowledgeFiles {

  /** Discord's attachment size for most servers, and far more than any of the network's documents. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final Set<String> ACCEPTED = Set.of("md", "txt", "html", "htm", "pdf", "docx");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

  private final KnowledgeFolder folder;
  private final PassageIndex index;
  private final KnowledgeAudit audit;
  private final Path trash;
  private final Clock clock;
  private final Consumer<String> removed;

  /**
   * @param trash where removed files are kept ({@code data/trash})
   * @param removed told the path of each document removed (the questions it answered open again)
   */
  public KnowledgeFiles(KnowledgeFolder folder, PassageIndex index, KnowledgeAudit audit, Path trash, Clock clock,
      Consumer<String> removed) {
    this.folder = folder;
    this.index = index;
    this.audit = audit;
    this.trash = trash;
    this.clock = clock;
    this.removed = removed;
  }

  /**
   * A file of the folder as listed: a document, or one the index skips.
   *
   * @param path its path in the folder
   * @param passages how many passages it gives the answers
   * @param updated the day its front matter's {@code updated} gives, or else the day its file last
   *     changed, in the network's time zone
   * @param skipped why the index leaves it out, as {@code check} says it, or null for a document
   */
  public record Listed(String path, int passages, LocalDate updated, Problem skipped) {

    public boolean isSkipped() {
      return skipped != null;
    }
  }

  /** @param passages how many passages the document gives the answers */
  public record Added(String path, int passages, boolean replaced) {}

  /**
   * Adds (or, with {@code replace}, replaces) a document.
   *
   * @param upload the uploaded bytes, in a file of their own
   * @param fileName the name the staff member gave it
   * @param subfolder a folder under {@code knowledge/} to put it in, or null for the top
   * @throws IllegalArgumentException with a line saying why nothing was written
   */
  public Added add(Path upload, String fileName, String subfolder, boolean replace, String actorId, String actorName) {
    String name = safeName(fileName);
    String path = (subfolder == null || subfolder.isBlank() ? "" : safeFolder(subfolder) + "/") + name;
    if (path.equalsIgnoreCase(Synonyms.FILE)) {
      throw new IllegalArgumentException(Synonyms.FILE + " holds the synonyms, not a document; edit it in the folder.");
    }
    try {
      if (Files.size(upload) > MAX_BYTES) {
        throw new IllegalArgumentException(name + " is larger than 10 MB; split it or link to it instead.");
      }
      // Read where it is, under its own name, with the index's readers: a file they can't use is refused.
      Path staging = Files.createTempDirectory("convene-upload-");
      try {
        Files.copy(upload, staging.resolve(name));
        KnowledgeFolder.ReadResult read = new KnowledgeFolder(staging).read(name);
        if (!read.ok()) {
          throw new IllegalArgumentException("I can't use " + name + ": " + read.problem().reason()
              + ". Nothing was added.");
        }
        Path target = folder.resolve(path);
        boolean exists = Files.exists(target);
        if (exists && !replace) {
          throw new IllegalArgumentException(path + " is already in the knowledge folder; add it with replace:true"
              + " to replace it.");
        }
        byte[] bytes = Files.readAllBytes(staging.resolve(name));
        replaceAtomically(target, bytes);
        audit.record(actorId, actorName, exists ? KnowledgeAudit.Action.REPLACE : KnowledgeAudit.Action.ADD, path,
            bytes, null);
        index.refresh(folder);
        return new Added(path, new Chunker().passages(read.document()).size(), exists);
      } finally {
        deleteTree(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The files under {@code subfolder} (all when null), by path: the documents with their passages,
   * and the files the index skips with the reason, so the counts are those of {@code index}.
   */
  public List<Listed> list(String subfolder) {
    String prefix = subfolder == null || subfolder.isBlank() ? "" : safeFolder(subfolder) + "/";
    List<Listed> listed = new ArrayList<>();
    for (String path : folder.documentFiles()) {
      if (!path.startsWith(prefix)) {
        continue;
      }
      KnowledgeFolder.ReadResult read = folder.read(path);
      int passages = read.ok() ? new Chunker().passages(read.document()).size() : 0;
      // The date staff wrote wins: a copy or a checkout gives a file a new time without a new text.
      Optional<LocalDate> written = read.ok() ? read.document().updatedDate() : Optional.empty();
      try {
        LocalDate updated = written.isPresent() ? written.get()
            : LocalDate.ofInstant(Files.getLastModifiedTime(folder.resolve(path)).toInstant(), clock.getZone());
        listed.add(new Listed(path, passages, updated, read.problem()));
      } catch (IOException e) {
        // removed while listing: not listed
      }
    }
    return listed;
  }

  /**
   * Moves a document to the trash; the answers stop using it at once.
   *
   * @throws IllegalArgumentException when there is no such document
   */
  public void remove(String path, String actorId, String actorName) {
    String clean = document(path);
    Path source = folder.resolve(clean);
    Path kept = trash.resolve(STAMP.format(clock.instant().atZone(java.time.ZoneOffset.UTC))).resolve(clean);
    try {
      byte[] bytes = Files.readAllBytes(source);
      Files.createDirectories(kept.getParent());
      Files.move(source, kept);
      audit.record(actorId, actorName, KnowledgeAudit.Action.REMOVE, clean, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + clean + ": " + e.getMessage(), e);
    }
    index.refresh(folder);
    removed.accept(clean);
  }

  /**
   * Puts the last removed copy of a document back.
   *
   * @throws IllegalArgumentException when the trash has no copy, or the path is in use again
   */
  public void restore(String path, String actorId, String actorName) {
    String clean = relative(path);
    Optional<Path> latest;
    try (Stream<Path> removals = Files.isDirectory(trash) ? Files.list(trash) : Stream.empty()) {
      latest = removals.map(removal -> removal.resolve(clean)).filter(Files::isRegularFile)
          .max(Comparator.comparing(kept -> kept.getParent().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trash: " + e.getMessage(), e);
    }
    Path kept = latest.orElseThrow(() -> new IllegalArgumentException("The trash has no copy of " + clean + "."));
    Path target = folder.resolve(clean);
    if (Files.exists(target)) {
      throw new IllegalArgumentException(clean + " is in the knowledge folder again; remove it first to restore the old one.");
    }
    try {
      Files.createDirectories(target.getParent());
      Files.move(kept, target);
      audit.record(actorId, actorName, KnowledgeAudit.Action.RESTORE, clean, Files.readAllBytes(target), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore " + clean + ": " + e.getMessage(), e);
    }
    index.refresh(folder);
  }

  /**
   * The path of a document in the folder, as /knowledge-list shows it.
   *
   * @throws IllegalArgumentException when there is no such document
   */
  public String document(String path) {
    String clean = relative(path);
    if (!folder.documentFiles().contains(clean)) {
      throw new IllegalArgumentException("There is no document " + clean + " in the knowledge folder; /knowledge-list"
          + " shows them.");
    }
    return clean;
  }

  /** A path inside the folder as written in /knowledge-list, or a refusal. */
  static String relative(String path) {
    String clean = path == null ? "" : path.strip().replace('\\', '/');
    if (clean.startsWith("knowledge/")) {
      clean = clean.substring("knowledge/".length());
    }
    for (String part : clean.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("Write the document's path as /knowledge-list shows it, like answers/parking.md.");
      }
    }
    return clean;
  }

  /** "../../etc/x.md" → "x.md"; accents, spaces and odd characters become plain; hidden and temporary names refused. */
  static String safeName(String fileName) {
    String base = fileName == null ? "" : fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String plain = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
    int dot = plain.lastIndexOf('.');
    String extension = dot < 0 ? "" : plain.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (plain.isEmpty() || dot <= 0 || !ACCEPTED.contains(extension)) {
      throw new IllegalArgumentException("Add a .md, .txt, .html, .pdf or .docx file.");
    }
    if (KnowledgeFolder.isIgnored(plain)) {
      throw new IllegalArgumentException(plain + " looks like a temporary or hidden file; rename it first.");
    }
    return plain;
  }

  static String safeFolder(String subfolder) {
    String clean = subfolder.strip().replace('\\', '/').replaceAll("^/+|/+$", "");
    for (String part : clean.split("/")) {
      if (!part.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
        throw new IllegalArgumentException("A folder is letters, digits, - and _, like reports or answers/2026.");
      }
    }
    return clean;
  }

  /**
   * Writes a file of the knowledge folder so that a reader (the watcher, the index) sees the old
   * one or the new one, never half: written beside it under a hidden name, then renamed over it.
   */
  static void replaceAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path beside = Files.createTempFile(target.getParent(), ".write-", ".tmp");
    try {
      Files.write(beside, bytes);
      Files.move(beside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(beside);
    }
  }

  /** Deletes a folder and everything in it (a temporary one). */
  public static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
