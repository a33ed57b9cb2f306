package org.msan.convene.knowledge;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the problems of the knowledge folder (a calendar entry, a line of synonyms) that
 * {@code check}, {@code index} and {@code /reload} already report to staff: each once per process,
 * at INFO. Logs go to stderr ({@code LogSetup}, default level WARN), so a member running
 * {@code ask} or {@code chat} is not shown a timestamped line for a file they may not own; an
 * operator sees them with {@code CONVENE_LOG_LEVEL=INFO}, and {@code serve}'s ready line counts them.
 */
public final class ProblemLog {

  private final Logger log;
  private final Set<Problem> logged = ConcurrentHashMap.newKeySet();

  public ProblemLog(Class<?> owner) {
    this.log = LoggerFactory.getLogger(owner);
  }

  /** Logs each problem not logged before by this log. */
  public void log(Collection<Problem> problems) {
    for (Problem problem : problems) {
      if (logged.add(problem)) {
        log.info("{} (convene check lists the folder's problems)", problem);
      }
    }
  }
}
