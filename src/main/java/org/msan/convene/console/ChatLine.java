package org.msan.convene.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line typed in {@code chat}: a slash command as typed in Discord
 * ({@code /rsvp event:mdn-kickoff status:going note:"vegetarian, no nuts"}), a button press
 * ({@code !press rsvp:mdn-kickoff:going}), {@code !quit}, or a question.
 */
sealed interface ChatLine permits ChatLine.Command, ChatLine.Press, ChatLine.Submit, ChatLine.Question,
    ChatLine.Quit, ChatLine.Invalid {

  /**
   * @param bare what was typed before the first {@code name:value}, unquoted ({@code off} in {@code
   *     /notifications off}), or empty; the session gives it to the one option it can be for
   */
  record Command(String name, Map<String, String> options, String bare) implements ChatLine {

    Command(String name, Map<String, String> options) {
      this(name, options, "");
    }
  }

  record Press(String buttonId) implements ChatLine {}

  /** A form filled in: {@code !submit teach:12 answer:"…"}, as Discord sends a modal's fields. */
  record Submit(String formId, Map<String, String> values) implements ChatLine {}

  record Question(String text) implements ChatLine {}

  /** {@code !quit} or {@code !exit}: the session ends, as at the end of its input. */
  record Quit() implements ChatLine {}

  record Invalid(String reason) implements ChatLine {}

  Pattern NAME = Pattern.compile("/([a-z][a-z0-9-]*)");
  /** An option starts where a word is followed by a colon: {@code key:value}. */
  Pattern OPTION = Pattern.compile("(?:^|\\s)([a-z][a-z0-9_-]*):");

  static ChatLine parse(String line) {
    String text = line.strip();
    if (text.equals("!quit") || text.equals("!exit")) {
      return new Quit();
    }
    if (text.startsWith("!press")) {
      String id = text.substring("!press".length()).strip();
      return id.isEmpty() ? new Invalid("!press needs a button id, e.g. !press rsvp:mdn-kickoff:going") : new Press(id);
    }
    if (text.startsWith("!submit")) {
      String rest = text.substring("!submit".length()).strip();
      int space = rest.indexOf(' ');
      String id = space < 0 ? rest : rest.substring(0, space);
      if (id.isEmpty()) {
        return new Invalid("!submit needs a form id and its fields, e.g. !submit teach:12 answer:\"…\"");
      }
      ChatLine fields = parse("/submit " + (space < 0 ? "" : rest.substring(space + 1)));
      if (fields instanceof Command command && !command.bare().isEmpty()) {
        return new Invalid("a form's fields are written name:value, e.g. !submit teach:12 answer:\"…\"");
      }
      return fields instanceof Command command ? new Submit(id, command.options()) : fields;
    }
    if (!text.startsWith("/")) {
      return new Question(text);
    }
    int space = text.indexOf(' ');
    String name = space < 0 ? text : text.substring(0, space);
    Matcher named = NAME.matcher(name);
    if (!named.matches()) {
      return new Invalid("'" + name + "' is not a command; commands look like /rsvp");
    }
    String rest = space < 0 ? "" : text.substring(space + 1).strip();
    Map<String, String> options = new LinkedHashMap<>();
    Matcher option = OPTION.matcher(rest);
    String key = null;
    int valueStart = 0;
    // A value typed without its name ("/notifications off") comes first, before any name:value.
    String bare = unquoted(option.find() ? rest.substring(0, option.start()) : rest);
    option.reset();
    while (option.find()) {
      if (key != null && !putOption(options, key, rest.substring(valueStart, option.start()))) {
        return new Invalid("option '" + key + "' is given twice");
      }
      key = option.group(1);
      valueStart = option.end();
    }
    if (key != null && !putOption(options, key, rest.substring(valueStart))) {
      return new Invalid("option '" + key + "' is given twice");
    }
    return new Command(named.group(1), options, bare);
  }

  private static boolean putOption(Map<String, String> options, String key, String raw) {
    return options.putIfAbsent(key, unquoted(raw)) == null;
  }

  private static String unquoted(String raw) {
    String value = raw.strip();
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }
}
