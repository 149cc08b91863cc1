package io.gongkai.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is declared once, in the pom. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = version();
    return new String[] {"gongkai " + (v == null ? "(development build)" : v)};
  }

  /** The version of this build, or null for a development build (classes not from the jar). */
  static String version() {
    return Main.class.getPackage().getImplementationVersion();
  }

  /** The version recorded with each extraction run: the build's, or {@code dev}. */
  static String extractorVersion() {
    String v = version();
    return v == null ? "dev" : v;
  }
}
