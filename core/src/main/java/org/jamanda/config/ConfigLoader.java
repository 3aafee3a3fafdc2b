package org.jamanda.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Parser;

/**
 * Reads the files of one configuration in order, each overriding the ones before (Amanda's {@code
 * config_init_with_global}: the file directly under the configuration root first, then the
 * configuration's own), then works out derived values.
 */
final class ConfigLoader {
  private ConfigLoader() {}

  static ConfigState server(Path root, String name, List<Path> files) throws ConfigException {
    ConfigState state = new ConfigState(false, root, name);
    predefinedDumptypes(state);
    ConfigReader reader = new ConfigReader(state);
    for (Path file : files) {
      reader.read(Parser.parseFile(file));
    }
    ServerDerivations.apply(state);
    return state;
  }

  static ConfigState client(Path root, String name, List<Path> files) throws ConfigException {
    ConfigState state = new ConfigState(true, root, name);
    ConfigReader reader = new ConfigReader(state);
    for (Path file : files) {
      reader.read(Parser.parseFile(file));
    }
    return state;
  }

  /** The dumptypes {@code init_defaults} defines for old configurations. */
  private static void predefinedDumptypes(ConfigState state) {
    predefined(state, "NO-COMPRESS", DumptypeParameters.COMPRESS, Compress.NONE);
    predefined(state, "COMPRESS-FAST", DumptypeParameters.COMPRESS, Compress.CLIENT_FAST);
    predefined(state, "COMPRESS-BEST", DumptypeParameters.COMPRESS, Compress.CLIENT_BEST);
    predefined(state, "COMPRESS-CUST", DumptypeParameters.COMPRESS, Compress.CLIENT_CUSTOM);
    predefined(state, "SRVCOMPRESS", DumptypeParameters.COMPRESS, Compress.SERVER_FAST);
    predefined(state, "BSD-AUTH", DumptypeParameters.AUTH, "BSD");
    predefined(state, "BSDTCP-AUTH", DumptypeParameters.AUTH, "BSDTCP");
    predefined(state, "NO-RECORD", DumptypeParameters.RECORD, false);
    predefined(state, "NO-HOLD", DumptypeParameters.HOLDINGDISK, HoldingDiskUse.NEVER);
    predefined(state, "NO-FULL", DumptypeParameters.STRATEGY, Strategy.NOFULL);
  }

  private static <T> void predefined(
      ConfigState state, String name, Parameter<T> parameter, T value) {
    SectionBuilder dumptype =
        new SectionBuilder(DumptypeParameters.TABLE, name, Optional.empty(), state.configRoot());
    dumptype.put(parameter, value, Optional.of(ConfigState.PREDEFINED));
    state.replace(dumptype.build());
  }
}
