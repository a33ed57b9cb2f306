package org.msan.convene.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import org.msan.convene.bot.Reply;
import org.msan.convene.knowledge.KnowledgeFiles;

/**
 * Attachments of a slash command, downloaded (on a handler thread) into a temporary folder of their
 * own and handed to the command as {@code @PATH}, the way {@code chat} names a file; the folder is
 * deleted once the command is done.
 */
final class Uploads {

  private Uploads() {}

  static Reply with(Map<String, Message.Attachment> uploads, Map<String, String> options,
      Function<Map<String, String>, Reply> command) {
    if (uploads.isEmpty()) {
      return command.apply(options);
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("convene-discord-");
      Map<String, String> all = new HashMap<>(options);
      for (Map.Entry<String, Message.Attachment> upload : uploads.entrySet()) {
        Message.Attachment attachment = upload.getValue();
        if (attachment.getSize() > KnowledgeFiles.MAX_BYTES) {
          return Reply.privately(attachment.getFileName() + " is larger than 10 MB; split it or link to it instead.");
        }
        // Only the last part of the name: nothing the sender wrote may lead out of the folder.
        Path last = Path.of(attachment.getFileName().replace('\\', '/')).getFileName();
        String name = last == null || last.toString().matches("\\.*") ? "upload" : last.toString();
        Path file = folder.resolve(name);
        attachment.getProxy().downloadToPath(file).join();
        all.put(upload.getKey(), "@" + file);
      }
      return command.apply(all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep an upload: " + e.getMessage(), e);
    } catch (CompletionException e) {
      return Reply.privately("I couldn't download the attachment from Discord; please try again.");
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try {
      KnowledgeFiles.deleteTree(folder);
    } catch (IOException e) {
      // a temporary folder; the system cleans it up
    }
  }

}
