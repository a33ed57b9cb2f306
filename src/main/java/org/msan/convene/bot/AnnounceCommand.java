package org.msan.convene.bot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /announce event [channel]} (coordinators): posts the event's card with RSVP buttons in a
 * channel; its counts are kept current as members answer.
 */
public final class AnnounceCommand implements BotCommand {

  public static final String EVENT = "event";
  public static final String CHANNEL = "channel";
  private static final Pattern CHANNEL_ID = Pattern.compile("<?#?(\\d{15,21})>?");

  private final AnnouncementCards cards;

  public AnnounceCommand(AnnouncementCards cards) {
    this.cards = cards;
  }

  @Override
  public String name() {
    return "announce";
  }

  @Override
  public String description() {
    return "Post an event with RSVP buttons in a channel (coordinators)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.event(EVENT, "The event"),
        OptionSpec.channel(CHANNEL, "The channel (default: this one)", false));
  }

  @Override
  public Permission permission() {
    return Permission.COORDINATOR;
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String channel = request.find(CHANNEL).map(AnnounceCommand::channelId).orElse(null);
    Reply.Announcement card = cards.card(request.get(EVENT), channel);
    // The adapter posts the card and says so only once it is posted (or why it could not be).
    return Reply.privately("Announced **" + card.card().title() + "**" + (channel == null ? "" : " in <#" + channel + ">")
        + ". Its counts will follow the RSVPs.").withAnnouncement(card);
  }

  private static String channelId(String text) {
    Matcher id = CHANNEL_ID.matcher(text.strip());
    if (!id.matches()) {
      throw new IllegalArgumentException("channel must be a channel, like #announcements (or its id).");
    }
    return id.group(1);
  }
}
