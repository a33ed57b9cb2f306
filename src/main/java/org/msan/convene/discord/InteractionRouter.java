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
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
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
 * autocomplete, and mentions or DMs as questions. Handlers run on bounded executors, never on
 * JDA's gateway thread: slow work (questions, exports, reloads) on one, quick work (RSVPs, buttons)
 * on another, so a button press never queues behind a stuck question. Acknowledgements have a
 * scheduler of their own; every interaction is acknowledged within Discord's 3 seconds and ends
 * with a reply, also when its handler fails.
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
  private final String homeGuildId;
  private final Coordinators coordinators;
  private final ExecutorService quick;
  private final ExecutorService slow;
  private final ScheduledExecutorService acks;
  private volatile CardUpdater cards;
  private volatile Runnable afterEach = () -> { };

  /**
   * @param homeGuildId the network's server: coordinators and staff count only there, and other
   *     servers get only what reads public documents
   * @param quick runs RSVPs, buttons and other quick commands
   * @param slow runs questions and the commands that say they are slow
   * @param acks schedules the deferral of a handler still working at the deadline; nothing else
   */
  InteractionRouter(CommandRegistry registry, String homeGuildId, Coordinators coordinators, ExecutorService quick,
      ExecutorService slow, ScheduledExecutorService acks) {
    this.registry = registry;
    this.homeGuildId = java.util.Objects.requireNonNull(homeGuildId, "homeGuildId");
    this.coordinators = coordinators;
    this.quick = quick;
    this.slow = slow;
    this.acks = acks;
  }

  /** Run after every handled interaction (sends the messages it may have queued at once). */
  void afterEach(Runnable hook) {
    this.afterEach = hook;
  }

  /** Where announcement cards are posted; set once JDA is connected. */
  void postCardsWith(CardUpdater updater) {
    this.cards = updater;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    BotCommand command = registry.command(event.getName()).orElse(null);
    Map<String, String> options = new HashMap<>();
    Map<String, Message.Attachment> uploads = new HashMap<>();
    for (OptionMapping option : event.getOptions()) {
      if (option.getType() == OptionType.ATTACHMENT) {
        uploads.put(option.getName(), option.getAsAttachment());
      } else {
        options.put(option.getName(), option.getAsString());
      }
    }
    CommandRequest caller = caller(event.getUser(), event.getGuild(), event.getMember());
    Acknowledgement ack = new Acknowledgement(event, command == null || command.repliesPrivately());
    if (command != null && command.slow()) {
      ack.defer();
    }
    String channelId = event.getChannelId();
    Member member = event.getMember();
    ExecutorService pool = command == null || command.quick() ? quick : slow;
    // Nothing is downloaded for a caller who may not run the command.
    Map<String, Message.Attachment> allowed = command != null && CommandRegistry.allows(command, caller)
        ? uploads : Map.of();
    handle(pool, event.getJDA(), ack, "/" + event.getName(), () -> Uploads.with(allowed, options,
        all -> announce(registry.run(event.getName(), all, caller), channelId, member)));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    CommandRequest caller = caller(event.getUser(), event.getGuild(), event.getMember());
    String id = event.getComponentId();
    handle(quick, event.getJDA(), new Acknowledgement(event, true), "button " + id, () -> registry.press(id, caller));
  }

  /** A submitted form (a modal opened by a button): its fields go to the form action its id names. */
  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    CommandRequest caller = caller(event.getUser(), event.getGuild(), event.getMember());
    Map<String, String> values = new HashMap<>();
    for (ModalMapping value : event.getValues()) {
      values.put(value.getCustomId(), value.getAsString());
    }
    String id = event.getModalId();
    handle(slow, event.getJDA(), new Acknowledgement(event, true), "form " + id, () -> registry.submit(id, values, caller));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    OptionSpec.Autocomplete source = registry.command(event.getName()).stream()
        .flatMap(c -> c.options().stream())
        .filter(o -> o.name().equals(event.getFocusedOption().getName()))
        .map(OptionSpec::autocomplete)
        .findFirst().orElse(OptionSpec.Autocomplete.NONE);
    List<Command.Choice> choices;
    try {
      // Discord takes at most 25 choices, each value and name of at most 100 characters: a longer
      // id cannot be offered (it can still be typed), a longer title is cut.
      choices = registry.autocomplete(source, event.getFocusedOption().getValue()).stream()
          .filter(s -> s.value().length() <= OptionData.MAX_CHOICE_VALUE_LENGTH)
          .limit(MAX_CHOICES)
          .map(s -> new Command.Choice(TextLimits.trim(s.label(), OptionData.MAX_CHOICE_NAME_LENGTH), s.value()))
          .toList();
    } catch (RuntimeException e) {
      LOG.error("autocomplete of /{} failed", event.getName(), e);
      choices = List.of();
    }
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
    CommandRequest caller = event.isFromGuild() ? caller(event.getAuthor(), event.getGuild(), event.getMember())
        : caller(event.getAuthor(), null, null);
    try {
      slow.execute(() -> {
        try {
          Reply reply = registry.run(AskCommand.NAME, Map.of(AskCommand.QUESTION, question), caller);
          List<MessageCreateData> messages = ReplyRenderer.render(reply);
          message.reply(messages.get(0)).mentionRepliedUser(false).queue();
          messages.subList(1, messages.size()).forEach(more -> event.getChannel().sendMessage(more).queue());
        } catch (RuntimeException e) {
          LOG.error("answering a mention from {} failed", caller.userId(), e);
          message.reply(CommandRegistry.FAILED).queue();
        }
      });
    } catch (RejectedExecutionException e) {
      message.reply(BUSY).queue();
    }
  }

  /** A reply that carries a card to post: posted here, and the asker told, or told why not. */
  private Reply announce(Reply reply, String channelId, Member coordinator) {
    if (reply.announcement() == null) {
      return reply;
    }
    if (cards == null) {
      return Reply.privately("I'm still starting up; please try again in a moment.");
    }
    if (coordinator == null) {
      return Reply.privately("Announcements are posted from the network's server, not from a DM.");
    }
    try {
      cards.post(reply.announcement(), channelId, coordinator);
      return reply;
    } catch (IllegalArgumentException e) {
      return Reply.privately(e.getMessage());
    }
  }

  /**
   * Runs the work on the pool and delivers its reply; a failure anywhere (the handler, rendering,
   * Discord refusing the reply) is logged with what was being done and the member gets a short
   * apology instead of an endless "thinking…".
   */
  private void handle(ExecutorService pool, JDA jda, Acknowledgement ack, String what, Supplier<Reply> work) {
    var deadline = acks.schedule(ack::defer, ACK_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    try {
      pool.execute(() -> {
        Reply reply;
        try {
          reply = work.get();
        } catch (RuntimeException e) {
          LOG.error("{} failed", what, e);
          reply = Reply.privately(CommandRegistry.FAILED);
        }
        deadline.cancel(false);
        try {
          ack.deliver(reply);
        } catch (RuntimeException e) {
          LOG.error("replying to {} failed", what, e);
          try {
            ack.deliver(Reply.privately(CommandRegistry.FAILED));
          } catch (RuntimeException again) {
            LOG.error("could not tell the member that {} failed: {}", what, again.getMessage());
          }
        }
        afterEach.run();
      });
    } catch (RejectedExecutionException e) {
      deadline.cancel(false);
      ack.deliver(Reply.privately(BUSY));
    }
  }

  /**
   * Who is calling, from where: a call from another server than the network's is never a
   * coordinator's (that server's owner has Manage Events there) and runs public commands only; a
   * DM counts as home, without coordinator rights.
   */
  private CommandRequest caller(User user, Guild guild, Member member) {
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    boolean home = guild == null || guild.getId().equals(homeGuildId);
    boolean coordinator = guild != null && home && coordinators.isCoordinator(member);
    boolean staff = guild != null && home && coordinators.isStaff(member);
    return new CommandRequest(user.getId(), name, coordinator, staff, home, Map.of());
  }
}
