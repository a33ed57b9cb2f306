package org.msan.convene.bot;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.msan.convene.rsvp.RsvpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command and button action, each registered once (a second one with the same name is an
 * error). Both adapters come through here: options are validated and the coordinator permission
 * is checked on every call, whatever a client's menu showed.
 */
public final class CommandRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistry.class);
  public static final String FAILED = "Sorry, something went wrong on our side. Please try again in a moment.";
  public static final String HOME_ONLY = "This works only on the network's own Discord server. Here you can mention"
      + " me with a question.";

  private final Map<String, BotCommand> commands = new LinkedHashMap<>();
  private final Map<String, ButtonAction> buttons = new HashMap<>();
  private final Map<String, FormAction> forms = new HashMap<>();
  private final Function<String, List<Suggestion>> eventSuggestions;

  public CommandRegistry(List<BotCommand> commands, List<ButtonAction> buttons,
      Function<String, List<Suggestion>> eventSuggestions) {
    this(commands, buttons, List.of(), eventSuggestions);
  }

  public CommandRegistry(List<BotCommand> commands, List<ButtonAction> buttons, List<FormAction> forms,
      Function<String, List<Suggestion>> eventSuggestions) {
    for (FormAction form : forms) {
      if (this.forms.putIfAbsent(form.prefix(), form) != null) {
        throw new IllegalArgumentException("two form actions use the prefix " + form.prefix());
      }
    }
    for (BotCommand command : commands) {
      if (this.commands.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException("two commands are named /" + command.name());
      }
    }
    for (ButtonAction action : buttons) {
      if (this.buttons.putIfAbsent(action.prefix(), action) != null) {
        throw new IllegalArgumentException("two button actions use the prefix " + action.prefix());
      }
    }
    this.eventSuggestions = eventSuggestions;
  }

  public Collection<BotCommand> commands() {
    return commands.values();
  }

  public Optional<BotCommand> command(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  /** Runs a slash command; every refusal or failure is a short ephemeral reply, never an exception. */
  public Reply run(String name, Map<String, String> rawOptions, CommandRequest caller) {
    BotCommand command = commands.get(name);
    if (command == null) {
      return Reply.privately("There is no /" + name + " command. Try /ask, /events or /rsvp.");
    }
    if (!onItsServer(command, caller)) {
      return Reply.privately(HOME_ONLY);
    }
    if (!permits(command, caller)) {
      return Reply.privately(command.permission() == Permission.COORDINATOR ? "Only coordinators can use /" + name + "."
          : "Only the network's staff can use /" + name + ".");
    }
    Map<String, String> options;
    try {
      options = validate(command, rawOptions);
    } catch (IllegalArgumentException e) {
      return Reply.privately(e.getMessage());
    }
    return safely("/" + name, () -> command.handle(caller.withOptions(options)));
  }

  /** Whether the caller may run the command, where they are. */
  public static boolean allows(BotCommand command, CommandRequest caller) {
    return onItsServer(command, caller) && permits(command, caller);
  }

  private static boolean onItsServer(BotCommand command, CommandRequest caller) {
    return caller.homeServer() || command.forAnyServer();
  }

  /** Whether the caller may run the command (its permission; where it is run is checked apart). */
  private static boolean permits(BotCommand command, CommandRequest caller) {
    return switch (command.permission()) {
      case EVERYONE -> true;
      case COORDINATOR -> caller.coordinator();
      case STAFF -> caller.staff();
    };
  }

  /** Runs the action a button id names. */
  public Reply press(String buttonId, CommandRequest caller) {
    Optional<ButtonId> id = ButtonId.parse(buttonId);
    ButtonAction action = id.map(b -> buttons.get(b.action())).orElse(null);
    if (action == null) {
      return Reply.privately("That button no longer does anything. Try the command again.");
    }
    if (!caller.homeServer() && !action.forAnyServer()) {
      return Reply.privately(HOME_ONLY);
    }
    return safely("button " + buttonId, () -> action.press(id.get(), caller));
  }

  /** Runs the action a submitted form's id names, with the values of its fields by field id. */
  public Reply submit(String formId, Map<String, String> values, CommandRequest caller) {
    Optional<ButtonId> id = ButtonId.parse(formId);
    FormAction action = id.map(f -> forms.get(f.action())).orElse(null);
    if (action == null) {
      return Reply.privately("That form no longer does anything. Try the command again.");
    }
    if (!caller.homeServer()) {
      return Reply.privately(HOME_ONLY);
    }
    return safely("form " + formId, () -> action.submit(id.get(), Map.copyOf(values), caller));
  }

  public List<Suggestion> autocomplete(OptionSpec.Autocomplete source, String typed) {
    return source == OptionSpec.Autocomplete.EVENT_IDS ? eventSuggestions.apply(typed == null ? "" : typed) : List.of();
  }

  private static Reply safely(String what, Supplier<Reply> work) {
    try {
      return work.get();
    } catch (RsvpException | IllegalArgumentException e) {
      return Reply.privately(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed", what, e);
      return Reply.privately(FAILED);
    }
  }

  static Map<String, String> validate(BotCommand command, Map<String, String> raw) {
    Map<String, String> valid = new HashMap<>();
    for (String name : raw.keySet()) {
      if (command.options().stream().noneMatch(o -> o.name().equals(name))) {
        throw new IllegalArgumentException("/" + command.name() + " has no option '" + name + "'."
            + (command.options().isEmpty() ? "" : " Options: " + String.join(", ",
                command.options().stream().map(OptionSpec::name).toList()) + "."));
      }
    }
    for (OptionSpec option : command.options()) {
      String value = raw.get(option.name());
      if (value == null || value.isBlank()) {
        if (option.required()) {
          throw new IllegalArgumentException(needs(command, option, raw));
        }
        continue;
      }
      valid.put(option.name(), option.checked(value.strip()));
    }
    return valid;
  }

  /**
   * What a member who left out a required option reads: the command as it would work, with what
   * they gave kept ("/rsvp needs an event: try /rsvp event:&lt;id&gt; status:going (see /events)").
   */
  static String needs(BotCommand command, OptionSpec missing, Map<String, String> raw) {
    StringBuilder example = new StringBuilder("/").append(command.name());
    for (OptionSpec option : command.options()) {
      String given = raw.get(option.name());
      if (given != null && !given.isBlank()) {
        example.append(' ').append(option.name()).append(':').append(quoted(given.strip()));
      } else if (option.required()) {
        example.append(' ').append(option.name()).append(':').append(placeholder(option));
      }
    }
    String name = missing.name();
    String article = "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ";
    return "/" + command.name() + " needs " + article + name + ": try " + example
        + (missing.autocomplete() == OptionSpec.Autocomplete.EVENT_IDS ? " (see /events)" : "");
  }

  private static String placeholder(OptionSpec option) {
    if (!option.choices().isEmpty()) {
      return String.join("|", option.choices());
    }
    return option.autocomplete() == OptionSpec.Autocomplete.EVENT_IDS ? "<id>" : "<" + option.name() + ">";
  }

  private static String quoted(String value) {
    return value.contains(" ") ? "\"" + value + "\"" : value;
  }
}
