package org.jamanda.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules parameters check their values against: the {@code validate_*} functions of Amanda's
 * conffile.c, with one deliberate difference: port ranges check both ends (Amanda's {@code
 * validate_port_range} tests the lower end twice and never the upper one).
 */
final class Checks {
  /** Amanda's {@code DISK_BLOCK_KB}: sizes on disk and tape are whole 32 KiB blocks. */
  static final long DISK_BLOCK_KB = 32;

  private static final Logger log = LoggerFactory.getLogger(Checks.class);

  static final Check<Number> POSITIVE = v -> fails(v.longValue() < 1, "must be positive");
  static final Check<Number> NONNEGATIVE = v -> fails(v.longValue() < 0, "must not be negative");
  static final Check<Number> NON_ZERO = v -> fails(v.longValue() == 0, "must not be 0");
  static final Check<Number> RUNSPERCYCLE = v -> fails(v.longValue() < -1, "must be -1 or more");
  static final Check<Number> PERCENT =
      v -> fails(v.longValue() < 0 || v.longValue() > 100, "must be between 0 and 100");
  static final Check<Number> DEBUG_LEVEL =
      v -> fails(v.longValue() < 0 || v.longValue() > 9, "must be between 0 and 9");
  static final Check<Double> BUMPMULT = v -> fails(v < 0.999, "must be 1 or more");
  static final Check<Long> BLOCKSIZE =
      v -> fails(v < DISK_BLOCK_KB, "must be at least " + DISK_BLOCK_KB + " KB");

  static final Check<Optional<IntRange>> RESERVED_PORTS = v -> ports(v, 1, 1023);
  static final Check<Optional<IntRange>> UNRESERVED_PORTS = v -> ports(v, 1024, 65535);

  static final Check<String> PROGRAM =
      v ->
          fails(
              !List.of("DUMP", "GNUTAR", "STAR", "APPLICATION").contains(v),
              "must be \"DUMP\", \"GNUTAR\", \"STAR\" or \"APPLICATION\" (in capitals)");

  static final Check<HostLimit> DUMP_LIMIT =
      v -> fails(!v.patterns().isEmpty(), "dump-limit cannot name hosts");

  /** Names and templates that end up in labels or file names: no blank, no double quote. */
  static final Check<Object> NO_SPACE_DQUOTE = v -> noSpaceOrQuote(templateOf(v));

  static final Check<String> DISPLAYUNIT =
      new Check<>() {
        @Override
        public Optional<String> problem(String value) {
          return fails(!value.matches("[kmgtKMGT]"), "must be k, m, g or t");
        }

        @Override
        public String adjust(String value) {
          return value.toUpperCase(Locale.ROOT);
        }
      };

  /** A holding disk's {@code use}: rounded down to whole blocks. */
  static final Check<Long> HOLDING_USE =
      new Check<>() {
        @Override
        public Optional<String> problem(Long value) {
          return Optional.empty();
        }

        @Override
        public Long adjust(Long value) {
          return floor(value);
        }
      };

  /** A holding disk's {@code chunksize}: 0 means "as big as can be", else whole blocks. */
  static final Check<Long> CHUNKSIZE =
      new Check<>() {
        @Override
        public Optional<String> problem(Long value) {
          if (value < 0) {
            return Optional.of("a negative chunksize is no longer supported");
          }
          return fails(
              value != 0 && floor(value) < 2 * DISK_BLOCK_KB,
              "must be at least " + 2 * DISK_BLOCK_KB + " KB");
        }

        @Override
        public Long adjust(Long value) {
          return floor(value == 0 ? Long.MAX_VALUE / 1024 - 2 * DISK_BLOCK_KB : value);
        }
      };

  /** amreport's {@code columnspec}: NAME=[SPACE[:WIDTH[:PRECISION]]],... */
  static final Check<String> COLUMNSPEC = Checks::columnspec;

  /** {@code tmpdir} must be a directory this process can read and write. */
  static final Check<String> TMPDIR = Checks::tmpdir;

  /** A global {@code changerfile} still works but belongs in a changer section now. */
  static final Check<String> DEPRECATED_CHANGERFILE =
      v -> {
        log.warn("global changerfile is deprecated, set it in a changer section value={}", v);
        return Optional.empty();
      };

  private static final List<String> COLUMNS =
      List.of(
          "hostname",
          "disk",
          "level",
          "origkb",
          "outkb",
          "compress",
          "dumptime",
          "dumprate",
          "tapetime",
          "taperate");

  private Checks() {}

  private static Optional<String> fails(boolean failed, String problem) {
    return failed ? Optional.of(problem) : Optional.empty();
  }

  private static Optional<String> ports(Optional<IntRange> value, int low, int high) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    IntRange range = value.get();
    for (int port : new int[] {range.low(), range.high()}) {
      if (port < low || port > high) {
        return Optional.of("ports must be in " + low + ".." + high + ", and " + port + " is not");
      }
    }
    return fails(
        range.low() > range.high(),
        "the low end " + range.low() + " is above the high end " + range.high());
  }

  private static long floor(long value) {
    // am_floor: C division truncates toward zero, and so does Java's.
    return value / DISK_BLOCK_KB * DISK_BLOCK_KB;
  }

  private static String templateOf(Object value) {
    if (value instanceof Autolabel autolabel) {
      return autolabel.template().orElse("");
    }
    if (value instanceof LabelStr labelstr) {
      return labelstr.template().orElse("");
    }
    return (String) value;
  }

  private static Optional<String> noSpaceOrQuote(String text) {
    if (text.contains(" ")) {
      return Optional.of("must not contain a space");
    }
    return fails(text.contains("\""), "must not contain a double quote");
  }

  private static Optional<String> columnspec(String value) {
    for (String element : value.split(",", -1)) {
      if (value.isEmpty()) {
        break;
      }
      int equals = element.indexOf('=');
      if (equals < 0) {
        return Optional.of("invalid column " + element + ": expected NAME=...");
      }
      String name = element.substring(0, equals).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        return Optional.of("unknown column name " + element.substring(0, equals));
      }
      if (!element.substring(equals + 1).matches("\\d*(:-?\\d*(:\\d*)?)?")) {
        return Optional.of("invalid column format " + element.substring(equals + 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> tmpdir(String value) {
    Path dir = Path.of(value);
    if (!Files.exists(dir)) {
      return Optional.of("directory " + value + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      return Optional.of(value + " is not a directory");
    }
    return fails(
        !Files.isReadable(dir) || !Files.isWritable(dir), "cannot read and write " + value);
  }
}
