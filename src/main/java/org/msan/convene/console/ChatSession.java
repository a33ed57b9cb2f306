package org.msan.convene.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.msan.convene.bot.AskCommand;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.bot.CommandRequest;
import org.msan.convene.bot.Reply;
import org.msan.convene.outbox.Outbox;

/**
 * The Discord commands in a terminal: each line goes to the same registry and handlers the
 * Discord adapter uses, as one member. A bad line gets the error Discord would show; the session goes on.
 */
public final class ChatSession {

  private final CommandRegistry registry;
  private final CommandRequest member;
  private final Outbox outbox;
  private final ReplyPrinter printer;

  /**
   * @param member who is typing: id, name and whether they are a coordinator or staff (no options)
   * @param outbox where the messages a line owes other members go: printed as they are queued, sent by {@code serve}
   */
  public ChatSession(CommandRegistry registry, CommandRequest member, Outbox outbox, PrintWriter out) {
    this.registry = registry;
    this.member = member;
    this.outbox = outbox;
    this.printer = new ReplyPrinter(out);
  }

  public void run(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      ChatLine parsed = ChatLine.parse(line);
      if (parsed instanceof ChatLine.Quit) {
        return;
      }
      long before = outbox.lastId();
      printer.print(handle(parsed));
      outbox.queuedAfter(before).forEach(printer::print);
    }
  }

  /** @param parsed any line but {@code !quit}, which ends the session before it is handled */
  private Reply handle(ChatLine parsed) {
    if (parsed instanceof ChatLine.Command command) {
      Optional<BotCommand> known = registry.command(command.name());
      // An unknown command or one the member may not run gets the registry's own refusal first.
      if (known.isEmpty() || command.bare().isEmpty() || !CommandRegistry.allows(known.get(), member)) {
        return registry.run(command.name(), command.options(), member);
      }
      return BareValue.optionFor(known.get(), command)
          .map(option -> registry.run(command.name(), with(command.options(), option, command.bare()), member))
          .orElseGet(() -> Reply.privately("That line isn't valid: write each option as name:value, e.g. "
              + BareValue.example(known.get())));
    }
    if (parsed instanceof ChatLine.Press press) {
      return registry.press(press.buttonId(), member);
    }
    if (parsed instanceof ChatLine.Submit submit) {
      return registry.submit(submit.formId(), submit.values(), member);
    }
    if (parsed instanceof ChatLine.Question question) {
      return registry.run(AskCommand.NAME, Map.of(AskCommand.QUESTION, question.text()), member);
    }
    return Reply.privately("That line isn't valid: " + ((ChatLine.Invalid) parsed).reason() + ".");
  }

  private static Map<String, String> with(Map<String, String> options, String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(options);
    all.put(name, value);
    return all;
  }
}
