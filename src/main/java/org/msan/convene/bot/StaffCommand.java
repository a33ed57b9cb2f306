package org.msan.convene.bot;

/** A command for staff (coordinators and the staff role), whose replies only the staff member sees. */
interface StaffCommand extends BotCommand {

  @Override
  default Permission permission() {
    return Permission.STAFF;
  }

  @Override
  default boolean repliesPrivately() {
    return true;
  }
}
