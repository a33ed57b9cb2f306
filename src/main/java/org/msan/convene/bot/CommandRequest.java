package org.msan.convene.bot;

import java.util.Map;
import java.util.Optional;

/**
 * A command or button press as the handlers see it, the same from Discord and from the console.
 *
 * @param coordinator whether the adapter found the coordinator role or Manage Events on this call,
 *     on the network's own server
 * @param staff whether they keep the answers current: a coordinator, or a member with the staff role,
 *     on the network's own server
 * @param homeServer false when the call comes from another Discord server than the network's: only
 *     commands that read public documents run there
 * @param options validated option values by name
 */
public record CommandRequest(String userId, String displayName, boolean coordinator, boolean staff,
    boolean homeServer, Map<String, String> options) {

  public CommandRequest {
    options = Map.copyOf(options);
    staff = staff || coordinator;
  }

  /** A call on the network's own server (or the console, or a DM); a coordinator is staff too. */
  public CommandRequest(String userId, String displayName, boolean coordinator, Map<String, String> options) {
    this(userId, displayName, coordinator, coordinator, true, options);
  }

  public String get(String option) {
    String value = options.get(option);
    if (value == null) {
      throw new IllegalStateException("option " + option + " is required and was validated");
    }
    return value;
  }

  public Optional<String> find(String option) {
    return Optional.ofNullable(options.get(option));
  }

  public CommandRequest withOptions(Map<String, String> newOptions) {
    return new CommandRequest(userId, displayName, coordinator, staff, homeServer, newOptions);
  }
}
