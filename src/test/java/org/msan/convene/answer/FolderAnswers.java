package org.msan.convene.answer;

import java.nio.file.Path;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;

/** The whole application on a folder a test wrote, asked as a member asks (three sources, as /ask gives). */
final class FolderAnswers implements AutoCloseable {

  private final Convene convene;

  FolderAnswers(Path knowledge, Path data) {
    convene = new Convene(new Settings(knowledge, data, null, Settings.DEFAULT_TIME_ZONE));
  }

  Answer ask(String question) {
    return convene.answers().answer(question, 3);
  }

  @Override
  public void close() throws Exception {
    convene.close();
  }
}
