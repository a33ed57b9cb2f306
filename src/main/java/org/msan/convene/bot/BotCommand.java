package org.msan.convene.bot;

import java.util.List;

/**
 * One slash command, defined once: its name, description, options and who may run it, and the
 * handler both the Discord and the console adapters call.
 */
public interface BotCommand {

  String name();

  String description();

  /** Its options, in the order Discord shows them; none by default. */
  default List<OptionSpec> options() {
    return List.of();
  }

  default Permission permission() {
    return Permission.EVERYONE;
  }

  /** True when only the member who ran it sees the reply (Discord's ephemeral messages). */
  default boolean repliesPrivately() {
    return false;
  }

  /**
   * True when it only reads what the network publishes (its documents, its calendar), so members of
   * other servers the bot is on may use it too; everything else runs only on the network's server.
   */
  default boolean forAnyServer() {
    return false;
  }

  /**
   * True when the work is short database work (an RSVP, a listing) that adapters may run beside
   * other quick work, never queued behind slow work; by default, what is not {@link #slow}.
   */
  default boolean quick() {
    return !slow();
  }

  /** True when the work may take longer than Discord's 3 seconds: the adapter defers first. */
  default boolean slow() {
    return false;
  }

  Reply handle(CommandRequest request);
}
