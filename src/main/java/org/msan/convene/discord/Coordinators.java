package org.msan.convene.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/** Who counts as a coordinator: the configured role (by name or id) or Discord's Manage Events permission. */
final class Coordinators {

  private final String role;

  /** @param role a role name or id, or null when only Manage Events counts */
  Coordinators(String role) {
    this.role = role;
  }

  /** Asked on every call; outside a server (a DM) nobody is a coordinator. */
  boolean isCoordinator(Member member) {
    if (member == null) {
      return false;
    }
    if (member.hasPermission(Permission.MANAGE_EVENTS)) {
      return true;
    }
    if (role == null) {
      return false;
    }
    for (Role held : member.getRoles()) {
      if (held.getId().equals(role) || held.getName().equalsIgnoreCase(role)) {
        return true;
      }
    }
    return false;
  }
}
