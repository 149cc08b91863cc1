package io.gongkai.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is declared once, in the pom. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"gongkai " + (v == null ? "(development build)" : v)};
  }
}
