package org.jamanda.config;

import java.util.List;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;

/**
 * The part of {@code update_derived_values} that completes a storage: unset settings come from the
 * global ones, the policy and tape pool default to the configuration's name, and {@code $o}, {@code
 * $c} and {@code $r} in a tape pool become the org, the configuration and the storage.
 */
final class StorageDefaults {
  /** Storage parameters that take the global value of the same name when unset. */
  private static final List<Parameter<?>[]> FROM_GLOBAL =
      List.of(
          pair(StorageParameters.TAPEDEV, GlobalParameters.TAPEDEV),
          pair(StorageParameters.TPCHANGER, GlobalParameters.TPCHANGER),
          pair(StorageParameters.LABELSTR, GlobalParameters.LABELSTR),
          pair(StorageParameters.AUTOLABEL, GlobalParameters.AUTOLABEL),
          pair(StorageParameters.META_AUTOLABEL, GlobalParameters.META_AUTOLABEL),
          pair(StorageParameters.RUNTAPES, GlobalParameters.RUNTAPES),
          pair(StorageParameters.TAPERSCAN, GlobalParameters.TAPERSCAN),
          pair(StorageParameters.TAPETYPE, GlobalParameters.TAPETYPE),
          pair(StorageParameters.MAX_DLE_BY_VOLUME, GlobalParameters.MAX_DLE_BY_VOLUME),
          pair(StorageParameters.TAPERALGO, GlobalParameters.TAPERALGO),
          pair(StorageParameters.TAPER_PARALLEL_WRITE, GlobalParameters.TAPER_PARALLEL_WRITE),
          pair(StorageParameters.EJECT_VOLUME, GlobalParameters.EJECT_VOLUME),
          pair(
              StorageParameters.DEVICE_OUTPUT_BUFFER_SIZE,
              GlobalParameters.DEVICE_OUTPUT_BUFFER_SIZE),
          pair(StorageParameters.AUTOFLUSH, GlobalParameters.AUTOFLUSH),
          pair(StorageParameters.FLUSH_THRESHOLD_DUMPED, GlobalParameters.FLUSH_THRESHOLD_DUMPED),
          pair(
              StorageParameters.FLUSH_THRESHOLD_SCHEDULED,
              GlobalParameters.FLUSH_THRESHOLD_SCHEDULED),
          pair(StorageParameters.TAPERFLUSH, GlobalParameters.TAPERFLUSH),
          pair(StorageParameters.REPORT_USE_MEDIA, GlobalParameters.REPORT_USE_MEDIA),
          pair(StorageParameters.REPORT_NEXT_MEDIA, GlobalParameters.REPORT_NEXT_MEDIA),
          pair(StorageParameters.INTERACTIVITY, GlobalParameters.INTERACTIVITY));

  private StorageDefaults() {}

  static Section fill(Section section, SectionBuilder globals, String configName)
      throws ConfigException {
    SectionBuilder storage = new SectionBuilder(section);
    ServerDerivations.derivedLabelstr(
        storage, StorageParameters.LABELSTR, StorageParameters.AUTOLABEL);
    checkOrg(storage, globals);
    if (!storage.isSet(StorageParameters.POLICY)) {
      storage.setDefault(StorageParameters.POLICY, configName);
    }
    for (Parameter<?>[] pair : FROM_GLOBAL) {
      copyIfUnset(storage, pair[0], pair[1], globals);
    }
    storage.replace(StorageParameters.TAPEPOOL, tapepool(storage, globals, configName));
    return storage.build();
  }

  private static String tapepool(SectionBuilder storage, SectionBuilder globals, String config) {
    if (!storage.isSet(StorageParameters.TAPEPOOL)) {
      return config;
    }
    String pool = storage.get(StorageParameters.TAPEPOOL);
    pool = ServerDerivations.replaceFirst(pool, "$o", globals.get(GlobalParameters.ORG));
    pool = ServerDerivations.replaceFirst(pool, "$c", config);
    return ServerDerivations.replaceFirst(pool, "$r", storage.name());
  }

  /** A label template that uses "$o" needs an org that can be part of a label. */
  private static void checkOrg(SectionBuilder storage, SectionBuilder globals)
      throws ConfigException {
    String org = globals.get(GlobalParameters.ORG);
    if (org.chars().noneMatch(c -> c <= ' ' || c == '"')) {
      return;
    }
    String meta = storage.get(StorageParameters.META_AUTOLABEL);
    Optional<String> template = storage.get(StorageParameters.AUTOLABEL).template();
    Parameter<?> culprit =
        meta.contains("$o")
            ? StorageParameters.META_AUTOLABEL
            : template.filter(t -> t.contains("$o")).isPresent()
                ? StorageParameters.AUTOLABEL
                : null;
    if (culprit != null) {
      Location at =
          storage.whereSet(culprit).or(() -> globals.whereSet(GlobalParameters.ORG)).orElseThrow();
      throw new ConfigException(
          at, "org must not contain a space or a double quote when " + culprit + " uses $o");
    }
  }

  private static <T> void copyIfUnset(
      SectionBuilder storage, Parameter<?> key, Parameter<T> global, SectionBuilder globals) {
    if (!storage.isSet(key)) {
      @SuppressWarnings("unchecked") // pairs are listed with the same value type
      Parameter<T> same = (Parameter<T>) key;
      storage.put(same, globals.get(global), globals.whereSet(global));
    }
  }

  private static Parameter<?>[] pair(Parameter<?> storage, Parameter<?> global) {
    return new Parameter<?>[] {storage, global};
  }
}
