package org.msan.convene.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.events.CalendarExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web part, on the JDK's small HTTP server. In: GET or HEAD requests; out: the events page
 * ({@code /}), its stylesheet, the network's calendar feed ({@code /calendar.ics}, with ETag,
 * Last-Modified and 304 answers) and one event's file ({@code /events/<id>.ics}). Nothing else is
 * served: no files from disk, so no directory to list. Every response has a content type,
 * {@code X-Content-Type-Options: nosniff} and a Content-Security-Policy that allows only the page's
 * own stylesheet; requests are limited in size and, per client, in rate.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** A request line longer than this is refused (414); the server's URLs are a few dozen characters. */
  static final int MAX_URI = 2_048;
  /** Request headers larger than this in all are refused (431), as common servers do at 8 KB. */
  static final int MAX_HEADER_BYTES = 8_192;
  /** Only this page's stylesheet: no scripts, frames, forms, fonts or images from anywhere. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final String CALENDAR = "text/calendar; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final Pattern EVENT_FILE = Pattern.compile("/events/([a-z0-9][a-z0-9-]{0,99})\\.ics");
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final int THREADS = 4;

  /**
   * Per client: a burst, then a steady rate.
   *
   * @param burst requests a client may make at once
   * @param perSecond requests a second after that
   */
  public record Limits(int burst, double perSecond) {
    /** 60 at once, then one a second: far above a person or a calendar app, well below a loop. */
    public static final Limits DEFAULT = new Limits(60, 1);
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final CalendarExport export;
  private final EventsPage page;
  private final String networkName;
  private final RateLimiter limiter;
  private final byte[] stylesheet;

  private WebServer(HttpServer server, ExecutorService executor, CalendarExport export, EventsPage page,
      String networkName, Limits limits) {
    this.server = server;
    this.executor = executor;
    this.export = export;
    this.page = page;
    this.networkName = networkName;
    this.limiter = new RateLimiter(limits.burst(), limits.perSecond(), System::nanoTime);
    this.stylesheet = resource("style.css");
  }

  /** Starts listening on the settings' address and port. */
  public static WebServer start(WebSettings settings, CalendarExport export, EventsPage page) throws IOException {
    return start(settings, export, page, Limits.DEFAULT);
  }

  public static WebServer start(WebSettings settings, CalendarExport export, EventsPage page, Limits limits)
      throws IOException {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(page, "page");
    // A client that sends its request slowly, or never reads the answer, is dropped rather than
    // holding one of the few threads (the JDK server reads these once, at its first start).
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "10");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "30");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.bind()), settings.port()), 0);
    } catch (IOException e) {
      throw new IOException("cannot listen on " + settings.bind() + " port " + settings.port()
          + " (CONVENE_HTTP_BIND, CONVENE_HTTP_PORT): " + e.getMessage(), e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, work -> {
      Thread thread = new Thread(work, "convene-web-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    WebServer web = new WebServer(server, executor, export, page, settings.networkName(), limits);
    server.createContext("/", web::handle);
    server.setExecutor(executor);
    server.start();
    return web;
  }

  /** Where it listens; the port is the real one when the settings asked for any free port. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      Headers out = exchange.getResponseHeaders();
      out.set("X-Content-Type-Options", "nosniff");
      out.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      out.set("Referrer-Policy", "no-referrer");
      out.set("X-Frame-Options", "DENY");
      if (!limiter.allow(client(exchange))) {
        out.set("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
        text(exchange, 429, "Too many requests. Please wait a moment and try again.");
        return;
      }
      if (exchange.getRequestURI().toString().length() > MAX_URI) {
        text(exchange, 414, "That address is too long.");
        return;
      }
      if (headerBytes(exchange.getRequestHeaders()) > MAX_HEADER_BYTES) {
        text(exchange, 431, "The request headers are too large.");
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        out.set("Allow", "GET, HEAD");
        text(exchange, 405, "Only GET and HEAD are answered here.");
        return;
      }
      if (hasBody(exchange.getRequestHeaders())) {
        text(exchange, 413, "A request here has no body.");
        return;
      }
      route(exchange, exchange.getRequestURI().getRawPath());
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("web client went away: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("web request {} failed", exchange.getRequestURI(), e);
      try {
        text(exchange, 500, "Sorry, something went wrong on our side. Please try again in a moment.");
      } catch (IOException | RuntimeException ignored) {
        // the headers may have gone already; the connection is closed below
      }
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String path) throws IOException {
    Headers out = exchange.getResponseHeaders();
    if (path.equals("/")) {
      out.set("Cache-Control", "no-cache");
      send(exchange, 200, HTML, page.render().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (path.equals("/style.css")) {
      out.set("Cache-Control", "max-age=3600");
      send(exchange, 200, "text/css; charset=utf-8", stylesheet);
      return;
    }
    if (path.equals("/calendar.ics")) {
      CalendarExport.Feed feed = export.feed(networkName);
      out.set("Content-Disposition", "inline; filename=\"calendar.ics\"");
      conditional(exchange, feed.content(), feed.etag(), feed.lastModified());
      return;
    }
    Matcher event = EVENT_FILE.matcher(path);
    if (event.matches()) {
      Optional<CalendarExport.EventFile> file = export.event(event.group(1));
      if (file.isEmpty()) {
        text(exchange, 404, "There is no event '" + event.group(1) + "'. The events are listed at /.");
      } else if (file.get() instanceof CalendarExport.Ready ready) {
        out.set("Content-Disposition", "attachment; filename=\"" + ready.fileName() + "\"");
        conditional(exchange, ready.content(), "\"" + hash(ready.content()) + "\"", null);
      } else {
        text(exchange, 404, "'" + file.get().event().title() + "' has no day yet, so there is no calendar file for it.");
      }
      return;
    }
    text(exchange, 404, "Not found. The events are at /, the calendar to subscribe to at /calendar.ics.");
  }

  /**
   * A calendar, or 304 when the client has it: If-None-Match decides when sent (RFC 9110
   * §13.1.2), else If-Modified-Since. Clients revalidate every time (no-cache), which costs one
   * small request when nothing changed.
   */
  private static void conditional(HttpExchange exchange, byte[] content, String etag, Instant lastModified)
      throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("ETag", etag);
    out.set("Cache-Control", "no-cache");
    if (lastModified != null) {
      out.set("Last-Modified", HTTP_DATE.format(lastModified.atZone(ZoneOffset.UTC)));
    }
    Headers in = exchange.getRequestHeaders();
    String ifNoneMatch = in.getFirst("If-None-Match");
    boolean unchanged;
    if (ifNoneMatch != null) {
      unchanged = Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(tag -> tag.replaceFirst("^W/", ""))
          .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    } else {
      unchanged = lastModified != null && notModifiedSince(lastModified, in.getFirst("If-Modified-Since"));
    }
    send(exchange, unchanged ? 304 : 200, CALENDAR, content);
  }

  private static boolean notModifiedSince(Instant lastModified, String header) {
    if (header == null) {
      return false;
    }
    try {
      return !lastModified.isAfter(ZonedDateTime.parse(header.strip(), HTTP_DATE).toInstant());
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if (status == 304 || exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  /**
   * The client's address. Behind a reverse proxy on this machine every request comes from the
   * loopback address, so there the address the proxy last added to X-Forwarded-For counts: only
   * a process on this machine can set it on a loopback connection.
   */
  private static String client(HttpExchange exchange) {
    InetAddress remote = exchange.getRemoteAddress().getAddress();
    String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
    if (remote.isLoopbackAddress() && forwarded != null && !forwarded.isBlank()) {
      List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
      if (!hops.isEmpty()) {
        return hops.get(hops.size() - 1);
      }
    }
    return remote.getHostAddress();
  }

  private static int headerBytes(Headers headers) {
    int bytes = 0;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      for (String value : header.getValue()) {
        bytes += header.getKey().length() + 4 + (value == null ? 0 : value.length());
      }
    }
    return bytes;
  }

  private static boolean hasBody(Headers headers) {
    String length = headers.getFirst("Content-Length");
    if (headers.containsKey("Transfer-Encoding")) {
      return true;
    }
    try {
      return length != null && Long.parseLong(length.strip()) > 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static String hash(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
