package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bare name inside a block inherits from the section of that name, as the {@code copy_*}
 * functions of conffile.c do. Property orders come from Debian's amgetconf, recorded by
 * config/amgetconf/record.sh on config/amgetconf/props.
 */
class InheritanceTest {
  @TempDir Path root;

  static List<Arguments> recorded() {
    return AmgetconfRecording.rows("props-expected.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recorded")
  void inheritedAndGrownPropertyListsPrintInAmandasOrder(String parameter, int status, String out)
      throws Exception {
    ConfigQuery props = ConfigQuery.of(ServerConfig.read(TestResources.config("amgetconf/props")));

    AmgetconfRecording.check(props, parameter, status, out, Map.of());
  }

  @Test
  void theParentOverridesWhatCameBeforeItAndLaterLinesOverrideTheParent() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define dumptype a {
                compress none
                index no
                record no
            }
            define dumptype b {
                compress client best
                a
                index yes
            }
            """);

    Section b = config.dumptype("b").orElseThrow();

    assertThat(b.value(DumptypeParameters.COMPRESS)).isEqualTo(Compress.NONE);
    assertThat(b.value(DumptypeParameters.INDEX)).isTrue();
    assertThat(b.value(DumptypeParameters.RECORD)).isFalse();
  }

  @Test
  void aParentMayBeQuotedAndNamedInAnyCase() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define tapetype base {
                length 100 gbytes
            }
            define tapetype lto {
                "BASE"
            }
            """);

    assertThat(
            config
                .section(SectionKind.TAPETYPE, "lto")
                .orElseThrow()
                .value(TapetypeParameters.LENGTH))
        .isEqualTo(100L * 1024 * 1024);
  }

  @Test
  void dumptypesTakeCycleAndBumpDefaultsFromTheGlobalValuesAboveThem() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define dumptype early {
            }
            dumpcycle 7
            maxdumps 3
            define dumptype late {
            }
            """);

    assertThat(config.dumptype("early").orElseThrow().value(DumptypeParameters.DUMPCYCLE))
        .isEqualTo(10);
    assertThat(config.dumptype("late").orElseThrow().value(DumptypeParameters.DUMPCYCLE))
        .isEqualTo(7);
    assertThat(config.dumptype("late").orElseThrow().value(DumptypeParameters.MAXDUMPS))
        .isEqualTo(3);
  }

  @Test
  void listsAppendTheParentsEntriesButDoNotPassThemOnFurther() throws Exception {
    // merge_val_t appends lists without marking them set, so a grandchild that only inherits
    // from the child does not get the grandparent's tags.
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define dumptype a {
                tag "from-a"
            }
            define dumptype b {
                tag "own"
                a
            }
            define dumptype c {
                a
            }
            define dumptype d {
                c
            }
            """);

    assertThat(config.dumptype("b").orElseThrow().value(DumptypeParameters.TAG))
        .containsExactly("own", "from-a");
    assertThat(config.dumptype("c").orElseThrow().value(DumptypeParameters.TAG))
        .containsExactly("from-a");
    assertThat(config.dumptype("d").orElseThrow().value(DumptypeParameters.TAG)).isEmpty();
  }

  @Test
  void scriptsStaySortedByTheirOrderWhenInherited() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define script-tool late {
                plugin "x"
                order 90
            }
            define script-tool early {
                plugin "y"
                order 10
            }
            define dumptype a {
                script "late"
            }
            define dumptype b {
                script "early"
                a
            }
            """);

    assertThat(config.dumptype("b").orElseThrow().value(DumptypeParameters.SCRIPT))
        .containsExactly("early", "late");
  }

  @Test
  void aComprateIsNeverInherited() throws Exception {
    // read_rate copies a "seen" field nothing ever sets, so copy_dumptype skips comprate.
    ServerConfig config =
        ConfigTestFiles.server(
            root, "define dumptype a {\n    comprate 0.4, 0.3\n}\ndefine dumptype b {\n    a\n}\n");

    assertThat(config.dumptype("a").orElseThrow().value(DumptypeParameters.COMPRATE))
        .isEqualTo(new Comprate(0.4, 0.3));
    assertThat(config.dumptype("b").orElseThrow().value(DumptypeParameters.COMPRATE))
        .isEqualTo(new Comprate(0.5, 0.5));
  }

  @Test
  void predefinedDumptypesCanBeInherited() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(root, "define dumptype d {\n    no-hold\n    bsd-auth\n}\n");

    Section d = config.dumptype("d").orElseThrow();

    assertThat(d.value(DumptypeParameters.HOLDINGDISK)).isEqualTo(HoldingDiskUse.NEVER);
    assertThat(d.value(DumptypeParameters.AUTH)).isEqualTo("BSD");
  }
}
