package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.msan.convene.bot.Reply;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.msan.convene.bot.AnnouncementCards;
import org.msan.convene.rsvp.AnnouncementStore;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpFixture;
import org.msan.convene.rsvp.RsvpStatus;

/** Card redraws against a mocked channel, with the real RSVP store behind them. */
final class CardUpdaterTest {

  @TempDir Path dir;
  private RsvpFixture fixture;
  private ScheduledExecutorService timers;
  private GuildMessageChannel channel;
  private MessageEditAction edit;
  private CardUpdater updater;
  private AnnouncementStore store;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RsvpFixture(dir);
    timers = Executors.newSingleThreadScheduledExecutor();
    JDA jda = mock(JDA.class);
    channel = mock(GuildMessageChannel.class);
    edit = mock(MessageEditAction.class, RETURNS_SELF);
    when(jda.getChannelById(GuildMessageChannel.class, "42")).thenReturn(channel);
    when(channel.editMessageById(eq("777"), any(MessageEditData.class))).thenReturn(edit);
    store = new AnnouncementStore(fixture.database, fixture.clock);
    store.add(new AnnouncementStore.Posted("open-webinar", "42", "777"), "coordinator");
    updater = new CardUpdater(jda, store, new AnnouncementCards(fixture.rsvps, fixture.clock), timers);
    DiscordBot.neverPing();
  }

  @AfterEach
  void tearDown() {
    timers.shutdownNow();
    fixture.close();
  }

  @Test
  @DisplayName("Many RSVP changes in a moment lead to one edit of the card, with the new counts")
  void debouncedRedraw() {
    fixture.rsvps.onChange(updater::changed);
    fixture.rsvps.rsvp(new Member("a", "A"), "open-webinar", RsvpStatus.GOING, 0, null);
    fixture.rsvps.rsvp(new Member("b", "B"), "open-webinar", RsvpStatus.GOING, 1, null);
    fixture.rsvps.rsvp(new Member("c", "C"), "open-webinar", RsvpStatus.MAYBE, 0, null);

    ArgumentCaptor<MessageEditData> drawn = ArgumentCaptor.forClass(MessageEditData.class);
    verify(channel, timeout(5000).times(1)).editMessageById(eq("777"), drawn.capture());
    assertThat(drawn.getValue().getEmbeds().get(0).toData().toString()).contains("2 going (3 people), 1 maybe");
  }

  @Test
  @DisplayName("A change made elsewhere (another process, a close) reaches the card at the next check")
  void watchCatchesChangesMadeElsewhere() {
    fixture.rsvps.rsvp(new Member("a", "A"), "open-webinar", RsvpStatus.GOING, 0, null);

    updater.watch(1);

    ArgumentCaptor<MessageEditData> drawn = ArgumentCaptor.forClass(MessageEditData.class);
    verify(channel, timeout(5000)).editMessageById(eq("777"), drawn.capture());
    assertThat(drawn.getValue().getEmbeds().get(0).toData().toString()).contains("1 going");
  }

  @Test
  @DisplayName("The check goes on past an announced event removed from the calendar, and leaves past events' cards alone")
  void watchSkipsRemovedAndPastEvents() {
    store.add(new AnnouncementStore.Posted("removed-event", "42", "778"), "coordinator");
    store.add(new AnnouncementStore.Posted("long-gone", "42", "779"), "coordinator");
    fixture.rsvps.rsvp(new Member("a", "A"), "open-webinar", RsvpStatus.GOING, 0, null);

    updater.watch(1);

    verify(channel, timeout(5000)).editMessageById(eq("777"), any(MessageEditData.class));
    verify(channel, never()).editMessageById(eq("778"), any(MessageEditData.class));
    verify(channel, never()).editMessageById(eq("779"), any(MessageEditData.class));
  }

  private net.dv8tion.jda.api.entities.Member coordinator(boolean mayPost, boolean botMayPost) {
    net.dv8tion.jda.api.entities.Guild guild = mock(net.dv8tion.jda.api.entities.Guild.class);
    net.dv8tion.jda.api.entities.Member coordinator = mock(net.dv8tion.jda.api.entities.Member.class);
    net.dv8tion.jda.api.entities.SelfMember bot = mock(net.dv8tion.jda.api.entities.SelfMember.class);
    when(coordinator.getGuild()).thenReturn(guild);
    when(coordinator.getId()).thenReturn("c1");
    when(guild.getChannelById(GuildMessageChannel.class, "42")).thenReturn(channel);
    when(guild.getSelfMember()).thenReturn(bot);
    when(coordinator.hasPermission(eq(channel), any(java.util.Collection.class))).thenReturn(mayPost);
    when(bot.hasPermission(eq(channel), any(java.util.Collection.class))).thenReturn(botMayPost);
    return coordinator;
  }

  @Test
  @DisplayName("/announce in a channel the bot can't write to says so and posts nothing; another server's channel is not found")
  void postChecksPermissionsFirst() {
    Reply.Announcement card = new AnnouncementCards(fixture.rsvps, fixture.clock).card("open-webinar", "42");

    assertThatThrownBy(() -> updater.post(card, "1", coordinator(true, false)))
        .hasMessageContaining("I need View Channel, Send Messages and Embed Links");
    assertThatThrownBy(() -> updater.post(card, "1", coordinator(false, true)))
        .hasMessageContaining("You can't post");
    Reply.Announcement elsewhere = new AnnouncementCards(fixture.rsvps, fixture.clock).card("open-webinar", "99");
    assertThatThrownBy(() -> updater.post(elsewhere, "1", coordinator(true, true)))
        .hasMessageContaining("can't find that channel on this server");
    verify(channel, never()).sendMessage(any(MessageCreateData.class));
    assertThat(store.forEvent("open-webinar")).hasSize(1);
  }

  @Test
  @DisplayName("A card Discord refuses is reported as not posted, and not recorded")
  void refusedPostIsReported() {
    MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
    when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
    net.dv8tion.jda.api.entities.Guild guild = mock(net.dv8tion.jda.api.entities.Guild.class);
    when(channel.getGuild()).thenReturn(guild);
    InsufficientPermissionException refused = new InsufficientPermissionException(channel, Permission.MESSAGE_EMBED_LINKS);
    when(send.complete()).thenThrow(refused);
    Reply.Announcement card = new AnnouncementCards(fixture.rsvps, fixture.clock).card("open-webinar", "42");

    assertThatThrownBy(() -> updater.post(card, "1", coordinator(true, true))).hasMessageContaining("Discord refused");
    assertThat(store.forEvent("open-webinar")).hasSize(1);
  }
}
