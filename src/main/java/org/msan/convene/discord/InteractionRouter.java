package org.msan.convene.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.msan.convene.bot.AskCommand;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.bot.CommandRequest;
import org.msan.convene.bot.OptionSpec;
import org.msan.convene.bot.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord's events into registry calls and replies back: slash commands, buttons,
 * autocomplete, and mentions or DMs as questions. Handlers run on a bounded executor, never on
 * JDA's gateway thread; every interaction is acknowledged within Discord's 3 seconds.
 */
final class InteractionRouter extends ListenerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);
  /** Past this, a handler still working gets a deferral, well inside Discord's 3 s. */
  static final long ACK_DEADLINE_MILLIS = 1500;
  static final String BUSY = "I'm answering a lot of questions right now; please try again in a minute.";
  private static final int MAX_CHOICES = 25;
  private static final Pattern MENTIONS =
      Pattern.compile("<@[!&]?\\d+>|@everyone\\b|@here\\b");

  private final CommandRegistry registry;
  private final Coordinators coordinators;
  private final ExecutorService handlers;
  private final ScheduledExecutorService timers;
  private volatile CardUpdater cards;

  InteractionRouter(CommandRegistry registry, Coordinators coordinators, ExecutorService handlers,
      ScheduledExecutorService timers) {
    this.registry = registry;
    this.coordinators = coordinators;
    this.handlers = handlers;
    this.timers = timers;
  }

  /** Where announcement cards are posted; set once JDA is connected. */
  void postCardsWith(CardUpdater updater) {
    this.cards = updater;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    BotCommand command = registry.command(event.getName()).orElse(null);
    Map<String, String> options = new HashMap<>();
    for (OptionMapping option : event.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    CommandRequest caller = caller(event.getUser(), event.getMember());
    Acknowledgement ack = new Acknowledgement(event, command == null || command.repliesPrivately());
    if (command != null && command.slow()) {
      ack.defer();
    }
    String channelId = event.getChannelId();
    handle(event.getJDA(), ack, () -> announce(registry.run(event.getName(), options, caller), channelId, caller));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    CommandRequest caller = caller(event.getUser(), event.getMember());
    String id = event.getComponentId();
    handle(event.getJDA(), new Acknowledgement(event, true), () -> registry.press(id, caller));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    OptionSpec.Autocomplete source = registry.command(event.getName()).stream()
        .flatMap(c -> c.options().stream())
        .filter(o -> o.name().equals(event.getFocusedOption().getName()))
        .map(OptionSpec::autocomplete)
        .findFirst().orElse(OptionSpec.Autocomplete.NONE);
    List<Command.Choice> choices = registry.autocomplete(source, event.getFocusedOption().getValue()).stream()
        .limit(MAX_CHOICES)
        .map(s -> new Command.Choice(s.label(), s.value()))
        .toList();
    event.replyChoices(choices).queue();
  }

  /** A mention of the bot or a direct message is a question, answered like /ask. */
  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (event.getAuthor().isBot() || event.isWebhookMessage()) {
      return;
    }
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    boolean direct = !event.isFromGuild();
    if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    // Mentions (of the bot, others, roles, @everyone) address the message; they are not the question.
    String question = MENTIONS.matcher(message.getContentRaw()).replaceAll(" ").strip();
    if (question.isEmpty()) {
      message.reply("Ask me about the network, e.g. “When is the next in-person convening?”").queue();
      return;
    }
    CommandRequest caller = caller(event.getAuthor(), event.isFromGuild() ? event.getMember() : null);
    try {
      handlers.execute(() -> {
        Reply reply = registry.run(AskCommand.NAME, Map.of(AskCommand.QUESTION, question), caller);
        List<MessageCreateData> messages = ReplyRenderer.render(reply);
        message.reply(messages.get(0)).mentionRepliedUser(false).queue();
        messages.subList(1, messages.size()).forEach(more -> event.getChannel().sendMessage(more).queue());
      });
    } catch (RejectedExecutionException e) {
      message.reply(BUSY).queue();
    }
  }

  /** A reply that carries a card to post: posted here, and the asker told, or told why not. */
  private Reply announce(Reply reply, String channelId, CommandRequest caller) {
    if (reply.announcement() == null) {
      return reply;
    }
    if (cards == null) {
      return Reply.privately("I'm still starting up; please try again in a moment.");
    }
    try {
      cards.post(reply.announcement(), channelId, caller.userId());
      return reply;
    } catch (IllegalArgumentException e) {
      return Reply.privately(e.getMessage());
    }
  }

  private void handle(JDA jda, Acknowledgement ack, Supplier<Reply> work) {
    var deadline = timers.schedule(ack::defer, ACK_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    try {
      handlers.execute(() -> {
        Reply reply = work.get();
        deadline.cancel(false);
        ack.deliver(reply);
        sendDirectMessages(jda, reply);
      });
    } catch (RejectedExecutionException e) {
      deadline.cancel(false);
      ack.deliver(Reply.privately(BUSY));
    }
  }

  /** A member told something privately (a waitlist promotion); closed DMs are logged, not retried. */
  private static void sendDirectMessages(JDA jda, Reply reply) {
    for (Reply.DirectMessage dm : reply.directMessages()) {
      jda.retrieveUserById(dm.userId())
          .flatMap(User::openPrivateChannel)
          .flatMap(channel -> channel.sendMessage(TextLimits.trim(dm.text(), TextLimits.MESSAGE)))
          .queue(sent -> { }, failure -> LOG.warn("could not DM user {}: {}", dm.userId(), failure.getMessage()));
    }
  }

  private CommandRequest caller(User user, Member member) {
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    return new CommandRequest(user.getId(), name, coordinators.isCoordinator(member), Map.of());
  }
}
