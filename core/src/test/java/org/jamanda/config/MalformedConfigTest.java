package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files jamanda refuses, each with the exact message, line and column it reports. Every case writes
 * a configuration "cfg" under a fresh directory, loads it (amanda.conf, then the disklist; or
 * amanda-client.conf), and pins the message with the directory left out.
 */
class MalformedConfigTest {
  private static final String TYPES =
      """
      define dumptype dt {
          program "GNUTAR"
      }
      define dumptype dt-bsd {
          dt
          auth "bsd"
      }
      """;

  @TempDir Path root;

  static List<Arguments> cases() {
    return List.of(
        conf(
            "unknown keyword",
            "inparalel 4\n",
            "amanda.conf:1:1: unknown keyword 'inparalel'; did you mean 'inparallel'?"),
        conf(
            "unknown dumptype option",
            "define dumptype a {\n    compres none\n}\n",
            "amanda.conf:2:5: unknown dumptype option 'compres'; did you mean 'compress'?"),
        conf(
            "dumptype keyword at the top level",
            "compress none\n",
            "amanda.conf:1:1: 'compress' is not allowed at the top level; it belongs in a"
                + " dumptype definition"),
        conf(
            "keyword no longer supported",
            "define tapetype t {\n    tapebufs 20\n}\n",
            "amanda.conf:2:5: unknown tapetype option 'tapebufs'"),
        conf(
            "not a keyword at the start of a line",
            "\"inparallel\" 4\n",
            "amanda.conf:1:1: expected a keyword, found 'inparallel'"),
        conf(
            "missing value",
            "inparallel\n",
            "amanda.conf:1:1: missing value for 'inparallel': expected an integer"),
        conf(
            "bad integer",
            "inparallel four\n",
            "amanda.conf:1:12: bad value 'four' for 'inparallel': expected an integer"),
        conf(
            "decimal where an integer is needed",
            "inparallel 2.5\n",
            "amanda.conf:1:12: bad value '2.5' for 'inparallel': expected an integer"),
        conf(
            "integer with a bad unit",
            "netusage 8 parsecs\n",
            "amanda.conf:1:12: unknown unit 'parsecs' for 'netusage'; expected b, k, m, g, t"
                + " (bytes, kbytes, mbytes, ...), weeks, days or tapes"),
        conf(
            "integer out of range",
            "inparallel 99999999999\n",
            "amanda.conf:1:12: bad value '99999999999' for 'inparallel': out of range"
                + " -2147483648..2147483647"),
        conf(
            "value after the value",
            "inparallel 4 5\n",
            "amanda.conf:1:14: unexpected '5' after the value of 'inparallel'"),
        conf(
            "negative where positive is required",
            "inparallel -2\n",
            "amanda.conf:1:12: bad value '-2' for 'inparallel': must be positive"),
        conf(
            "percentage above 100",
            "bumppercent 150\n",
            "amanda.conf:1:13: bad value '150' for 'bumppercent': must be between 0 and 100"),
        conf(
            "debug level above 9",
            "debug-amandad 12\n",
            "amanda.conf:1:15: bad value '12' for 'debug-amandad': must be between 0 and 9"),
        conf(
            "string without quotes",
            "org Daily\n",
            "amanda.conf:1:5: bad value 'Daily' for 'org': expected a quoted string"),
        conf(
            "unterminated string",
            "org \"Daily\ninparallel 4\n",
            "amanda.conf:1:5: unterminated quoted string '\"Daily'"),
        conf(
            "unknown escape in a string",
            "org \"Daily\\q\"\n",
            "amanda.conf:1:11: unknown escape '\\q' in string"),
        conf(
            "missing closing brace",
            "define dumptype a {\n    compress none\n",
            "amanda.conf:1:19: missing '}' to close the block opened here"),
        conf(
            "closing brace outside a block",
            "inparallel 4\n}\n",
            "amanda.conf:2:1: unexpected '}' outside a block"),
        conf(
            "block after a keyword that takes none",
            "define dumptype a {\n    compress {\n    }\n}\n",
            "amanda.conf:2:14: 'compress' takes no block"),
        conf(
            "unknown dumptype inherited",
            "define dumptype a {\n    nosuch\n}\n",
            "amanda.conf:2:5: cannot inherit from undefined dumptype 'nosuch'"),
        conf(
            "define of an unknown kind",
            "define widget w {\n}\n",
            "amanda.conf:1:8: unknown kind of definition 'widget'; expected dumptype, tapetype,"
                + " holdingdisk, interface, application, script, device, changer, interactivity,"
                + " taperscan, policy, storage"),
        conf(
            "define without a block",
            "define dumptype a\n",
            "amanda.conf:1:17: define dumptype 'a' needs a block: '{' at the end of the line"),
        conf(
            "dumptype defined twice",
            "define dumptype a {\n}\ndefine dumptype A {\n}\n",
            "amanda.conf:3:17: dumptype 'A' is already defined at amanda.conf:1:1"),
        conf(
            "predefined dumptype redefined",
            "define dumptype NO-COMPRESS {\n}\n",
            "amanda.conf:1:17: dumptype 'NO-COMPRESS' is predefined and cannot be redefined"),
        conf(
            "reserved UDP range of unprivileged ports",
            "reserved-udp-port 1030,1040\n",
            "amanda.conf:1:19: bad value '1030,1040' for 'reserved-udp-port': ports must be in"
                + " 1..1023, and 1030 is not"),
        conf(
            "unreserved TCP range of privileged ports",
            "unreserved-tcp-port 80,90\n",
            "amanda.conf:1:21: bad value '80,90' for 'unreserved-tcp-port': ports must be in"
                + " 1024..65535, and 80 is not"),
        conf(
            "reserved TCP range whose upper end is unprivileged",
            "reserved-tcp-port 500,2000\n",
            "amanda.conf:1:19: bad value '500,2000' for 'reserved-tcp-port': ports must be in"
                + " 1..1023, and 2000 is not"),
        conf(
            "port range low above high",
            "reserved-udp-port 900,850\n",
            "amanda.conf:1:19: bad value '900,850' for 'reserved-udp-port': the low end 900 is"
                + " above the high end 850"),
        conf(
            "port range with a missing end",
            "reserved-udp-port 850,\n",
            "amanda.conf:1:23: incomplete value for 'reserved-udp-port': expected an integer"),
        conf(
            "bad boolean",
            "define dumptype a {\n    index maybe\n}\n",
            "amanda.conf:2:11: bad value 'maybe' for 'index': expected yes, no, true, false, on,"
                + " off, 0 or 1"),
        conf(
            "bad compress combination",
            "define dumptype a {\n    compress client server\n}\n",
            "amanda.conf:2:14: bad value 'client server' for 'compress': expected none,"
                + " client fast,"
                + " client best, client custom, server fast, server best or server custom"),
        conf(
            "program in lower case",
            "define dumptype a {\n    program \"gnutar\"\n}\n",
            "amanda.conf:2:13: bad value '\"gnutar\"' for 'program': must be \"DUMP\", \"GNUTAR\","
                + " \"STAR\" or \"APPLICATION\" (in capitals)"),
        conf(
            "bad estimate",
            "define dumptype a {\n    estimate fast\n}\n",
            "amanda.conf:2:14: bad value 'fast' for 'estimate': expected client, server or"
                + " calcsize"),
        conf(
            "undefined application",
            "define dumptype a {\n    application \"nosuch\"\n}\n",
            "amanda.conf:2:17: undefined application 'nosuch'"),
        conf(
            "dump-limit naming a host",
            "define dumptype a {\n    dump-limit \"h1\"\n}\n",
            "amanda.conf:2:16: bad value '\"h1\"' for 'dump-limit': dump-limit cannot name hosts"),
        conf(
            "property without a name",
            "define application-tool a {\n    property\n}\n",
            "amanda.conf:2:5: missing value for 'property': expected a quoted property name"),
        conf(
            "displayunit not k, m, g or t",
            "displayunit \"x\"\n",
            "amanda.conf:1:13: bad value '\"x\"' for 'displayunit': must be k, m, g or t"),
        conf(
            "negative chunksize",
            "holdingdisk h {\n    chunksize -1\n}\n",
            "amanda.conf:2:15: bad value '-1' for 'chunksize': a negative chunksize is no longer"
                + " supported"),
        conf(
            "labelstr with a space",
            "labelstr \"a b\"\n",
            "amanda.conf:1:10: bad value '\"a b\"' for 'labelstr': must not contain a space"),
        conf(
            "label-new-tapes with autolabel",
            "label-new-tapes \"L-%\"\nautolabel \"L-%\"\n",
            "amanda.conf:1:1: label-new-tapes and autolabel cannot both be set"),
        conf(
            "undefined tapetype",
            "tapetype \"LTO\"\n",
            "amanda.conf:1:1: tapetype 'LTO' is not defined"),
        conf(
            "undefined holding disk",
            "holdingdisk hd9\n",
            "amanda.conf:1:13: holding disk 'hd9' is not defined"),
        conf(
            "holding disk used twice",
            "define holdingdisk h {\n    directory \"/x\"\n}\nholdingdisk h h\n",
            "amanda.conf:4:15: holding disk 'h' is already in use"),
        files(
            "includefile of a missing file",
            Map.of("amanda.conf", "inparallel 4\nincludefile \"types.conf\"\n"),
            "amanda.conf:2:13: cannot include 'types.conf': cannot read file: no such file"),
        files(
            "includefile loop",
            Map.of(
                "amanda.conf",
                "includefile \"types.conf\"\n",
                "types.conf",
                "define dumptype a {\n}\nincludefile \"amanda.conf\"\n"),
            "types.conf:3:13: includefile loop: 'amanda.conf' is already being read"),
        disklist(
            "disklist with an undefined dumptype",
            "h /srv /dev/sda nosuch\n",
            "disklist:1:17: undefined dumptype 'nosuch'"),
        disklist(
            "disklist line missing its dumptype",
            "h /srv\n",
            "disklist:1:3: missing dumptype after disk '/srv'"),
        disklist(
            "disklist line whose third word is no dumptype",
            "h /srv nosuch\n",
            "disklist:1:8: undefined dumptype 'nosuch'"),
        disklist(
            "duplicate DLE",
            "h /srv dt\nh /var dt\nh /srv dt\n",
            "disklist:3:1: duplicate disk record for host 'h' disk '/srv', previous at"
                + " disklist:1:1"),
        disklist(
            "mixed auth on one host",
            "h /srv dt\nh /var dt-bsd\n",
            "disklist:2:1: Multiple DLE's for host 'h' use different auth methods: 'bsd' here,"
                + " 'BSDTCP' at disklist:1:1"),
        disklist(
            "one host spelled two ways",
            "h /srv dt\nH /var dt\n",
            "disklist:2:1: same host with different case: 'h' and 'H'"),
        disklist(
            "two disks with the same file name",
            "h /a:b dt\nh /a/b dt\n",
            "disklist:2:1: disks '/a:b' and '/a/b' of host 'h' map to the same file name; use"
                + " different disk names"),
        disklist(
            "undefined interface",
            "h /srv dt 1 eth9\n",
            "disklist:1:13: undefined network interface 'eth9'"),
        disklist(
            "non-integer spindle",
            "h /srv dt one\n",
            "disklist:1:11: spindle must be an integer, found 'one'"),
        disklist(
            "text after an inline dumptype's brace",
            "h /srv { dt\n}\n",
            "disklist:1:10: expected end of line after '{', found 'dt'"),
        client(
            "server keyword in a client configuration",
            "inparallel 4\n",
            "amanda-client.conf:1:1: unknown keyword 'inparallel'"),
        client(
            "dumptype in a client configuration",
            "define dumptype a {\n}\n",
            "amanda-client.conf:1:8: unknown kind of definition 'dumptype'; expected application,"
                + " script"),
        client(
            "client script with single-execution",
            "define script s {\n    single-execution yes\n}\n",
            "amanda-client.conf:2:5: unknown script option 'single-execution'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusesWithAPinnedMessage(String what, Map<String, String> files, String expected)
      throws Exception {
    Path dir = Files.createDirectory(root.resolve("cfg"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(dir, files));

    assertThat(e).as(what).isNotNull();
    assertThat(e.getMessage().replace(dir + "/", "")).isEqualTo(expected);
  }

  private static void load(Path dir, Map<String, String> files) throws ConfigException {
    if (files.containsKey("amanda-client.conf")) {
      ConfigDirectory.locate(Optional.of(dir.getParent())).loadClient(Optional.of("cfg"));
      return;
    }
    ServerConfig config = ServerConfig.read(dir);
    if (files.containsKey("disklist")) {
      Disklist.read(config);
    }
  }

  private static Arguments conf(String what, String amandaConf, String expected) {
    return Arguments.of(what, Map.of("amanda.conf", amandaConf), expected);
  }

  private static Arguments files(String what, Map<String, String> files, String expected) {
    return Arguments.of(what, files, expected);
  }

  private static Arguments disklist(String what, String disklist, String expected) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("amanda.conf", TYPES);
    files.put("disklist", disklist);
    return Arguments.of(what, files, expected);
  }

  private static Arguments client(String what, String clientConf, String expected) {
    return Arguments.of(what, Map.of("amanda-client.conf", clientConf), expected);
  }
}
