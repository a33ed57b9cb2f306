package org.msan.convene.config;

/**
 * A setting that is missing or wrong, found when the part that needs it is built (the language
 * model's, say, only by a command that answers with it). The message names the setting; the
 * command line reports it as bad usage, like a bad flag.
 */
public final class SettingException extends IllegalArgumentException {

  public SettingException(String message) {
    super(message);
  }
}
