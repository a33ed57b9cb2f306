package org.msan.convene.bot;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command, as Discord shows it and as both adapters validate it.
 *
 * @param choices fixed values, or empty
 * @param autocomplete where suggestions come from while the member types
 * @param min smallest integer allowed, or null
 * @param max largest integer allowed (or longest text), or null
 */
public record OptionSpec(
    String name, String description, Type type, boolean required, List<String> choices, Autocomplete autocomplete,
    Integer min, Integer max) {

  /**
   * CHANNEL: a text channel of the same server (Discord offers only those); the console takes its id.
   * ATTACHMENT: a file; the handler gets {@code @PATH}, where the adapter put the download or where
   * {@code chat} was told it is ({@code file:@report.pdf}).
   */
  public enum Type { STRING, INTEGER, CHANNEL, ATTACHMENT }

  public enum Autocomplete { NONE, EVENT_IDS }

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
  }

  public static OptionSpec text(String name, String description, boolean required) {
    return new OptionSpec(name, description, Type.STRING, required, List.of(), Autocomplete.NONE, null, null);
  }

  public static OptionSpec channel(String name, String description, boolean required) {
    return new OptionSpec(name, description, Type.CHANNEL, required, List.of(), Autocomplete.NONE, null, null);
  }

  public static OptionSpec attachment(String name, String description, boolean required) {
    return new OptionSpec(name, description, Type.ATTACHMENT, required, List.of(), Autocomplete.NONE, null, null);
  }

  public static OptionSpec event(String name, String description) {
    return new OptionSpec(name, description, Type.STRING, true, List.of(), Autocomplete.EVENT_IDS, null, null);
  }

  public static OptionSpec choice(String name, String description, boolean required, List<String> choices) {
    return new OptionSpec(name, description, Type.STRING, required, choices, Autocomplete.NONE, null, null);
  }

  public static OptionSpec integer(String name, String description, int min, int max) {
    return new OptionSpec(name, description, Type.INTEGER, false, List.of(), Autocomplete.NONE, min, max);
  }

  public OptionSpec maxLength(int length) {
    return new OptionSpec(name, description, type, required, choices, autocomplete, min, length);
  }

  /**
   * A value as this option takes it: a choice in its own spelling, a number written plainly, a text
   * within its length. The one place these rules are said, for Discord, chat and the command line.
   *
   * @param value the typed value, stripped
   * @return the value to hand the command
   * @throws IllegalArgumentException one sentence saying what to write instead
   */
  public String checked(String value) {
    if (!choices.isEmpty()) {
      return choices.stream().filter(c -> c.equalsIgnoreCase(value.replace(' ', '_'))
              || c.replace('_', ' ').equalsIgnoreCase(value)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              name + " must be one of: " + String.join(", ", choices) + "."));
    }
    if (type == Type.INTEGER) {
      int number;
      try {
        number = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number" + range() + ".");
      }
      if (min != null && number < min || max != null && number > max) {
        throw new IllegalArgumentException(name + " must be" + range() + ".");
      }
      return String.valueOf(number);
    }
    if (max != null && value.length() > max) {
      throw new IllegalArgumentException(name + " is " + String.format(java.util.Locale.US, "%,d", value.length())
          + " characters; keep it to " + max + ".");
    }
    return value;
  }

  private String range() {
    return min == null ? "" : " from " + min + " to " + max;
  }
}
