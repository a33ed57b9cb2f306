package org.msan.convene.bot;

/** Who may run a command. */
public enum Permission {
  EVERYONE,
  /** Members with the coordinator role or Discord's Manage Events permission. */
  COORDINATOR,
  /** Those who keep the answers current: coordinators and members with the staff role. */
  STAFF
}
