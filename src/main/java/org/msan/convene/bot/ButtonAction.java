package org.msan.convene.bot;

/** What a button does; its id carries everything it needs, so it works after a restart. */
public interface ButtonAction {

  /** The first part of the ids this action answers ("rsvp", "fb"). */
  String prefix();

  Reply press(ButtonId id, CommandRequest request);

  /** True when other servers' members may press it too (see {@link BotCommand#forAnyServer}). */
  default boolean forAnyServer() {
    return false;
  }
}
