package org.msan.convene.discord;

import java.time.ZoneId;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.events.PublishedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Discord's Events tab in step with the calendar ({@code CONVENE_PUBLISH_EVENTS=true}):
 * creates an external scheduled event for each upcoming event with a known day, updates one whose
 * details changed, cancels one that left the calendar. Running it twice changes nothing.
 */
final class ScheduledEventSync {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledEventSync.class);

  private final JDA jda;
  private final String guildId;
  private final PublishedEvents published;
  private final ZoneId zone;

  ScheduledEventSync(JDA jda, String guildId, PublishedEvents published, ZoneId zone) {
    this.jda = jda;
    this.guildId = guildId;
    this.published = published;
    this.zone = zone;
  }

  synchronized void sync(EventCalendar calendar) {
    Guild guild = jda.getGuildById(guildId);
    if (guild == null) {
      LOG.warn("cannot publish events: the bot is not on server {}", guildId);
      return;
    }
    Map<String, PublishedEvents.Published> wanted = published.wanted(calendar, zone);
    Map<String, PublishedEvents.Mirror> mirrors = published.mirrors(guildId);
    for (PublishedEvents.Published event : wanted.values()) {
      PublishedEvents.Mirror mirror = mirrors.get(event.eventId());
      try {
        if (mirror == null) {
          ScheduledEvent created = guild.createScheduledEvent(event.name(), event.location(), event.start(), event.end())
              .setDescription(TextLimits.trim(event.description(), ScheduledEvent.MAX_DESCRIPTION_LENGTH)).complete();
          published.saveMirror(guildId, event.eventId(), new PublishedEvents.Mirror(created.getId(), event.fingerprint()));
        } else if (!mirror.fingerprint().equals(event.fingerprint())) {
          guild.retrieveScheduledEventById(mirror.discordId()).complete().getManager()
              .setName(event.name()).setDescription(TextLimits.trim(event.description(), ScheduledEvent.MAX_DESCRIPTION_LENGTH))
              .setLocation(event.location()).setStartTime(event.start()).setEndTime(event.end()).complete();
          published.saveMirror(guildId, event.eventId(), new PublishedEvents.Mirror(mirror.discordId(), event.fingerprint()));
        }
      } catch (RuntimeException e) {
        LOG.warn("could not publish {}: {}", event.eventId(), e.getMessage());
      }
    }
    for (Map.Entry<String, PublishedEvents.Mirror> mirror : mirrors.entrySet()) {
      if (wanted.containsKey(mirror.getKey())) {
        continue;
      }
      boolean stillDated = calendar.byId(mirror.getKey()).map(e -> e.start().precision() > 0).orElse(false);
      if (stillDated) {
        // It has started or is over: Discord ends it itself; only the mapping goes.
        published.forget(mirror.getKey());
        continue;
      }
      try {
        guild.retrieveScheduledEventById(mirror.getValue().discordId()).complete().getManager()
            .setStatus(ScheduledEvent.Status.CANCELED).complete();
      } catch (RuntimeException e) {
        LOG.warn("could not cancel the Discord event of {}: {}", mirror.getKey(), e.getMessage());
      }
      published.forget(mirror.getKey());
    }
  }
}
