package org.msan.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;
import org.msan.convene.database.Database;
import org.msan.convene.events.ExportFixture;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/** The web part as a browser and a calendar app reach it: real HTTP requests to the started server. */
final class WebServerTest {

  @TempDir Path dir;
  private Path knowledge;
  private Settings settings;
  private Convene site;
  private WebServer server;
  private URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), ExportFixture.EVENTS_YAML);
    Files.writeString(knowledge.resolve("series.ics"), ExportFixture.SERIES_ICS.replace("\n", "\r\n"));
    settings = new Settings(knowledge, dir.resolve("data"), LocalDate.of(2027, 1, 10), ExportFixture.CHICAGO);
    site = new Convene(settings);
    server = site.startWeb(new WebSettings(0, null, ExportFixture.NETWORK));
    site.watchFolder();
    base = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
  }

  @AfterEach
  void tearDown() throws Exception {
    site.close();
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static void assertSafeHeaders(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Content-Type")).as("content type of " + response.uri()).isPresent();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .contains("default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  }

  private static Calendar calendar(byte[] ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
    assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").isEmpty();
    return calendar;
  }

  @Test
  @DisplayName("The page lists upcoming convenings soonest first, month-only as 'some time in …', with counts and no names")
  void page() throws Exception {
    try (Database database = Database.open(settings.database())) {
      // Another process (the bot) records RSVPs; the page shows how many, never who.
      RsvpService rsvps = new RsvpService(database, site.calendars(), settings.scheduleClock(Clock.system(settings.timeZone())));
      rsvps.rsvp(new Member("111111111111111111", "Ana Confidential"), "spring-institute", RsvpStatus.GOING, 2,
          "vegetarian");
    }

    HttpResponse<byte[]> response = get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertSafeHeaders(response);
    String html = text(response);
    assertThat(html).doesNotContain("Ana Confidential", "vegetarian", "111111111111111111", "<script");
    assertThat(html).contains("Spring Institute – Équité &amp; &lt;Leadership&gt;");
    Document page = Jsoup.parse(html);
    assertThat(page.select(".network").text()).isEqualTo(ExportFixture.NETWORK);
    assertThat(page.select("li.event h2").eachText()).containsExactly("Board call", "East Coast site visit",
        "Family Meetup", "Data Office Hours", "Data Day", "Spring Institute – Équité & <Leadership>", "Summer Retreat",
        "Fall kick-off");
    Element institute = page.getElementById("spring-institute");
    assertThat(institute.select(".when").text()).isEqualTo("Thursday–Saturday, April 15–17, 2027");
    assertThat(institute.select(".places").text()).isEqualTo("37 of 40 places left");
    assertThat(institute.select(".location").text()).isEqualTo("Madison, WI");
    assertThat(institute.select("a.ics").attr("href")).isEqualTo("/events/spring-institute.ics");
    assertThat(page.getElementById("board-call").select("dt, dd").eachText())
        .containsExactly("Kind", "virtual", "Where", "https://zoom.example.org/j/123", "Going", "No one yet");
    Element kickoff = page.getElementById("fall-kickoff");
    assertThat(kickoff.select(".when").text()).isEqualTo("some time in October 2027");
    assertThat(kickoff.select("a.ics")).isEmpty();
    assertThat(kickoff.select(".noday").text()).isEqualTo("No day set yet");
    assertThat(page.getElementById("family-meetup-example-org").select(".status").text()).isEqualTo("Cancelled");
    assertThat(page.getElementById("family-meetup-example-org").select("a.ics").text()).isEqualTo("Remove from calendar");
    assertThat(page.getElementById("office-hours-example-org-2027-03-02").select("dd").first().text())
        .isEqualTo("weekly on Tuesdays");
    assertThat(page.select("a[href=/calendar.ics]")).hasSize(1);

    HttpResponse<byte[]> css = get("/style.css");
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertSafeHeaders(css);
  }

  @Test
  @DisplayName("The feed is text/calendar, valid RFC 5545, and answers 304 to a repeated request with its ETag")
  void feedAndConditionalRequests() throws Exception {
    HttpResponse<byte[]> first = get("/calendar.ics");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
    assertSafeHeaders(first);
    List<VEvent> events = calendar(first.body()).getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue()).contains(
        "board-call@convene", "office-hours-example-org@convene").doesNotContain("fall-kickoff@convene");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<byte[]> again = get("/calendar.ics", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);
    assertSafeHeaders(again);
    assertThat(get("/calendar.ics", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(get("/calendar.ics", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

    // An event changes: a new ETag, the old one gets the whole feed, with SEQUENCE raised.
    Files.writeString(knowledge.resolve("events.yaml"),
        ExportFixture.EVENTS_YAML.replace("Quarterly call", "Quarterly call, moved online"));
    site.calendars().reload();
    HttpResponse<byte[]> changed = get("/calendar.ics", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    VEvent call = calendar(changed.body()).<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("board-call@convene"))
        .findFirst().orElseThrow();
    assertThat(call.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
  }

  @Test
  @DisplayName("An event's .ics is served as an attachment; a month-only or unknown event is a plain 404")
  void eventFiles() throws Exception {
    HttpResponse<byte[]> series = get("/events/office-hours-example-org-2027-03-09.ics");
    assertThat(series.statusCode()).isEqualTo(200);
    assertThat(series.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
    assertThat(series.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"office-hours-example-org.ics\"");
    assertThat(text(series)).contains("RRULE:", "EXDATE;TZID=America/Chicago:20270316T150000");
    calendar(series.body());
    assertThat(get("/events/office-hours-example-org.ics", "If-None-Match",
        series.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(404);

    HttpResponse<byte[]> kickoff = get("/events/fall-kickoff.ics");
    assertThat(kickoff.statusCode()).isEqualTo(404);
    assertThat(kickoff.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
    assertThat(text(kickoff)).isEqualTo("'Fall kick-off' has no day yet, so there is no calendar file for it.\n");
    assertSafeHeaders(kickoff);
    assertThat(get("/events/no-such-event.ics").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("Only GET and HEAD, small requests, no files from disk; every answer has a type and the security headers")
  void limits() throws Exception {
    HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(base).POST(HttpRequest.BodyPublishers.ofString("x"))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    assertSafeHeaders(post);

    HttpResponse<byte[]> withBody = http.send(HttpRequest.newBuilder(base)
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(1000))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(withBody.statusCode()).isEqualTo(413);
    assertThat(get("/?q=" + "a".repeat(3000)).statusCode()).isEqualTo(414);
    HttpResponse<byte[]> bigHeaders = get("/", "X-Padding", "p".repeat(9000));
    assertThat(bigHeaders.statusCode()).isEqualTo(431);
    assertSafeHeaders(bigHeaders);

    for (String path : List.of("/events/", "/events/../events.yaml", "/knowledge/events.yaml", "/data/convene.db",
        "/org/msan/convene/web/events.mustache", "/favicon.ico")) {
      HttpResponse<byte[]> missing = get(path);
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type")).as(path).contains("text/plain; charset=utf-8");
      assertSafeHeaders(missing);
    }

    HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(base).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertSafeHeaders(head);
  }

  @Test
  @DisplayName("A client past its burst gets 429 with Retry-After; other clients are not held back")
  void rateLimit() throws Exception {
    try (Database database = Database.open(dir.resolve("limited.db"));
        WebServer limited = WebServer.start(new WebSettings(0, null, null),
            new org.msan.convene.events.CalendarExport(site.calendars(), database, settings.scheduleClock(Clock.system(settings.timeZone()))),
            new EventsPage(site.calendars(), new RsvpService(database, site.calendars(), settings.scheduleClock(Clock.system(settings.timeZone()))),
                settings.scheduleClock(Clock.system(settings.timeZone())), "Network"),
            new WebServer.Limits(3, 0.01))) {
      URI limitedBase = URI.create("http://127.0.0.1:" + limited.address().getPort() + "/calendar.ics");
      int[] statuses = new int[5];
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = http.send(HttpRequest.newBuilder(limitedBase).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
      HttpResponse<Void> refused = http.send(HttpRequest.newBuilder(limitedBase).build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(refused.headers().firstValue("Retry-After")).contains("100");
      assertSafeHeaders(refused);
      // Behind a local reverse proxy, each forwarded client has its own allowance.
      HttpResponse<Void> proxied = http.send(HttpRequest.newBuilder(limitedBase)
          .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.discarding());
      assertThat(proxied.statusCode()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("It listens on 127.0.0.1 unless CONVENE_HTTP_BIND says otherwise; a bad port is named")
  void bindAndSettings() {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(WebSettings.fromEnvironment(Map.of())).isEmpty();
    WebSettings any = WebSettings.fromEnvironment(Map.of("CONVENE_HTTP_PORT", "8080", "CONVENE_HTTP_BIND", "0.0.0.0"))
        .orElseThrow();
    assertThat(any).isEqualTo(new WebSettings(8080, "0.0.0.0", WebSettings.DEFAULT_NETWORK_NAME));
    assertThat(WebSettings.fromEnvironment(Map.of("CONVENE_HTTP_PORT", "8080")).orElseThrow().bind())
        .isEqualTo("127.0.0.1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSettings.fromEnvironment(
        Map.of("CONVENE_HTTP_PORT", "http"))).hasMessage("CONVENE_HTTP_PORT must be a port number, e.g. 8080, not http");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSettings.fromEnvironment(
        Map.of("CONVENE_HTTP_PORT", "70000"))).hasMessageStartingWith("CONVENE_HTTP_PORT must be a port from 1 to 65535");
  }
}
