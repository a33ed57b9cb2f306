package org.msan.convene.discord;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the bot connects and who coordinates, from the environment. The token is never printed:
 * {@link #toString()} leaves it out.
 *
 * @param guildId the network's server: commands are registered there (global ones removed), and
 *     coordinators count only there
 * @param coordinatorRole a role name or id whose members may run coordinator commands; null for none
 * @param staffRole a role name or id whose members keep the answers current (/gaps, /teach); null for
 *     coordinators only
 * @param apiUrl Discord's REST base URL (or a stand-in's, or a proxy's)
 * @param gatewayUrl the gateway WebSocket URL
 * @param publishEvents mirror the calendar as Discord scheduled events on the guild
 */
public record DiscordSettings(
    String token, String guildId, String coordinatorRole, String staffRole, String apiUrl, String gatewayUrl,
    boolean publishEvents) {

  public static final String DISCORD_API = "https://discord.com/api/v10/";
  public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{20,}");
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");
  static final String HOW_TO_GET_A_TOKEN = "create an application at https://discord.com/developers/applications,"
      + " add a bot, and copy its token into DISCORD_TOKEN";

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  /** @throws IllegalArgumentException with one line saying what is missing and how to fix it */
  public static DiscordSettings fromEnvironment(Map<String, String> env) {
    String token = env.getOrDefault("DISCORD_TOKEN", "").strip();
    if (token.isEmpty()) {
      throw new IllegalArgumentException("DISCORD_TOKEN is not set: " + HOW_TO_GET_A_TOKEN);
    }
    if (!TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException("DISCORD_TOKEN does not look like a bot token: " + HOW_TO_GET_A_TOKEN);
    }
    String guild = blankToNull(env.get("CONVENE_GUILD_ID"));
    if (guild == null) {
      throw new IllegalArgumentException("CONVENE_GUILD_ID is not set: coordinator commands (rosters, announcements,"
          + " reload) run only on the network's own server; right-click it, Copy Server ID");
    }
    if (!SNOWFLAKE.matcher(guild).matches()) {
      throw new IllegalArgumentException("CONVENE_GUILD_ID must be a server id (a long number; right-click the server,"
          + " Copy Server ID)");
    }
    String api = blankToNull(env.get("CONVENE_DISCORD_API"));
    String gateway = blankToNull(env.get("CONVENE_DISCORD_GATEWAY"));
    if (api != null && !api.endsWith("/")) {
      api = api + "/";
    }
    if (gateway == null) {
      gateway = api == null ? DISCORD_GATEWAY : gatewayBeside(api);
    }
    boolean publish = "true".equalsIgnoreCase(blankToNull(env.get("CONVENE_PUBLISH_EVENTS")));
    return new DiscordSettings(token, guild, blankToNull(env.get("CONVENE_COORDINATOR_ROLE")),
        blankToNull(env.get("CONVENE_STAFF_ROLE")),
        api == null ? DISCORD_API : api, gateway, publish);
  }

  /** The gateway on the same host as the REST API, with ws or wss. */
  static String gatewayBeside(String api) {
    URI uri = URI.create(api);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("CONVENE_DISCORD_API must be a URL like http://127.0.0.1:8080/api/v10/");
    }
    String scheme = "https".equals(uri.getScheme()) ? "wss" : "ws";
    return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "DiscordSettings[guild=" + guildId + ", coordinatorRole=" + coordinatorRole + ", staffRole=" + staffRole
        + ", api=" + apiUrl
        + ", gateway=" + gatewayUrl + ", publishEvents=" + publishEvents + "]";
  }
}
