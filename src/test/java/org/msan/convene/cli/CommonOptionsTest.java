package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.config.Settings;
import picocli.CommandLine;

/**
 * Every command, whichever it is, reads the common options the same way before its name as after
 * it: {@code convene --data D check} is {@code convene check --data D}.
 */
final class CommonOptionsTest {

  private static final List<String> COMMON = List.of("--knowledge", "/k", "--data", "/d", "--today", "2020-01-05",
      "--time-zone", "Europe/Paris", "--prompts", "/p");
  /** What a command needs besides the common options to parse (a required option or parameter). */
  private static final Map<String, List<String>> OWN = Map.of(
      "eval", List.of("questions.jsonl"),
      "export", List.of("--event", "e1"),
      "backup", List.of("--to", "backup.db"));

  private static Settings parsed(List<String> args) {
    CommandLine commandLine = Main.commandLine(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    commandLine.parseArgs(args.toArray(String[]::new));
    return ((Main) commandLine.getCommand()).settings();
  }

  /** Each command that runs something, by its words: {@code [ask]}, {@code [rsvps, export]}, … */
  private static List<List<String>> commands(CommandLine parent, List<String> words) {
    List<List<String>> all = new ArrayList<>();
    parent.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help")) {
        return;
      }
      List<String> path = new ArrayList<>(words);
      path.add(name);
      if (sub.getSubcommands().isEmpty()) {
        all.add(path);
      } else {
        all.addAll(commands(sub, path));
      }
    });
    return all;
  }

  @Test
  @DisplayName("Every command reads the common options before its name as after it, over the environment's values")
  void everyCommandBothOrders() {
    List<List<String>> commands = commands(Main.commandLine(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of()), List.of());
    assertThat(commands).contains(List.of("ask"), List.of("backup"), List.of("rsvps", "export"), List.of("serve"),
        List.of("web"), List.of("bench")).hasSizeGreaterThanOrEqualTo(12);

    for (List<String> command : commands) {
      List<String> own = OWN.getOrDefault(command.get(command.size() - 1), List.of());

      Settings first = parsed(Args.of(COMMON, command, own));
      Settings last = parsed(Args.of(command, own, COMMON));

      assertThat(last).as("%s", command).isEqualTo(first);
      assertThat(first.knowledge()).as("%s", command).isEqualTo(Path.of("/k"));
      assertThat(first.data()).isEqualTo(Path.of("/d"));
      assertThat(first.today()).isEqualTo(LocalDate.of(2020, 1, 5));
      assertThat(first.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
      assertThat(first.prompts()).isEqualTo(Path.of("/p"));
    }
  }
}
