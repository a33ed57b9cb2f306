package org.msan.convene.cli;

/** A count with its noun, as the command line prints it: "1 event", "3 events". */
final class Counts {

  private Counts() {}

  /** @param noun the singular; the plural adds "s" */
  static String of(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
