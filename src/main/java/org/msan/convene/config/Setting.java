package org.msan.convene.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One setting, read with the others when a command starts but checked only by the part that uses
 * it: either its value or the one-line reason the value as written is wrong. A wrong value therefore
 * stops only the commands that build that part ({@code ask} for the embedding model), never the
 * others ({@code backup}, {@code check}).
 *
 * @param value the value; {@link #value()} throws instead when the setting is wrong
 * @param problem what is wrong with the value as written, naming the setting, or null when it is right
 */
public record Setting<T>(T value, String problem) {

  public Setting {
    if ((value == null) == (problem == null)) {
      throw new IllegalArgumentException("a setting has either a value or a problem");
    }
  }

  /** A setting known to be right. */
  public static <T> Setting<T> of(T value) {
    return new Setting<>(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * Reads a setting now and keeps what is wrong with it for later.
   *
   * @param parse gives the value, or throws {@link IllegalArgumentException} whose message says
   *     what is wrong and names the setting
   * @return the value, or the problem {@link #value()} reports when the setting is used
   */
  public static <T> Setting<T> read(Supplier<T> parse) {
    try {
      return of(parse.get());
    } catch (IllegalArgumentException e) {
      return new Setting<>(null, e.getMessage());
    }
  }

  /**
   * The value, for the part about to be built with it.
   *
   * @throws SettingException the problem, when the setting as written is wrong
   */
  @Override
  public T value() {
    if (problem != null) {
      throw new SettingException(problem);
    }
    return value;
  }
}
