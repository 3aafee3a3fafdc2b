package org.jamanda.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports jamanda's version from the jar manifest, and the Amanda version it speaks. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Jamanda.class.getPackage().getImplementationVersion();
    return new String[] {
      "jamanda " + (version == null ? "(development build)" : version),
      "wire-compatible with Amanda 3.5"
    };
  }
}
