package org.msan.convene.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/**
 * Who counts as a coordinator (the configured role, by name or id, or Discord's Manage Events
 * permission) and who as staff (a coordinator, or a member with the staff role).
 */
final class Coordinators {

  private final String role;
  private final String staffRole;

  /** @param role a role name or id, or null when only Manage Events counts */
  Coordinators(String role) {
    this(role, null);
  }

  /** @param staffRole a role name or id whose members are staff, or null when only coordinators are */
  Coordinators(String role, String staffRole) {
    this.role = role;
    this.staffRole = staffRole;
  }

  /** Asked on every call; outside a server (a DM) nobody is staff. */
  boolean isStaff(Member member) {
    return isCoordinator(member) || member != null && staffRole != null && holds(member, staffRole);
  }

  /** Asked on every call; outside a server (a DM) nobody is a coordinator. */
  boolean isCoordinator(Member member) {
    if (member == null) {
      return false;
    }
    if (member.hasPermission(Permission.MANAGE_EVENTS)) {
      return true;
    }
    return role != null && holds(member, role);
  }

  private static boolean holds(Member member, String role) {
    for (Role held : member.getRoles()) {
      if (held.getId().equals(role) || held.getName().equalsIgnoreCase(role)) {
        return true;
      }
    }
    return false;
  }
}
