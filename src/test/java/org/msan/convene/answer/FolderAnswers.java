package org.msan.convene.answer;

import java.nio.file.Path;
import java.time.LocalDate;
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

  /** Asked on {@code today}: schedule answers are relative to it. */
  Answer ask(String question, LocalDate today) {
    return convene.answers().answer(question, 3, today);
  }

  @Override
  public void close() throws Exception {
    convene.close();
  }
}
