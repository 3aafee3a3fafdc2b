package org.jamanda.daemon.service;

import java.util.Optional;
import org.jamanda.protocol.service.DleApplication;
import org.jamanda.protocol.service.DleProperty;

/**
 * The amgtar properties selfcheck looks at, by their names in the dumptype. The YES/NO ones carry
 * the code and amgtar.c line of the message that reports a bad value.
 */
enum AmgtarProperty {
  GNUTAR_PATH("GNUTAR-PATH", 0, 0),
  GNUTAR_LISTDIR("GNUTAR-LISTDIR", 0, 0),
  DIRECTORY("DIRECTORY", 0, 0),
  ONE_FILE_SYSTEM("ONE-FILE-SYSTEM", 3700007, 619),
  SPARSE("SPARSE", 3700008, 634),
  ATIME_PRESERVE("ATIME-PRESERVE", 3700009, 649),
  CHECK_DEVICE("CHECK-DEVICE", 3700010, 664),
  NO_UNQUOTE("NO-UNQUOTE", 3700011, 679),
  DAR("DAR", 3700015, 694);

  private final String wireName;
  private final int code;
  private final int sourceLine;

  AmgtarProperty(String wireName, int code, int sourceLine) {
    this.wireName = wireName;
    this.code = code;
    this.sourceLine = sourceLine;
  }

  String wireName() {
    return wireName;
  }

  int code() {
    return code;
  }

  int sourceLine() {
    return sourceLine;
  }

  /** True for the properties whose value must be YES or NO. */
  boolean isBoolean() {
    return code != 0;
  }

  /** The property's value in {@code application}; the last value wins, as amgtar's getopt. */
  Optional<String> valueIn(DleApplication application) {
    return application
        .property(wireName)
        .map(DleProperty::values)
        .filter(values -> !values.isEmpty())
        .map(values -> values.get(values.size() - 1));
  }
}
