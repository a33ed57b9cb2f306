package org.msan.convene.console;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.OptionSpec;

/**
 * A value typed in {@code chat} without its option's name ({@code /notifications off}, {@code
 * /event mdn-kickoff}), as people type commands they read in a reply or the README. Discord's own
 * menu always names options; the console takes the bare value when only one option can be meant.
 */
final class BareValue {

  private BareValue() {}

  /**
   * The option a bare value is for, among those the line does not name: the one whose choices
   * include it; else the command's one required free-text option; else its only option. Empty when
   * it could be for more than one (the member is asked to name it).
   */
  static Optional<String> optionFor(BotCommand command, ChatLine.Command line) {
    List<OptionSpec> open = command.options().stream()
        .filter(option -> !line.options().containsKey(option.name())).toList();
    List<OptionSpec> chosen = open.stream()
        .filter(option -> !option.choices().isEmpty() && accepts(option, line.bare())).toList();
    if (chosen.size() == 1) {
      return Optional.of(chosen.get(0).name());
    }
    List<OptionSpec> free = open.stream().filter(option -> option.required() && option.choices().isEmpty()
        && option.type() == OptionSpec.Type.STRING).toList();
    if (free.size() == 1) {
      return Optional.of(free.get(0).name());
    }
    return open.size() == 1 ? Optional.of(open.get(0).name()) : Optional.empty();
  }

  /** The command with each option named: {@code /rsvp event:… status:…}. */
  static String example(BotCommand command) {
    return ("/" + command.name() + " " + command.options().stream().filter(OptionSpec::required)
        .map(option -> option.name() + ":" + (option.choices().isEmpty() ? "…" : option.choices().get(0)))
        .collect(Collectors.joining(" "))).strip();
  }

  private static boolean accepts(OptionSpec option, String value) {
    try {
      option.checked(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
