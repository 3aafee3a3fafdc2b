package org.jamanda.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;

/**
 * What Amanda works out after reading amanda.conf ({@code update_derived_values} in conffile.c):
 * the implicit "default" interface, tapetype, policy and storage; the checks that named sections
 * exist; labelstr and autolabel settings that depend on each other; and storages that take unset
 * values from the global ones.
 */
final class ServerDerivations {
  private final ConfigState state;
  private final SectionBuilder globals;

  private ServerDerivations(ConfigState state) {
    this.state = state;
    this.globals = state.globals();
  }

  static void apply(ConfigState state) throws ConfigException {
    ServerDerivations derivations = new ServerDerivations(state);
    derivations.defaultInterface();
    derivations.tapetype();
    derivations.holdingDisks();
    derivations.labels();
    derivations.reportMedia();
    derivations.policies();
    derivations.changers();
    derivations.storages();
    derivations.globals.setDefault(GlobalParameters.USETIMESTAMPS, true);
  }

  /** The "default" interface carries netusage unless it is defined with its own use. */
  private void defaultInterface() {
    Optional<Section> existing = state.lookup(SectionKind.INTERFACE, "default");
    SectionBuilder iface =
        existing
            .map(SectionBuilder::new)
            .orElseGet(() -> newSection(InterfaceParameters.TABLE, "default"));
    if (!iface.isSet(InterfaceParameters.USE)) {
      Optional<Location> seen = globals.whereSet(GlobalParameters.NETUSAGE);
      iface.put(InterfaceParameters.COMMENT, "implicit from NETUSAGE", seen);
      iface.put(InterfaceParameters.USE, globals.get(GlobalParameters.NETUSAGE), seen);
    }
    state.replace(iface.build());
  }

  private void tapetype() throws ConfigException {
    String name = globals.get(GlobalParameters.TAPETYPE);
    if (state.lookup(SectionKind.TAPETYPE, name).isPresent()) {
      return;
    }
    if (!globals.isSet(GlobalParameters.TAPETYPE) && name.equals("DEFAULT_TAPE")) {
      state.replace(newSection(TapetypeParameters.TABLE, name).build());
      return;
    }
    throw undefined(GlobalParameters.TAPETYPE, "tapetype", name);
  }

  private void holdingDisks() throws ConfigException {
    for (Map.Entry<String, Location> use : state.holdingDisksInUse().entrySet()) {
      if (state.lookup(SectionKind.HOLDINGDISK, use.getKey()).isEmpty()) {
        throw new ConfigException(
            use.getValue(), "holding disk " + InputExcerpt.of(use.getKey()) + " is not defined");
      }
    }
  }

  private void labels() throws ConfigException {
    boolean autolabelSet = globals.isSet(GlobalParameters.AUTOLABEL);
    if (globals.isSet(GlobalParameters.LABEL_NEW_TAPES)) {
      if (autolabelSet) {
        throw new ConfigException(
            globals.whereSet(GlobalParameters.LABEL_NEW_TAPES).orElseThrow(),
            "label-new-tapes and autolabel cannot both be set");
      }
      String template = globals.get(GlobalParameters.LABEL_NEW_TAPES);
      globals.replace(
          GlobalParameters.AUTOLABEL,
          template.isEmpty()
              ? Autolabel.NONE
              : new Autolabel(
                  Optional.of(template),
                  EnumSet.of(AutolabelCondition.VOLUME_ERROR, AutolabelCondition.EMPTY)));
    }
    derivedLabelstr(globals, GlobalParameters.LABELSTR, GlobalParameters.AUTOLABEL);
  }

  /**
   * labelstr MATCH-AUTOLABEL needs an autolabel; unset, it means any label (".*"). The same rule
   * holds for global settings and storages.
   */
  static void derivedLabelstr(
      SectionBuilder section, Parameter<LabelStr> labelstrKey, Parameter<Autolabel> autolabelKey)
      throws ConfigException {
    LabelStr labelstr = section.get(labelstrKey);
    if (!labelstr.matchAutolabel()) {
      return;
    }
    if (!section.isSet(autolabelKey)) {
      if (section.isSet(labelstrKey)) {
        throw new ConfigException(
            section.whereSet(labelstrKey).orElseThrow(),
            "labelstr is match-autolabel but autolabel is not set");
      }
      section.replace(labelstrKey, LabelStr.of(".*"));
      return;
    }
    section.replace(labelstrKey, new LabelStr(section.get(autolabelKey).template(), true));
  }

  private void reportMedia() {
    if (globals.isSet(GlobalParameters.MAX_DLE_BY_VOLUME)) {
      if (!globals.isSet(GlobalParameters.REPORT_USE_MEDIA)) {
        globals.setDefault(GlobalParameters.REPORT_USE_MEDIA, false);
      }
      if (!globals.isSet(GlobalParameters.REPORT_NEXT_MEDIA)) {
        globals.setDefault(GlobalParameters.REPORT_NEXT_MEDIA, false);
      }
    }
  }

  /** A policy named after the configuration, and retention-tapes defaulting to tapecycle - 1. */
  private void policies() {
    if (state.lookup(SectionKind.POLICY, state.configName()).isEmpty()) {
      SectionBuilder policy = newSection(PolicyParameters.TABLE, state.configName());
      policy.setDefault(PolicyParameters.COMMENT, "implicit from global config");
      state.replace(policy.build());
    }
    for (Section section : state.sections(SectionKind.POLICY)) {
      if (!section.isSet(PolicyParameters.RETENTION_TAPES)) {
        SectionBuilder policy = new SectionBuilder(section);
        policy.put(
            PolicyParameters.RETENTION_TAPES,
            globals.get(GlobalParameters.TAPECYCLE) - 1,
            globals.whereSet(GlobalParameters.TAPECYCLE));
        state.replace(policy.build());
      }
    }
  }

  /** A changer whose changerfile is set gets its name for "$t" there and in tpchanger. */
  private void changers() {
    for (Section section : state.sections(SectionKind.CHANGER)) {
      if (section.isSet(ChangerParameters.CHANGERFILE)) {
        SectionBuilder changer = new SectionBuilder(section);
        String name = section.name();
        changer.setDefault(
            ChangerParameters.CHANGERFILE,
            replaceFirst(section.value(ChangerParameters.CHANGERFILE), "$t", name));
        changer.setDefault(
            ChangerParameters.TPCHANGER,
            replaceFirst(section.value(ChangerParameters.TPCHANGER), "$t", name));
        state.replace(changer.build());
      }
    }
  }

  private void storages() throws ConfigException {
    List<String> storage = globals.get(GlobalParameters.STORAGE);
    if (!globals.isSet(GlobalParameters.STORAGE)
        && (storage.isEmpty() || storage.get(0).isEmpty())) {
      if (state.lookup(SectionKind.STORAGE, state.configName()).isEmpty()) {
        SectionBuilder implicit = newSection(StorageParameters.TABLE, state.configName());
        implicit.setDefault(StorageParameters.COMMENT, "implicit from global config");
        state.replace(implicit.build());
      }
      globals.setDefault(GlobalParameters.STORAGE, List.of(state.configName()));
    }
    for (Section section : state.sections(SectionKind.STORAGE)) {
      state.replace(StorageDefaults.fill(section, globals, state.configName()));
    }
    checkStorages(GlobalParameters.STORAGE);
    // Unset, active-storage starts as the storage list; every storage is active in any case.
    List<String> active = new ArrayList<>(globals.get(GlobalParameters.ACTIVE_STORAGE));
    for (String name : globals.get(GlobalParameters.STORAGE)) {
      if (!active.contains(name)) {
        active.add(name);
      }
    }
    globals.replace(GlobalParameters.ACTIVE_STORAGE, List.copyOf(active));
    checkStorages(GlobalParameters.ACTIVE_STORAGE);
  }

  private void checkStorages(Parameter<List<String>> key) throws ConfigException {
    for (String name : globals.get(key)) {
      if (state.lookup(SectionKind.STORAGE, name).isEmpty()) {
        throw undefined(key, "storage", name);
      }
    }
  }

  private ConfigException undefined(Parameter<?> key, String kind, String name) {
    Location at = globals.whereSet(key).orElse(ConfigState.PREDEFINED);
    return new ConfigException(at, kind + " " + InputExcerpt.of(name) + " is not defined");
  }

  private SectionBuilder newSection(ParameterTable table, String name) {
    return new SectionBuilder(table, name, Optional.empty(), state.configRoot());
  }

  /** Replaces the first {@code target} only, as Amanda's strstr-based substitutions do. */
  static String replaceFirst(String text, String target, String replacement) {
    int at = text.indexOf(target);
    return at < 0
        ? text
        : text.substring(0, at) + replacement + text.substring(at + target.length());
  }
}
