package org.msan.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The events page in a real headless browser: Debian's Chromium and its driver, driven by
 * Selenium, checking what a person sees on a desktop and on a phone-sized screen. Skipped, with
 * the reason, on a machine without them ({@code .ci/run} installs them); nothing is downloaded.
 * Screenshots go to {@code target/screenshots/}.
 */
final class EventsPageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static Convene site;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = executable("chromium", "chromium-browser");
    Optional<Path> driver = executable("chromedriver");
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "needs Chromium and its driver on the PATH (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");

    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), ExportFixture.EVENTS_YAML);
    Files.writeString(knowledge.resolve("series.ics"), ExportFixture.SERIES_ICS.replace("\n", "\r\n"));
    Settings settings = new Settings(knowledge, dir.resolve("data"), LocalDate.of(2027, 1, 10), ExportFixture.CHICAGO);
    site = new Convene(settings);
    WebServer server = site.startWeb(new WebSettings(0, null, ExportFixture.NETWORK));
    try (Database database = Database.open(settings.database())) {
      RsvpService rsvps = new RsvpService(database, site.calendars(), settings.scheduleClock(Clock.system(settings.timeZone())));
      rsvps.rsvp(new Member("111111111111111111", "Ana Confidential"), "spring-institute", RsvpStatus.GOING, 2, null);
      rsvps.rsvp(new Member("222222222222222222", "Ben Private"), "board-call", RsvpStatus.GOING, 0, null);
    }
    base = "http://127.0.0.1:" + server.address().getPort() + "/";

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--hide-scrollbars", "--window-size=1000,1400", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  /** The first of the names found as an executable file on the PATH. */
  private static Optional<Path> executable(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @DisplayName("On a desktop: the network's name, the convenings soonest first, places left, a calendar link each, no names")
  void desktop() throws Exception {
    browser.manage().window().setSize(new Dimension(1000, 1400));
    browser.get(base);

    assertThat(browser.getTitle()).isEqualTo("Convenings · " + ExportFixture.NETWORK);
    assertThat(browser.findElement(By.cssSelector(".network")).getText()).isEqualTo(ExportFixture.NETWORK);
    assertThat(texts("li.event h2")).containsExactly("Board call", "East Coast site visit", "Family Meetup",
        "Data Office Hours", "Data Day", "Spring Institute – Équité & <Leadership>", "Summer Retreat", "Fall kick-off");
    WebElement institute = browser.findElement(By.id("spring-institute"));
    assertThat(institute.findElement(By.cssSelector(".when")).getText()).isEqualTo("Thursday–Saturday, April 15–17, 2027");
    assertThat(institute.findElement(By.cssSelector(".places")).getText()).isEqualTo("37 of 40 places left");
    WebElement add = institute.findElement(By.linkText("Add to calendar"));
    assertThat(add.isDisplayed()).isTrue();
    assertThat(add.getAttribute("href")).isEqualTo(base + "events/spring-institute.ics");
    WebElement kickoff = browser.findElement(By.id("fall-kickoff"));
    assertThat(kickoff.findElement(By.cssSelector(".when")).getText()).isEqualTo("some time in October 2027");
    assertThat(kickoff.findElements(By.linkText("Add to calendar"))).isEmpty();
    assertThat(kickoff.getText()).contains("No day set yet");
    assertThat(browser.findElement(By.id("family-meetup-example-org")).getText()).startsWith("Family Meetup\nCancelled");
    assertThat(browser.findElement(By.id("board-call")).getText()).contains("Going\n1 person");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Ana Confidential", "Ben Private", "111111111111111111");
    assertThat(browser.findElement(By.linkText("the network calendar")).getAttribute("href")).isEqualTo(base + "calendar.ics");
    // No script runs; the stylesheet does, allowed by the Content-Security-Policy.
    assertThat(script("return document.scripts.length")).isEqualTo(0L);
    assertThat(add.getCssValue("background-color")).isEqualTo("rgba(11, 92, 173, 1)");
    screenshot("events-page.png");
  }

  @Test
  @DisplayName("On a phone-sized screen: one column, nothing wider than the screen, readable text, full-width buttons")
  void narrowScreen() throws Exception {
    browser.manage().window().setSize(new Dimension(360, 1400));
    browser.get(base);

    long viewport = (Long) script("return document.documentElement.clientWidth");
    assertThat(viewport).isLessThanOrEqualTo(360);
    assertThat((Long) script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
        .isLessThanOrEqualTo(viewport);
    assertThat(Double.parseDouble(browser.findElement(By.tagName("body")).getCssValue("font-size").replace("px", "")))
        .isGreaterThanOrEqualTo(16);
    WebElement institute = browser.findElement(By.id("spring-institute"));
    WebElement add = institute.findElement(By.linkText("Add to calendar"));
    assertThat(add.isDisplayed()).isTrue();
    assertThat(add.getRect().getWidth()).as("the button spans the card").isGreaterThan((int) (viewport * 0.75));
    // Labels above their values: "Where" and "Madison, WI" start at the same left edge.
    List<WebElement> terms = institute.findElements(By.tagName("dt"));
    List<WebElement> values = institute.findElements(By.tagName("dd"));
    assertThat(values.get(1).getText()).isEqualTo("Madison, WI");
    assertThat(values.get(1).getRect().getX()).isEqualTo(terms.get(1).getRect().getX());
    assertThat(values.get(1).getRect().getY()).isGreaterThan(terms.get(1).getRect().getY());
    for (WebElement card : browser.findElements(By.cssSelector("li.event"))) {
      assertThat(card.getRect().getX() + card.getRect().getWidth()).as(card.getAttribute("id"))
          .isLessThanOrEqualTo((int) viewport);
    }
    assertThat(Arrays.asList(browser.findElement(By.id("east-coast-visit")).getText().split("\n")))
        .contains("Wednesday, February 3, 2027, 10:00 AM–3:30 PM Eastern Time / 9:00 AM–2:30 PM Central Time",
            "Evanston Township High School, 1600 Dodge Ave");
    screenshot("events-page-narrow.png");
  }
}
