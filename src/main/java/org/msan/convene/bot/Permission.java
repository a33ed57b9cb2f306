package org.msan.convene.bot;

/** Who may run a command. */
public enum Permission {
  EVERYONE,
  /** Members with the coordinator role or Discord's Manage Events permission. */
  COORDINATOR
}
