package org.msan.convene.cli;

import org.msan.convene.Convene;
import org.msan.convene.config.Settings;
import picocli.CommandLine.Model.CommandSpec;
import java.util.function.Supplier;

/**
 * A subcommand's view of the common options ({@link GlobalOptions}): they are declared once, on
 * {@code convene} itself, and inherited by every subcommand, so they may be written before the
 * subcommand or after it ({@code convene --data DIR check} or {@code convene check --data DIR}).
 */
final class CommonOptions {

  private final Supplier<CommandSpec> command;

  /** @param command the subcommand's spec, injected by picocli by the time {@link #settings} is called */
  CommonOptions(Supplier<CommandSpec> command) {
    this.command = command;
  }

  Settings settings() {
    return ((Main) command.get().root().userObject()).settings();
  }

  /** A composition root on the settings: it builds only what the command then asks it for. */
  Convene convene() {
    return new Convene(settings());
  }
}
