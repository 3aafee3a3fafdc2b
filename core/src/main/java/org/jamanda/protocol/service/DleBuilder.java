package org.jamanda.protocol.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.protocol.service.DleOptions.Compression;
import org.jamanda.protocol.service.DleOptions.DataPath;
import org.jamanda.protocol.service.DleOptions.Encryption;

/** Collects one DLE while a parser reads it; starts from Amanda's defaults. Not thread-safe. */
final class DleBuilder {
  String program;
  String plugin;
  final List<DleProperty> applicationProperties = new ArrayList<>();
  String applicationClientName;
  String disk;
  String device;
  final List<DleLevel> levels = new ArrayList<>();
  final List<Estimate> estimates = new ArrayList<>();
  final List<DleProperty> properties = new ArrayList<>();
  final List<DleScript> scripts = new ArrayList<>();
  final List<String> optionErrors = new ArrayList<>();

  String auth;
  boolean record = true;
  boolean index;
  int spindle;
  Compression compress = Compression.NONE;
  String compressProgram;
  Encryption encrypt = Encryption.NONE;
  String encryptProgram;
  String decryptOption;
  boolean kencrypt;
  final FilterBuilder exclude = new FilterBuilder();
  final FilterBuilder include = new FilterBuilder();
  DataPath dataPath = DataPath.AMANDA;
  final List<String> directTcp = new ArrayList<>();
  String dumpdate;

  /** Exclude or include rules being collected. */
  static final class FilterBuilder {
    final List<String> files = new ArrayList<>();
    final List<String> lists = new ArrayList<>();
    boolean optional;

    DleFilter build() {
      return new DleFilter(files, lists, optional);
    }
  }

  /**
   * The finished DLE. The caller has checked that program and disk are set; the device defaults to
   * the disk and the estimates to CLIENT, as at the end of a {@code <dle>} in amxml.c.
   */
  DleRequest build() {
    Optional<DleApplication> application =
        plugin == null
            ? Optional.empty()
            : Optional.of(
                new DleApplication(
                    plugin, applicationProperties, Optional.ofNullable(applicationClientName)));
    return new DleRequest(
        plugin == null ? program : DleRequest.APPLICATION,
        application,
        disk,
        device == null ? disk : device,
        levels,
        estimates.isEmpty() ? List.of(Estimate.CLIENT) : estimates,
        options(),
        properties,
        scripts,
        optionErrors);
  }

  private DleOptions options() {
    return new DleOptions(
        Optional.ofNullable(auth),
        record,
        index,
        spindle,
        compress,
        Optional.ofNullable(compressProgram),
        encrypt,
        Optional.ofNullable(encryptProgram),
        Optional.ofNullable(decryptOption),
        kencrypt,
        exclude.build(),
        include.build(),
        dataPath,
        directTcp,
        Optional.ofNullable(dumpdate));
  }
}
