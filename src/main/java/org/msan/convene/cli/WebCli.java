package org.msan.convene.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code web}: the events page and the calendar feed alone, without the bot, until stopped. */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = {"Serve the public events page and the calendar feed, without the bot.",
        "The page is / and the feed /calendar.ics; Ctrl-C or SIGTERM stop it. Settings from the "
        + "environment: CONVENE_HTTP_PORT (required), CONVENE_HTTP_BIND (default 127.0.0.1), "
        + "CONVENE_NETWORK_NAME."})
final class WebCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    WebSettings web = webSettings(main)
        .orElseThrow(() -> new UsageException("web needs CONVENE_HTTP_PORT, the port to listen on (e.g. 8080)"));
    Convene convene = global.convene();
    // The calendar, the database and the RSVP counts: the index and the models are never built here.
    return UntilStopped.run(convene, "convene-web-shutdown", () -> {
      WebServer server = convene.startWeb(web);
      convene.watchFolder();
      String url = url(server.address());
      PrintWriter out = spec.commandLine().getOut();
      EventCalendar calendar = convene.calendars().current();
      out.printf("Convene web is ready: %s; the page on %s, the calendar on %scalendar.ics%s.%n",
          Counts.of(calendar.all().size(), "event"), url, url, ReadyProblems.of(List.of(), calendar));
      out.flush();
    });
  }

  /** The web settings from the environment, a bad one as a usage error. */
  static java.util.Optional<WebSettings> webSettings(Main main) {
    try {
      return WebSettings.fromEnvironment(main.env());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static String url(java.net.InetSocketAddress address) {
    String host = address.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
  }
}
