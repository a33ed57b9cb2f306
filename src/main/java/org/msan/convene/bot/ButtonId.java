package org.msan.convene.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The id of a button: {@code action:arg:arg}, e.g. {@code rsvp:mdn-kickoff:going} or
 * {@code fb:42:up}; at most 100 characters, as Discord requires.
 */
public record ButtonId(String action, List<String> args) {

  public static final int MAX_LENGTH = 100;

  public ButtonId {
    args = List.copyOf(args);
    for (String part : args) {
      if (part.contains(":")) {
        throw new IllegalArgumentException("a button id part cannot contain ':' (" + part + ")");
      }
    }
    if (encode(action, args).length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a button id is at most " + MAX_LENGTH + " characters");
    }
  }

  public static ButtonId of(String action, String... args) {
    return new ButtonId(action, List.of(args));
  }

  public String encode() {
    return encode(action, args);
  }

  private static String encode(String action, List<String> args) {
    return args.isEmpty() ? action : action + ":" + String.join(":", args);
  }

  public static Optional<ButtonId> parse(String id) {
    if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String[] parts = id.strip().split(":", -1);
    if (Arrays.stream(parts).anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(new ButtonId(parts[0], Arrays.asList(parts).subList(1, parts.length)));
  }

  public String arg(int index) {
    return index < args.size() ? args.get(index) : "";
  }
}
