package org.msan.convene.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.msan.convene.bot.AnnouncementCards;
import org.msan.convene.bot.Reply;
import org.msan.convene.rsvp.AnnouncementStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts announcement cards and keeps them current: after an RSVP change, every card of that event
 * is redrawn with fresh counts, at most once per {@link #DEBOUNCE_MILLIS} however many answers come in.
 */
final class CardUpdater {

  private static final Logger LOG = LoggerFactory.getLogger(CardUpdater.class);
  static final long DEBOUNCE_MILLIS = 1000;
  private static final EnumSet<Permission> POSTING =
      EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

  private final JDA jda;
  private final AnnouncementStore store;
  private final AnnouncementCards cards;
  private final ScheduledExecutorService timers;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  /** What each event's cards last showed, to notice changes made elsewhere (another process, a close). */
  private final Map<String, String> drawn = new ConcurrentHashMap<>();

  CardUpdater(JDA jda, AnnouncementStore store, AnnouncementCards cards, ScheduledExecutorService timers) {
    this.jda = jda;
    this.store = store;
    this.cards = cards;
    this.timers = timers;
  }

  /**
   * Posts a card in a channel of the coordinator's own server, once both the coordinator and the bot
   * may send messages with embeds there, and waits for Discord's answer (on a handler thread); the
   * message is recorded so its counts follow the RSVPs, also after a restart.
   *
   * @throws IllegalArgumentException with a line for the coordinator when it was not posted, and why
   */
  void post(Reply.Announcement card, String fallbackChannelId, Member coordinator) {
    String channelId = card.channelId() == null ? fallbackChannelId : card.channelId();
    Guild guild = coordinator.getGuild();
    GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null) {
      throw new IllegalArgumentException("I can't find that channel on this server; pick a text channel here.");
    }
    if (!coordinator.hasPermission(channel, POSTING)) {
      throw new IllegalArgumentException("You can't post with embeds in <#" + channelId + ">, so I won't either.");
    }
    if (!guild.getSelfMember().hasPermission(channel, POSTING)) {
      throw new IllegalArgumentException("I need View Channel, Send Messages and Embed Links in <#" + channelId
          + ">; ask a server admin, then try again.");
    }
    var message = ReplyRenderer.render(Reply.embed(card.card()).withButtons(card.buttons())).get(0);
    Message sent;
    try {
      sent = channel.sendMessage(message).complete();
    } catch (ErrorResponseException | InsufficientPermissionException e) {
      LOG.warn("could not post the card of {} in {}: {}", card.eventId(), channelId, e.getMessage());
      throw new IllegalArgumentException("Discord refused the post in <#" + channelId + ">: " + e.getMessage());
    }
    store.add(new AnnouncementStore.Posted(card.eventId(), channelId, sent.getId()), coordinator.getId());
  }

  /** Called after an RSVP change: schedules one redraw of the event's cards. */
  void changed(String eventId) {
    if (pending.add(eventId)) {
      timers.schedule(() -> redraw(eventId), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Checks every announced event now and then, so RSVPs changed outside this process (a `chat`, a
   * close or reopen) reach the cards too.
   */
  void watch(long periodSeconds) {
    timers.scheduleWithFixedDelay(() -> {
      List<String> announced;
      try {
        announced = store.announcedEvents();
      } catch (RuntimeException e) {
        LOG.warn("could not read the announced events: {}", e.getMessage());
        return;
      }
      for (String eventId : announced) {
        // One event at a time: a card that can't be drawn does not hold up the others.
        try {
          if (!cards.follows(eventId)) {
            drawn.remove(eventId);
            continue;
          }
          String shown = drawn.get(eventId);
          if (shown == null || !shown.equals(cards.card(eventId, null).card().toString())) {
            changed(eventId);
          }
        } catch (RuntimeException e) {
          LOG.warn("could not check the cards of {}: {}", eventId, e.getMessage());
        }
      }
    }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  private void redraw(String eventId) {
    pending.remove(eventId);
    try {
      Reply.Announcement card = cards.card(eventId, null);
      drawn.put(eventId, card.card().toString());
      MessageEditData edit = MessageEditData.fromCreateData(
          ReplyRenderer.render(Reply.embed(card.card()).withButtons(card.buttons())).get(0));
      for (AnnouncementStore.Posted posted : store.forEvent(eventId)) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, posted.channelId());
        if (channel == null) {
          continue;
        }
        channel.editMessageById(posted.messageId(), edit).queue(done -> { }, failure -> {
          if (failure instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
            store.remove(posted);
          } else {
            LOG.warn("could not update the card {}: {}", posted.messageId(), failure.getMessage());
          }
        });
      }
    } catch (RuntimeException e) {
      LOG.warn("could not redraw the cards of {}: {}", eventId, e.getMessage());
    }
  }
}
