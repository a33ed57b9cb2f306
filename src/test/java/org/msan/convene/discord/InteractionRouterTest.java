package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;
import org.msan.convene.knowledge.TestFiles;
import org.msan.convene.rsvp.RsvpFixture;

/** The adapter against mocked public JDA types, with the real registry, index and database behind it. */
final class InteractionRouterTest {

  private static final String HOME = "100000000000000001";
  private static final String ELSEWHERE = "200000000000000002";

  @TempDir Path knowledge;
  @TempDir Path data;
  private Convene convene;
  private ExecutorService handlers;
  private ScheduledExecutorService timers;
  private InteractionRouter router;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), RsvpFixture.EVENTS);
    TestFiles.write(knowledge, "cost.md", "# Cost\n\nThe fee is $20,000 per district team, per year.\n");
    convene = new Convene(new Settings(knowledge, data, java.time.LocalDate.of(2020, 1, 5),
        Settings.DEFAULT_TIME_ZONE));
    handlers = Executors.newFixedThreadPool(2);
    timers = Executors.newSingleThreadScheduledExecutor();
    router = new InteractionRouter(convene.registry(), HOME, new Coordinators("Coordinators"), handlers, handlers, timers);
    DiscordBot.neverPing();
  }

  @AfterEach
  void tearDown() throws Exception {
    handlers.shutdownNow();
    timers.shutdownNow();
    convene.close();
  }

  private void settle() throws InterruptedException {
    handlers.shutdown();
    assertThat(handlers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
  }

  private static Member member(boolean coordinatorRole, boolean manageEvents) {
    Member member = mock(Member.class);
    Role role = mock(Role.class);
    when(role.getName()).thenReturn(coordinatorRole ? "Coordinators" : "Members");
    when(role.getId()).thenReturn("555");
    when(member.getRoles()).thenReturn(List.of(role));
    when(member.hasPermission(Permission.MANAGE_EVENTS)).thenReturn(manageEvents);
    when(member.getEffectiveName()).thenReturn("Ana");
    return member;
  }

  private static User user() {
    User user = mock(User.class);
    when(user.getId()).thenReturn("u1");
    when(user.getEffectiveName()).thenReturn("ana");
    return user;
  }

  private static OptionMapping option(String name, String value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getName()).thenReturn(name);
    when(option.getAsString()).thenReturn(value);
    when(option.getType()).thenReturn(OptionType.STRING);
    return option;
  }

  private record Slash(SlashCommandInteractionEvent event, ReplyCallbackAction reply, ReplyCallbackAction defer,
      InteractionHook hook, WebhookMessageEditAction<Message> edit) {}

  private static Slash slash(String name, Member member, OptionMapping... options) {
    return slash(HOME, name, member, options);
  }

  private static Guild guild(String id) {
    Guild guild = mock(Guild.class);
    when(guild.getId()).thenReturn(id);
    return guild;
  }

  @SuppressWarnings("unchecked")
  private static Slash slash(String guildId, String name, Member member, OptionMapping... options) {
    User user = user();
    JDA jda = mock(JDA.class);
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
    InteractionHook hook = mock(InteractionHook.class);
    WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
    when(event.getName()).thenReturn(name);
    when(event.getOptions()).thenReturn(List.of(options));
    when(event.getUser()).thenReturn(user);
    when(event.getMember()).thenReturn(member);
    Guild guild = guild(guildId);
    when(event.getGuild()).thenReturn(guild);
    when(event.getJDA()).thenReturn(jda);
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(event.deferReply(anyBoolean())).thenReturn(defer);
    when(event.getHook()).thenReturn(hook);
    when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
    return new Slash(event, reply, defer, hook, edit);
  }

  private static MessageCreateData replied(Slash slash) {
    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(slash.event()).reply(sent.capture());
    return sent.getValue();
  }

  @Test
  @DisplayName("A quick command is answered directly, publicly, without deferring")
  void quickCommandRepliesDirectly() throws Exception {
    Slash slash = slash("event", member(false, false), option("event", "open-webinar"));

    router.onSlashCommandInteraction(slash.event());
    settle();

    MessageCreateData message = replied(slash);
    assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("Open Webinar");
    assertThat(message.getComponents()).hasSize(1);
    verify(slash.reply()).setEphemeral(false);
    verify(slash.event(), never()).deferReply(anyBoolean());
  }

  @Test
  @DisplayName("When Discord refuses the reply (an embed over its limits), the member still gets a short apology")
  void failedReplyEndsWithAnApology() throws Exception {
    Slash slash = slash("event", member(false, false), option("event", "open-webinar"));
    when(slash.event().reply(any(MessageCreateData.class))).thenThrow(new IllegalArgumentException("Embed too large"))
        .thenReturn(slash.reply());

    router.onSlashCommandInteraction(slash.event());
    settle();

    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(slash.event(), org.mockito.Mockito.times(2)).reply(sent.capture());
    assertThat(sent.getAllValues().get(1).getContent()).isEqualTo(org.msan.convene.bot.CommandRegistry.FAILED);
    verify(slash.reply()).setEphemeral(true);
  }

  @Test
  @DisplayName("/rsvp is confirmed privately and lands in the database")
  void rsvpIsEphemeral() throws Exception {
    Slash slash = slash("rsvp", member(false, false), option("event", "open-webinar"), option("status", "going"));

    router.onSlashCommandInteraction(slash.event());
    settle();

    assertThat(replied(slash).getContent()).isEqualTo("You're going to **Open Webinar**.");
    verify(slash.reply()).setEphemeral(true);
    assertThat(convene.rsvps().roster("open-webinar")).hasSize(1);
  }

  @Test
  @DisplayName("A coordinator command is refused to a member and runs for the role or Manage Events")
  void coordinatorCheckOnEveryCall() throws Exception {
    Slash member = slash("rsvps", member(false, false), option("event", "open-webinar"));
    Slash byRole = slash("rsvps", member(true, false), option("event", "open-webinar"));
    Slash byPermission = slash("rsvps", member(false, true), option("event", "open-webinar"));

    router.onSlashCommandInteraction(member.event());
    router.onSlashCommandInteraction(byRole.event());
    router.onSlashCommandInteraction(byPermission.event());
    settle();

    assertThat(replied(member).getContent()).isEqualTo("Only coordinators can use /rsvps.");
    verify(member.reply()).setEphemeral(true);
    assertThat(replied(byRole).getContent()).startsWith("**Open Webinar**: 0 going");
    assertThat(replied(byPermission).getContent()).startsWith("**Open Webinar**: 0 going");
  }

  @Test
  @DisplayName("Another server's owner (Manage Events there) gets a polite refusal for rosters; /ask still works there")
  void otherServersReadOnly() throws Exception {
    Slash roster = slash(ELSEWHERE, "rsvps", member(true, true), option("event", "open-webinar"));
    Slash rsvp = slash(ELSEWHERE, "rsvp", member(false, false), option("event", "open-webinar"),
        option("status", "going"));
    Slash ask = slash(ELSEWHERE, "ask", member(false, false), option("question", "How much is the fee?"));

    router.onSlashCommandInteraction(roster.event());
    router.onSlashCommandInteraction(rsvp.event());
    router.onSlashCommandInteraction(ask.event());
    settle();

    assertThat(replied(roster).getContent()).isEqualTo(org.msan.convene.bot.CommandRegistry.HOME_ONLY);
    assertThat(replied(rsvp).getContent()).isEqualTo(org.msan.convene.bot.CommandRegistry.HOME_ONLY);
    assertThat(convene.rsvps().roster("open-webinar")).isEmpty();
    assertThat(replied(ask).getEmbeds().get(0).getDescription()).contains("$20,000");
  }

  @Test
  @DisplayName("A slow command defers at once (ephemerally) and then edits in its reply with the attachment")
  void slowCommandDefersFirst() throws Exception {
    Slash slash = slash("rsvps-export", member(true, false), option("event", "open-webinar"));

    router.onSlashCommandInteraction(slash.event());
    settle();

    InOrder order = inOrder(slash.event(), slash.hook());
    order.verify(slash.event()).deferReply(true);
    ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
    order.verify(slash.hook()).editOriginal(edited.capture());
    assertThat(edited.getValue().getFiles()).extracting(f -> f.getName()).containsExactly("rsvps-open-webinar.csv");
    verify(slash.event(), never()).reply(any(MessageCreateData.class));
  }

  @Test
  @DisplayName("A handler that outlasts the deadline gets a deferral in time, then its answer")
  void deadlineDefers() throws Exception {
    Slash slash = slash("events", member(false, false));
    ExecutorService busy = Executors.newSingleThreadExecutor();
    busy.execute(() -> sleep(InteractionRouter.ACK_DEADLINE_MILLIS + 700));
    InteractionRouter slowRouter = new InteractionRouter(convene.registry(), HOME, new Coordinators(null), busy, busy, timers);

    slowRouter.onSlashCommandInteraction(slash.event());
    Thread.sleep(InteractionRouter.ACK_DEADLINE_MILLIS + 300);
    verify(slash.event()).deferReply(false);
    busy.shutdown();
    assertThat(busy.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

    verify(slash.hook()).editOriginal(any(MessageEditData.class));
    verify(slash.event(), never()).reply(any(MessageCreateData.class));
  }

  @Test
  @DisplayName("Staff press a gap's Answer button: a modal with the question opens; its submit teaches the answer")
  void gapButtonOpensTheTeachModal() throws Exception {
    long asked = convene.questionLog().record("u9", new org.msan.convene.answer.Answer("Where do we park at the webinar?",
        false, "not found", "extractive", List.of(), 0));
    ButtonInteractionEvent press = mock(ButtonInteractionEvent.class);
    net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction opened =
        mock(net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction.class, RETURNS_SELF);
    User user = user();
    Member staff = member(true, false);
    JDA jda = mock(JDA.class);
    when(press.getComponentId()).thenReturn("gap:" + asked);
    when(press.getUser()).thenReturn(user);
    when(press.getMember()).thenReturn(staff);
    Guild guild = guild(HOME);
    when(press.getGuild()).thenReturn(guild);
    when(press.getJDA()).thenReturn(jda);
    when(press.replyModal(any(net.dv8tion.jda.api.modals.Modal.class))).thenReturn(opened);

    router.onButtonInteraction(press);
    Thread.sleep(500);

    ArgumentCaptor<net.dv8tion.jda.api.modals.Modal> modal = ArgumentCaptor.forClass(net.dv8tion.jda.api.modals.Modal.class);
    verify(press, org.mockito.Mockito.timeout(5000)).replyModal(modal.capture());
    assertThat(modal.getValue().getId()).isEqualTo("teach:" + asked);
    assertThat(modal.getValue().toData().toString()).contains("Where do we park at the webinar?");

    net.dv8tion.jda.api.events.interaction.ModalInteractionEvent submit =
        mock(net.dv8tion.jda.api.events.interaction.ModalInteractionEvent.class);
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    List<net.dv8tion.jda.api.interactions.modals.ModalMapping> values = List.of(
        mapping("question", "Where do we park at the webinar?"), mapping("answer", "There is free parking in Lot B."),
        mapping("source", ""));
    InteractionHook hook = mock(InteractionHook.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
    when(submit.getModalId()).thenReturn("teach:" + asked);
    when(submit.getUser()).thenReturn(user);
    when(submit.getMember()).thenReturn(staff);
    when(submit.getGuild()).thenReturn(guild);
    when(submit.getJDA()).thenReturn(jda);
    when(submit.getValues()).thenReturn(values);
    when(submit.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(submit.deferReply(anyBoolean())).thenReturn(reply);
    when(submit.getHook()).thenReturn(hook);

    router.onModalInteraction(submit);
    settle();

    assertThat(Files.readString(knowledge.resolve("answers/where-do-we-park-at-the-webinar.md")))
        .contains("There is free parking in Lot B.");
    assertThat(convene.questionLog().gaps()).isEmpty();
    assertThat(convene.outbox().waiting()).as("the member who asked is told").isEqualTo(1);
  }

  private static net.dv8tion.jda.api.interactions.modals.ModalMapping mapping(String id, String value) {
    net.dv8tion.jda.api.interactions.modals.ModalMapping mapping =
        mock(net.dv8tion.jda.api.interactions.modals.ModalMapping.class);
    when(mapping.getCustomId()).thenReturn(id);
    when(mapping.getAsString()).thenReturn(value);
    return mapping;
  }

  @Test
  @DisplayName("A button press RSVPs through the same handler, privately")
  void buttonPress() throws Exception {
    User user = user();
    Member member = member(false, false);
    JDA jda = mock(JDA.class);
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(event.getComponentId()).thenReturn("rsvp:open-webinar:maybe");
    when(event.getUser()).thenReturn(user);
    when(event.getMember()).thenReturn(member);
    Guild guild = guild(HOME);
    when(event.getGuild()).thenReturn(guild);
    when(event.getJDA()).thenReturn(jda);
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);

    router.onButtonInteraction(event);
    settle();

    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(sent.capture());
    assertThat(sent.getValue().getContent()).isEqualTo("You're a maybe for **Open Webinar**.");
    verify(reply).setEphemeral(true);
  }

  @Test
  @DisplayName("Autocomplete shows event titles and sends their ids")
  void autocompleteEvents() {
    AutoCompleteQuery typed = new AutoCompleteQuery(option("event", "webinar"));
    CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
    AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class);
    when(event.getName()).thenReturn("rsvp");
    when(event.getFocusedOption()).thenReturn(typed);
    when(event.replyChoices(any(java.util.Collection.class))).thenReturn(action);

    router.onCommandAutoCompleteInteraction(event);

    @SuppressWarnings("unchecked")
    ArgumentCaptor<java.util.Collection<Command.Choice>> choices = ArgumentCaptor.forClass(java.util.Collection.class);
    verify(event).replyChoices(choices.capture());
    assertThat(choices.getValue()).extracting(Command.Choice::getAsString).containsExactly("open-webinar");
    assertThat(choices.getValue()).extracting(Command.Choice::getName).containsExactly("Open Webinar — February 2020");
  }

  @Test
  @DisplayName("A mention is a question: answered as a reply that pings nobody")
  void mentionIsAQuestion() throws Exception {
    MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    Message message = mock(Message.class);
    Mentions mentions = mock(Mentions.class);
    JDA jda = mock(JDA.class);
    SelfUser self = mock(SelfUser.class);
    MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
    User author = user();
    Member member = member(false, false);
    when(self.getId()).thenReturn("999");
    when(jda.getSelfUser()).thenReturn(self);
    when(event.getJDA()).thenReturn(jda);
    when(event.getAuthor()).thenReturn(author);
    when(event.isFromGuild()).thenReturn(true);
    when(event.getMember()).thenReturn(member);
    Guild guild = guild(HOME);
    when(event.getGuild()).thenReturn(guild);
    when(event.getMessage()).thenReturn(message);
    when(message.getMentions()).thenReturn(mentions);
    when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(true);
    when(message.getContentRaw()).thenReturn("<@999> @everyone how much is the fee?");
    when(message.reply(any(MessageCreateData.class))).thenReturn(action);

    router.onMessageReceived(event);
    settle();

    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(message).reply(sent.capture());
    assertThat(sent.getValue().getEmbeds().get(0).getDescription()).contains("$20,000");
    assertThat(sent.getValue().getAllowedMentions()).isEmpty();
    verify(action).mentionRepliedUser(false);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
