package org.msan.convene.discord;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
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

  /** Posts a card; the message is recorded so its counts follow the RSVPs, also after a restart. */
  void post(Reply.Announcement card, String fallbackChannelId, String postedBy) {
    String channelId = card.channelId() == null ? fallbackChannelId : card.channelId();
    GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null) {
      throw new IllegalArgumentException("I can't post in that channel: is it a text channel I can see?");
    }
    var message = ReplyRenderer.render(Reply.embed(card.card()).withButtons(card.buttons())).get(0);
    channel.sendMessage(message).queue(
        sent -> store.add(new AnnouncementStore.Posted(card.eventId(), channelId, sent.getId()), postedBy),
        failure -> LOG.warn("could not post the card of {} in {}: {}", card.eventId(), channelId, failure.getMessage()));
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
      try {
        for (String eventId : store.announcedEvents()) {
          String shown = drawn.get(eventId);
          if (shown == null || !shown.equals(cards.card(eventId, null).card().toString())) {
            changed(eventId);
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("could not check the announcement cards: {}", e.getMessage());
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
