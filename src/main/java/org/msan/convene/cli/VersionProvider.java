package org.msan.convene.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version), "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"convene " + (version == null ? "dev" : version)};
  }
}
