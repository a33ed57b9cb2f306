package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class CommandRegistryTest {

  private final AtomicInteger ran = new AtomicInteger();

  private BotCommand command(String name, Permission permission) {
    return new BotCommand() {
      @Override public String name() { return name; }
      @Override public String description() { return "test"; }
      @Override public List<OptionSpec> options() {
        return List.of(OptionSpec.event("event", "The event"), OptionSpec.integer("guests", "Guests", 0, 10));
      }
      @Override public Permission permission() { return permission; }
      @Override public Reply handle(CommandRequest request) {
        ran.incrementAndGet();
        if (request.get("event").equals("boom")) {
          throw new IllegalStateException("secret internals");
        }
        return Reply.text("ok " + request.options());
      }
    };
  }

  private static CommandRequest caller(boolean coordinator) {
    return new CommandRequest("u1", "Ana", coordinator, Map.of());
  }

  @Test
  @DisplayName("Two commands with one name are refused when the registry is built")
  void duplicateNames() {
    assertThatThrownBy(() -> new CommandRegistry(
        List.of(command("x", Permission.EVERYONE), command("x", Permission.EVERYONE)), List.of(), t -> List.of()))
        .hasMessageContaining("/x");
  }

  @Test
  @DisplayName("Coordinator commands are checked on every call: members are refused, coordinators run them")
  void coordinatorPermission() {
    CommandRegistry registry = new CommandRegistry(List.of(command("close", Permission.COORDINATOR)), List.of(),
        t -> List.of());

    Reply refused = registry.run("close", Map.of("event", "e"), caller(false));
    Reply allowed = registry.run("close", Map.of("event", "e"), caller(true));

    assertThat(refused.text()).isEqualTo("Only coordinators can use /close.");
    assertThat(refused.ephemeral()).isTrue();
    assertThat(allowed.text()).startsWith("ok");
    assertThat(ran).hasValue(1);
  }

  @Test
  @DisplayName("Options are validated before the handler runs; a failure is a friendly ephemeral reply")
  void validationAndFailures() {
    CommandRegistry registry = new CommandRegistry(List.of(command("rsvp", Permission.EVERYONE)), List.of(),
        t -> List.of());

    assertThat(registry.run("rsvp", Map.of(), caller(false)).text()).isEqualTo("/rsvp needs an event: try /rsvp event:<id> (see /events)");
    assertThat(registry.run("rsvp", Map.of("event", "e", "guests", "two"), caller(false)).text())
        .isEqualTo("guests must be a whole number from 0 to 10.");
    assertThat(registry.run("rsvp", Map.of("event", "e", "x", "1"), caller(false)).text())
        .startsWith("/rsvp has no option 'x'.");
    Reply failed = registry.run("rsvp", Map.of("event", "boom"), caller(false));
    assertThat(failed.text()).isEqualTo(CommandRegistry.FAILED).doesNotContain("secret");
    assertThat(failed.ephemeral()).isTrue();
    assertThat(registry.run("nope", Map.of(), caller(false)).text()).startsWith("There is no /nope command.");
    assertThat(ran).hasValue(1);
  }
}
