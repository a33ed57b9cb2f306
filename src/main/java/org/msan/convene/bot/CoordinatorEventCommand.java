package org.msan.convene.bot;

import java.util.List;

/** A coordinator's command about one event ({@code event} option), answered only to them. */
abstract class CoordinatorEventCommand implements BotCommand {

  public static final String EVENT = "event";

  @Override
  public final List<OptionSpec> options() {
    return List.of(OptionSpec.event(EVENT, "The event"));
  }

  @Override
  public final Permission permission() {
    return Permission.COORDINATOR;
  }

  @Override
  public final boolean repliesPrivately() {
    return true;
  }
}
