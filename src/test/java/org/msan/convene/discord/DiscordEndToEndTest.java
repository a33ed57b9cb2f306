package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.cli.Main;
import org.msan.convene.config.Settings;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * {@code convene serve} with the real JDA client against the local stand-in of Discord: it
 * connects, registers the commands, and answers interactions and mentions within Discord's rules.
 */
final class DiscordEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long ACK_LIMIT_MILLIS = 3000;

  @TempDir Path data;
  private DiscordStandIn discord;
  private Process serve;
  private final StringBuffer output = new StringBuffer();

  @TempDir Path calendarFolder;

  @BeforeEach
  void start(org.junit.jupiter.api.TestInfo test) throws Exception {
    discord = new DiscordStandIn();
    if (!List.of("publishesScheduledEvents", "remindsOnceAcrossRestarts", "staffCloseAGap")
        .contains(test.getTestMethod().orElseThrow().getName())) {
      startServe();
    }
  }

  private void startServe() throws Exception {
    startServe(Path.of("knowledge").toAbsolutePath(), Map.of(), "--today", "2019-11-15");
  }

  private void startServe(Path knowledge, Map<String, String> extraEnv, String... extraArgs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--knowledge", knowledge.toString(), "--data", data.toString()));
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.putAll(extraEnv);
    env.put("DISCORD_TOKEN", DiscordSettingsTest.TOKEN);
    env.put("CONVENE_DISCORD_API", discord.apiUrl());
    env.put("CONVENE_DISCORD_GATEWAY", discord.gatewayUrl());
    env.put("CONVENE_GUILD_ID", DiscordStandIn.GUILD_ID);
    env.put("CONVENE_COORDINATOR_ROLE", "Coordinators");
    serve = builder.start();
    CountDownLatch ready = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          output.append(line).append('\n');
          if (line.startsWith("Convene is ready")) {
            ready.countDown();
          }
        }
      } catch (Exception ignored) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertThat(ready.await(90, TimeUnit.SECONDS)).as("serve printed its ready line; output:\n%s", output).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    stopServe();
    discord.close();
  }

  /** SIGTERM, as an operator stops it: the bot shuts down cleanly. */
  private void stopServe() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
      serve = null;
    }
  }

  private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
  }

  private DiscordStandIn.Request callback(String interactionId) throws InterruptedException {
    await(() -> !discord.requests("POST", "interactions/" + interactionId + "/").isEmpty(), 30_000);
    List<DiscordStandIn.Request> callbacks = discord.requests("POST", "interactions/" + interactionId + "/");
    assertThat(callbacks).as("callbacks of %s", interactionId).hasSize(1);
    return callbacks.get(0);
  }

  private static JsonNode json(DiscordStandIn.Request request) throws Exception {
    return JSON.readTree(DiscordStandIn.jsonPart(request.body()));
  }

  private static void assertWithinDiscordLimits(JsonNode message) {
    assertThat(message.path("content").asText().length()).isLessThanOrEqualTo(2000);
    for (JsonNode embed : message.path("embeds")) {
      assertThat(embed.path("description").asText().length()).isLessThanOrEqualTo(4096);
    }
    assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
  }

  @Test
  @DisplayName("serve registers the commands, answers /ask, /rsvp, a button and a mention within Discord's rules")
  void servesEveryKindOfInteraction() throws Exception {
    List<DiscordStandIn.Request> registration = discord.requests("PUT",
        "applications/" + DiscordStandIn.BOT_ID + "/guilds/" + DiscordStandIn.GUILD_ID + "/commands");
    assertThat(registration).hasSize(1);
    List<DiscordStandIn.Request> global = discord.requests("PUT", "applications/" + DiscordStandIn.BOT_ID + "/commands");
    assertThat(global).as("global commands of an earlier version are removed").hasSize(1);
    assertThat(global.get(0).body()).isEqualTo("[]");
    Map<String, JsonNode> commands = new HashMap<>();
    JSON.readTree(registration.get(0).body()).forEach(c -> commands.put(c.path("name").asText(), c));
    assertThat(commands.keySet()).containsExactlyInAnyOrder("ask", "events", "event", "rsvp", "myrsvps", "rsvps",
        "rsvps-export", "rsvp-close", "rsvp-open", "reload", "notifications", "reminders", "announce", "gaps", "teach",
        "audit", "knowledge-add", "knowledge-list", "knowledge-remove", "knowledge-restore");
    assertThat(commands.get("knowledge-add").path("options").get(0).path("type").asInt()).as("an attachment").isEqualTo(11);
    assertThat(commands.get("teach").path("default_member_permissions").asText()).isEqualTo(String.valueOf(1L << 33));
    assertThat(commands.get("rsvps").path("default_member_permissions").asText()).isEqualTo(String.valueOf(1L << 33));
    assertThat(commands.get("rsvp").path("options").get(0).path("autocomplete").asBoolean()).isTrue();

    long asked = System.currentTimeMillis();
    DiscordStandIn.Request ask = callback(discord.slash("ask", "question", "When is the next in-person convening?"));
    assertThat(ask.atMillis() - asked).isLessThan(ACK_LIMIT_MILLIS);
    JsonNode answer = json(ask);
    assertThat(answer.path("type").asInt()).isEqualTo(4);
    assertWithinDiscordLimits(answer.path("data"));
    assertThat(answer.path("data").path("embeds").get(0).path("description").asText()).contains("January 2020");

    long rsvped = System.currentTimeMillis();
    DiscordStandIn.Request rsvp = callback(discord.slash("rsvp", "event", "mdn-january-convening", "status", "going"));
    assertThat(rsvp.atMillis() - rsvped).isLessThan(ACK_LIMIT_MILLIS);
    assertThat(json(rsvp).path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertWithinDiscordLimits(json(rsvp).path("data"));

    DiscordStandIn.Request press = callback(discord.press("rsvp:mdn-january-convening:maybe"));
    assertThat(json(press).path("data").path("content").asText()).contains("maybe");

    discord.mention("@everyone how much does the Midwest District Network cost?");
    await(() -> !discord.requests("POST", "channels/" + DiscordStandIn.CHANNEL_ID + "/messages").isEmpty(), 30_000);
    JsonNode reply = json(discord.requests("POST", "channels/" + DiscordStandIn.CHANNEL_ID + "/messages").get(0));
    assertWithinDiscordLimits(reply);
    assertThat(reply.path("embeds").get(0).path("description").asText()).contains("$20,000");
    assertThat(reply.path("allowed_mentions").path("replied_user").asBoolean()).isFalse();

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("convene.db"));
        ResultSet row = db.createStatement().executeQuery(
            "SELECT user_id, status FROM rsvp WHERE event_id = 'mdn-january-convening'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo(DiscordStandIn.MEMBER_ID);
      assertThat(row.getString(2)).isEqualTo("maybe");
      assertThat(row.next()).isFalse();
    }
  }

  @Test
  @DisplayName("An announced card's counts change after a button press, and again after a restart")
  void announcementFollowsRsvps() throws Exception {
    discord.coordinator = true;
    DiscordStandIn.Request announce = callback(discord.slash("announce", "event", "mdn-january-convening"));
    assertThat(json(announce).path("data").path("content").asText()).startsWith("Announced");
    String cards = "channels/" + DiscordStandIn.CHANNEL_ID + "/messages";
    await(() -> !discord.requests("POST", cards).isEmpty(), 30_000);
    JsonNode card = json(discord.requests("POST", cards).get(0));
    assertThat(card.path("embeds").get(0).toString()).contains("0 going");
    assertThat(card.path("components").toString()).contains("rsvp:mdn-january-convening:going");

    discord.coordinator = false;
    callback(discord.press("rsvp:mdn-january-convening:going"));
    await(() -> !discord.requests("PATCH", cards + "/").isEmpty(), 30_000);
    assertThat(discord.requests("PATCH", cards + "/")).hasSize(1);
    assertThat(json(discord.requests("PATCH", cards + "/").get(0)).path("embeds").get(0).toString()).contains("1 going");

    stopServe();
    startServe();
    assertThat(discord.requests("PUT", "guilds/" + DiscordStandIn.GUILD_ID + "/commands"))
        .as("unchanged commands are not registered again").hasSize(1);
    callback(discord.slash("rsvp", "event", "mdn-january-convening", "status", "maybe"));
    await(() -> discord.requests("PATCH", cards + "/").size() > 1, 30_000);
    JsonNode after = json(discord.requests("PATCH", cards + "/").get(1));
    assertThat(after.path("embeds").get(0).toString()).contains("0 going, 1 maybe");
  }

  @Test
  @DisplayName("With CONVENE_PUBLISH_EVENTS, dated events become Discord events, updated and cancelled as events.yaml changes")
  void publishesScheduledEvents() throws Exception {
    Path events = calendarFolder.resolve("events.yaml");
    Files.writeString(events, """
        events:
          - {id: spring-convening, title: Spring Convening, start: "2030-05-01T10:00 America/Chicago", location: Madison}
          - {id: summer-day, title: Summer Day, start: 2030-06-01}
          - {id: some-month, title: Some Month, start: 2030-07}
        """);
    Map<String, String> publish = Map.of("CONVENE_PUBLISH_EVENTS", "true");
    startServe(calendarFolder, publish);
    String scheduled = "guilds/" + DiscordStandIn.GUILD_ID + "/scheduled-events";

    List<DiscordStandIn.Request> created = discord.requests("POST", scheduled);
    assertThat(created).as("serve output:\n%s", output).hasSize(2);
    assertThat(created.stream().map(r -> r.body()).toList()).anySatisfy(body -> assertThat(body)
        .contains("\"name\":\"Spring Convening\"", "\"entity_type\":3", "\"location\":\"Madison\"",
            "2030-05-01T10:00:00-05:00"));

    Files.writeString(events, """
        events:
          - {id: spring-convening, title: Spring Convening (moved), start: "2030-05-02T10:00 America/Chicago", location: Madison}
          - {id: some-month, title: Some Month, start: 2030-07}
        """);
    await(() -> discord.requests("PATCH", scheduled + "/").size() >= 2, 60_000);
    List<String> patches = discord.requests("PATCH", scheduled + "/").stream().map(DiscordStandIn.Request::body).toList();
    assertThat(patches).anySatisfy(body -> assertThat(body).contains("Spring Convening (moved)"));
    assertThat(patches).anySatisfy(body -> assertThat(body).contains("\"status\":4"));

    stopServe();
    int before = discord.requests.size();
    startServe(calendarFolder, publish);
    Thread.sleep(500);
    assertThat(discord.requests.subList(before, discord.requests.size()))
        .noneMatch(r -> r.path().contains("scheduled-events"));
  }

  @Test
  @DisplayName("A reminder due at start is sent as a DM once, by the real clock whatever --today says; a restart does not send it again")
  void remindsOnceAcrossRestarts() throws Exception {
    // Reminders are real messages at real times: --today moves schedule answers and deadlines, not them.
    Clock yesterday = Clock.offset(Clock.system(Settings.DEFAULT_TIME_ZONE), Duration.ofDays(-1));
    LocalDate tomorrow = LocalDate.now(yesterday).plusDays(2);
    Files.writeString(calendarFolder.resolve("events.yaml"),
        "events:\n  - {id: tomorrow, title: Tomorrow's Convening, start: " + tomorrow + "}\n");
    String[] today = {"--today", "2019-11-15"};
    // Said yesterday; the 1-day reminder is due at the send hour (here midnight) of today.
    Map<String, String> midnight = Map.of("CONVENE_REMINDER_HOUR", "0");
    try (Convene said = new Convene(new Settings(calendarFolder, data, null, Settings.DEFAULT_TIME_ZONE), yesterday)) {
      said.rsvps().rsvp(new Member(DiscordStandIn.MEMBER_ID, "Ana"), "tomorrow", RsvpStatus.GOING, null, null);
    }

    startServe(calendarFolder, midnight, today);
    await(() -> discord.requests("POST", "/messages").stream().anyMatch(r -> r.body().contains("Reminder")), 60_000);
    List<DiscordStandIn.Request> reminders = discord.requests("POST", "/messages").stream()
        .filter(r -> r.body().contains("Reminder")).toList();
    assertThat(discord.requests("POST", "/channels").stream().filter(r -> r.path().contains("users/"))).isNotEmpty();
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).body()).contains("Tomorrow's Convening", "You said you're going");
    assertWithinDiscordLimits(json(reminders.get(0)));

    stopServe();
    startServe(calendarFolder, midnight, today);
    Thread.sleep(1500);
    assertThat(discord.requests("POST", "/messages").stream().filter(r -> r.body().contains("Reminder"))).hasSize(1);
  }

  @Test
  @DisplayName("Staff close a gap: /gaps, its Answer button's modal, the submit; /teach; an uploaded document; the asker's DM")
  void staffCloseAGap() throws Exception {
    Files.writeString(calendarFolder.resolve("cost.md"), "# Cost\n\nThe fee is $20,000 per district team, per year.\n");
    startServe(calendarFolder, Map.of(), "--today", "2019-11-15");

    callback(discord.slash("ask", "question", "Which hotel is reserved for the January convening?"));
    discord.coordinator = true;
    JsonNode gaps = json(callback(discord.slash("gaps")));
    assertThat(gaps.path("data").path("content").asText()).contains("Which hotel is reserved for the January convening?");
    String button = gaps.path("data").path("components").get(0).path("components").get(0).path("custom_id").asText();
    assertThat(button).startsWith("gap:");

    JsonNode modal = json(callback(discord.press(button)));
    assertThat(modal.path("type").asInt()).as("a modal").isEqualTo(9);
    String form = modal.path("data").path("custom_id").asText();
    assertThat(form).startsWith("teach:");
    assertThat(modal.path("data").toString()).contains("Which hotel is reserved for the January convening?");

    String submitted = discord.submitForm(form, "question", "Which hotel is reserved for the January convening?",
        "answer", "Rooms are held at the Lakeside Inn; book by December 15.", "source", "");
    await(() -> discord.requests.stream().anyMatch(r -> r.body().contains("Saved ")), 60_000);
    assertThat(discord.requests("POST", "interactions/" + submitted + "/")).hasSize(1);
    assertThat(Files.readString(calendarFolder.resolve("answers/which-hotel-is-reserved-for-the-january-convening.md")))
        .contains("Rooms are held at the Lakeside Inn");

    await(() -> discord.requests("POST", "/messages").stream().anyMatch(r -> r.body().contains("You asked")), 60_000);
    List<DiscordStandIn.Request> told = discord.requests("POST", "/messages").stream()
        .filter(r -> r.body().contains("You asked")).toList();
    assertThat(told).as("the member who asked gets one DM").hasSize(1);
    assertThat(told.get(0).body()).contains("Rooms are held at the Lakeside Inn");

    String taught = discord.slash("teach", "question", "Is there parking at the convening?", "answer",
        "Yes, free parking in Lot B.");
    await(() -> discord.requests.stream().anyMatch(r -> r.body().contains("is-there-parking-at-the-convening")), 60_000);
    assertThat(discord.requests("POST", "interactions/" + taught + "/")).hasSize(1);

    String upload = discord.slashWithFile("knowledge-add", "file", "visitors.md",
        "# Visitors\n\nVisitors sign in at the front desk of the district office.\n".getBytes(StandardCharsets.UTF_8));
    await(() -> discord.requests.stream().anyMatch(r -> r.body().contains("knowledge/visitors.md")), 60_000);
    assertThat(discord.requests("POST", "interactions/" + upload + "/")).hasSize(1);
    assertThat(Files.readString(calendarFolder.resolve("visitors.md"))).contains("front desk");
    JsonNode asked = json(callback(discord.slash("ask", "question", "Where do visitors sign in?")));
    assertThat(asked.path("data").path("embeds").get(0).path("description").asText()).contains("front desk");
  }

  @Test
  @DisplayName("50 /ask interactions delivered at once are all acknowledged within 3 seconds")
  void fiftyAtOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    Map<String, Long> sent = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      long now = System.currentTimeMillis();
      String id = discord.slash("ask", "question", i % 2 == 0 ? "What are MSAN's core values?" : "Who should apply?");
      ids.add(id);
      sent.put(id, now);
    }
    for (String id : ids) {
      DiscordStandIn.Request first = callback(id);
      assertThat(first.atMillis() - sent.get(id)).as("acknowledgement of %s", id).isLessThan(ACK_LIMIT_MILLIS);
    }
    assertThat(Files.exists(data.resolve("convene.db"))).isTrue();
  }

  @Test
  @DisplayName("serve with CONVENE_HTTP_PORT also serves the page and the feed; Add to calendar sends the .ics privately")
  void servesTheWebPartAndCalendarFiles() throws Exception {
    stopServe();
    Files.writeString(calendarFolder.resolve("events.yaml"), """
        events:
          - {id: spring-convening, title: Spring Convening, start: "2030-05-01T10:00 America/Chicago", location: Madison}
          - {id: some-month, title: Some Month, start: 2030-07}
        """);
    startServe(calendarFolder, Map.of("CONVENE_HTTP_PORT", "0"));
    java.util.regex.Matcher url = java.util.regex.Pattern.compile("the events page on (http://127\\.0\\.0\\.1:\\d+/)")
        .matcher(output);
    assertThat(url.find()).as("serve output:\n%s", output).isTrue();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI base = java.net.URI.create(url.group(1));
    String page = http.send(java.net.http.HttpRequest.newBuilder(base).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    assertThat(page).contains("Spring Convening", "some time in July 2030", "/events/spring-convening.ics");
    java.net.http.HttpResponse<String> feed = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("calendar.ics"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
    assertThat(feed.body()).contains("UID:spring-convening@convene").doesNotContain("some-month");

    DiscordStandIn.Request file = callback(discord.press("cal:spring-convening"));
    assertThat(file.body()).contains("spring-convening.ics", "BEGIN:VCALENDAR",
        "DTSTART;TZID=America/Chicago:20300501T100000");
    assertThat(json(file).path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    DiscordStandIn.Request none = callback(discord.press("cal:some-month"));
    assertThat(json(none).path("data").path("content").asText()).contains("no day is set yet");
    assertThat(none.body()).doesNotContain("BEGIN:VCALENDAR");
  }
}
