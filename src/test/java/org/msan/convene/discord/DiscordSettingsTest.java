package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DiscordSettingsTest {

  static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";

  @Test
  @DisplayName("A missing or malformed token is refused with how to get one, and never echoed")
  void badTokens() {
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of()))
        .hasMessageStartingWith("DISCORD_TOKEN is not set: create an application");
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "secret-value")))
        .hasMessageStartingWith("DISCORD_TOKEN does not look like a bot token").hasMessageNotContaining("secret-value");
  }

  @Test
  @DisplayName("The gateway defaults to Discord's, or to the host of CONVENE_DISCORD_API; the token is not in toString")
  void endpoints() {
    DiscordSettings discord = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN,
        "CONVENE_GUILD_ID", "123456789012345678"));
    DiscordSettings local = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN,
        "CONVENE_DISCORD_API", "http://127.0.0.1:8123/api/v10", "CONVENE_GUILD_ID", "123456789012345678"));

    assertThat(discord.apiUrl()).isEqualTo(DiscordSettings.DISCORD_API);
    assertThat(discord.gatewayUrl()).isEqualTo(DiscordSettings.DISCORD_GATEWAY);
    assertThat(local.apiUrl()).isEqualTo("http://127.0.0.1:8123/api/v10/");
    assertThat(local.gatewayUrl()).isEqualTo("ws://127.0.0.1:8123/");
    assertThat(local.toString()).doesNotContain(TOKEN);
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "CONVENE_GUILD_ID", "abc")))
        .hasMessageContaining("server id");
  }

  @Test
  @DisplayName("Without CONVENE_GUILD_ID the bot does not start: coordinator commands need the network's own server")
  void guildIsRequired() {
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN)))
        .hasMessageStartingWith("CONVENE_GUILD_ID is not set").hasMessageNotContaining(TOKEN);
  }
}
