package org.msan.convene.web;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the web part listens and what it calls the network, read once from the environment.
 * In: {@code CONVENE_HTTP_PORT} (unset: no web part), {@code CONVENE_HTTP_BIND} (default
 * {@value #DEFAULT_BIND}, this machine only) and {@code CONVENE_NETWORK_NAME}; out: the settings,
 * or a one-line reason naming the setting.
 *
 * @param port 1-65535, or 0 for any free port (the started server says which)
 * @param bind the address to listen on: {@code 127.0.0.1} behind a reverse proxy, {@code 0.0.0.0} for every interface
 * @param networkName shown on the page and as the subscribed calendar's name
 */
public record WebSettings(int port, String bind, String networkName) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final String DEFAULT_NETWORK_NAME = "Minority Student Achievement Network";
  private static final int MAX_NAME = 100;

  public WebSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("CONVENE_HTTP_PORT must be a port from 1 to 65535 (0 for any free one), not "
          + port);
    }
    bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.strip();
    networkName = networkName == null || networkName.isBlank() ? DEFAULT_NETWORK_NAME : networkName.strip();
    if (networkName.length() > MAX_NAME) {
      throw new IllegalArgumentException("CONVENE_NETWORK_NAME is " + networkName.length() + " characters; keep it to "
          + MAX_NAME);
    }
  }

  /** The settings, or empty when {@code CONVENE_HTTP_PORT} is not set. */
  public static Optional<WebSettings> fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String port = env.get("CONVENE_HTTP_PORT");
    if (port == null || port.isBlank()) {
      return Optional.empty();
    }
    int number;
    try {
      number = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CONVENE_HTTP_PORT must be a port number, e.g. 8080, not " + port.strip());
    }
    return Optional.of(new WebSettings(number, env.get("CONVENE_HTTP_BIND"), env.get("CONVENE_NETWORK_NAME")));
  }
}
