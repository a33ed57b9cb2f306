package org.msan.convene.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command lines put together from parts: {@code of(common, command, own)} is the common options first. */
final class Args {

  private Args() {}

  @SafeVarargs
  static List<String> of(List<String>... parts) {
    List<String> line = new ArrayList<>();
    Arrays.stream(parts).forEach(line::addAll);
    return line;
  }
}
