package org.jamanda.protocol.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.service.DleOptions.Compression;
import org.jamanda.protocol.service.DleOptions.DataPath;
import org.jamanda.protocol.service.DleOptions.Encryption;

/**
 * What each element of a DLE's XML means: the values {@link DleXmlParser} hands over, element by
 * element, turned into a {@link DleRequest} (amxml.c's {@code amtext} and {@code amend_element}).
 * Not thread-safe.
 */
final class DleXmlValues {
  private final BodyText body;
  private DleBuilder dle;
  private Integer level;
  private boolean levelServer;
  private String propertyName;
  private List<String> propertyValues;
  private boolean propertyPriority;
  private ScriptBuilder script;

  /** A script being collected. */
  private static final class ScriptBuilder {
    String plugin;
    final List<String> executeOn = new ArrayList<>();
    String executeWhere = "CLIENT";
    final List<DleProperty> properties = new ArrayList<>();
    String clientName;
  }

  DleXmlValues(BodyText body) {
    this.body = body;
  }

  void startDle() {
    dle = new DleBuilder();
  }

  void start(String name) {
    switch (name) {
      case "level" -> {
        level = null;
        levelServer = false;
      }
      case "property" -> {
        propertyName = null;
        propertyValues = new ArrayList<>();
        propertyPriority = false;
      }
      case "script" -> script = new ScriptBuilder();
      default -> {
        // the other elements only carry text
      }
    }
  }

  void text(String name, String parent, String text, int at) throws MalformedPacketException {
    switch (name) {
      case "disk" -> dle.disk = once(dle.disk, name, text, at);
      case "diskdevice" -> dle.device = once(dle.device, name, text, at);
      case "program" -> dle.program = once(dle.program, name, text, at);
      case "auth" -> dle.auth = once(dle.auth, name, text, at);
      case "dumpdate" -> dle.dumpdate = once(dle.dumpdate, name, text, at);
      case "estimate" -> estimates(text, at);
      case "calcsize" -> calcsize(text);
      case "level" -> level = number(name, text, at, 0, DleLevel.LEVELS - 1);
      case "server" -> levelServer = yesNo(name, text, at);
      case "spindle" -> dle.spindle = number(name, text, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "index" -> dle.index = yesNo(name, text, at);
      case "record" -> dle.record = yesNo(name, text, at);
      case "kencrypt" -> dle.kencrypt = yesNo(name, text, at);
      case "compress" -> dle.compress = compression(text, at);
      case "custom-compress-program" -> dle.compressProgram = text;
      case "encrypt" -> dle.encrypt = encryption(text, at);
      case "custom-encrypt-program" -> dle.encryptProgram = text;
      case "decrypt-option" -> dle.decryptOption = text;
      case "datapath" -> dle.dataPath = dataPath(text, at);
      case "directtcp" -> dle.directTcp.add(text);
      default -> nestedText(name, parent, text, at);
    }
  }

  private void nestedText(String name, String parent, String text, int at)
      throws MalformedPacketException {
    boolean inScript = parent.equals("script");
    switch (name) {
      case "plugin" -> plugin(inScript, text, at);
      case "client_name" -> {
        if (inScript) {
          script.clientName = text;
        } else {
          dle.applicationClientName = text;
        }
      }
      case "name" -> propertyName = once(propertyName, name, text, at);
      case "value" -> propertyValues.add(text);
      case "priority" -> propertyPriority = text.equalsIgnoreCase("yes");
      case "file" -> filter(parent).files.add(text);
      case "list" -> filter(parent).lists.add(text);
      case "optional" -> filter(parent).optional = true;
      case "execute_on" -> script.executeOn.addAll(List.of(text.split(",", -1)));
      case "execute_where" -> script.executeWhere = text.equals("CLIENT") ? "CLIENT" : "SERVER";
      case "script" -> {
        // amxml.c drops text directly inside <script>
      }
      default -> throw body.error(name, at, "'<" + name + ">' has no text, found", text);
    }
  }

  /** Finishes an element; returns the DLE when {@code name} is {@code dle}, else null. */
  DleRequest end(String name, String parent, int at) throws MalformedPacketException {
    switch (name) {
      case "level" -> endLevel(at);
      case "property" -> endProperty(parent, at);
      case "backup-program" -> require(dle.plugin, "'<backup-program>' without '<plugin>'", at);
      case "script" -> endScript(at);
      case "dle" -> {
        return endDle(at);
      }
      default -> {
        // the value was taken with the text
      }
    }
    return null;
  }

  private void endLevel(int at) throws MalformedPacketException {
    require(level, "'<level>' without a level number", at);
    dle.levels.add(new DleLevel(level, levelServer));
  }

  private void endProperty(String parent, int at) throws MalformedPacketException {
    require(propertyName, "'<property>' without '<name>'", at);
    DleProperty property = new DleProperty(propertyName, propertyValues, propertyPriority);
    switch (parent) {
      case "backup-program" -> dle.applicationProperties.add(property);
      case "script" -> script.properties.add(property);
      default -> dle.properties.add(property);
    }
  }

  private void endScript(int at) throws MalformedPacketException {
    require(script.plugin, "'<script>' without '<plugin>'", at);
    dle.scripts.add(
        new DleScript(
            script.plugin,
            script.executeOn,
            script.executeWhere,
            script.properties,
            Optional.ofNullable(script.clientName)));
    script = null;
  }

  private DleRequest endDle(int at) throws MalformedPacketException {
    require(dle.program, "'<dle>' without '<program>'", at);
    require(dle.disk, "'<dle>' without '<disk>'", at);
    boolean application = dle.program.equals(DleRequest.APPLICATION);
    if (application && dle.plugin == null) {
      throw body.error("program", at, "program set to APPLICATION but no application set");
    }
    if (!application && dle.plugin != null) {
      throw body.error("program", at, "'<backup-program>' in a DLE whose program is", dle.program);
    }
    DleRequest done = dle.build();
    dle = null;
    return done;
  }

  private void require(Object value, String problem, int at) throws MalformedPacketException {
    if (value == null) {
      throw body.error("dle", at, problem);
    }
  }

  private void plugin(boolean inScript, String text, int at) throws MalformedPacketException {
    if (inScript) {
      script.plugin = once(script.plugin, "plugin", text, at);
    } else {
      dle.plugin = once(dle.plugin, "plugin", text, at);
    }
  }

  private DleBuilder.FilterBuilder filter(String parent) {
    return parent.equals("exclude") ? dle.exclude : dle.include;
  }

  private String once(String current, String name, String text, int at)
      throws MalformedPacketException {
    if (current != null) {
      throw body.error(name, at, "more than one text in '<" + name + ">':", text);
    }
    return text;
  }

  // "CLIENT SERVER": methods in order of preference, case ignored as Amanda's BSTRNCMP does.
  private void estimates(String text, int at) throws MalformedPacketException {
    for (String word : text.trim().split("[ \t\n]+", -1)) {
      switch (word.toUpperCase(Locale.ROOT)) {
        case "CLIENT" -> dle.estimates.add(Estimate.CLIENT);
        case "SERVER" -> dle.estimates.add(Estimate.SERVER);
        case "CALCSIZE" -> {
          if (!dle.estimates.contains(Estimate.CALCSIZE)) {
            dle.estimates.add(Estimate.CALCSIZE);
          }
        }
        default -> throw body.error("estimate", at, "bad estimate", word);
      }
    }
  }

  private void calcsize(String text) {
    if (text.equalsIgnoreCase("yes") && !dle.estimates.contains(Estimate.CALCSIZE)) {
      dle.estimates.add(Estimate.CALCSIZE);
    }
  }

  private boolean yesNo(String name, String text, int at) throws MalformedPacketException {
    if (text.equalsIgnoreCase("yes")) {
      return true;
    }
    if (text.equalsIgnoreCase("no")) {
      return false;
    }
    throw body.error(name, at, "'<" + name + ">' must be YES or NO, not", text);
  }

  private int number(String name, String text, int at, int min, int max)
      throws MalformedPacketException {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the text
    }
    throw body.error(
        name, at, "'<" + name + ">' must be a number from " + min + " to " + max + ", not", text);
  }

  private Compression compression(String text, int at) throws MalformedPacketException {
    String upper = text.toUpperCase(Locale.ROOT);
    return switch (text) {
      case "FAST" -> Compression.FAST;
      case "BEST" -> Compression.BEST;
      case "SERVER-FAST" -> Compression.SERVER_FAST;
      case "SERVER-BEST" -> Compression.SERVER_BEST;
      default -> {
        if (upper.startsWith("CUSTOM")) {
          yield Compression.CUSTOM;
        }
        if (upper.startsWith("SERVER-CUSTOM")) {
          yield Compression.SERVER_CUSTOM;
        }
        throw body.error("compress", at, "bad compress value", text);
      }
    };
  }

  private Encryption encryption(String text, int at) throws MalformedPacketException {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.startsWith("NO")) {
      return Encryption.NONE;
    }
    if (upper.startsWith("CUSTOM")) {
      return Encryption.CUSTOM;
    }
    if (upper.startsWith("SERVER-CUSTOM")) {
      return Encryption.SERVER_CUSTOM;
    }
    throw body.error("encrypt", at, "bad encrypt value", text);
  }

  private DataPath dataPath(String text, int at) throws MalformedPacketException {
    return switch (text) {
      case "AMANDA" -> DataPath.AMANDA;
      case "DIRECTTCP" -> DataPath.DIRECTTCP;
      default -> throw body.error("datapath", at, "bad datapath value", text);
    };
  }
}
