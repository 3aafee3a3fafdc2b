package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDirectoryTest {
  @TempDir Path root;

  @Test
  void theOptionWinsOverTheEnvironment() {
    ConfigDirectory dir =
        ConfigDirectory.locate(
            Optional.of(Path.of("/opt/conf")),
            Map.of(ConfigDirectory.ENVIRONMENT_VARIABLE, "/env/conf"));

    assertThat(dir.root()).isEqualTo(Path.of("/opt/conf"));
  }

  @Test
  void theEnvironmentWinsOverTheDefault() {
    ConfigDirectory dir =
        ConfigDirectory.locate(
            Optional.empty(), Map.of(ConfigDirectory.ENVIRONMENT_VARIABLE, "/env/conf"));

    assertThat(dir.root()).isEqualTo(Path.of("/env/conf"));
  }

  @Test
  void theDefaultIsEtcAmanda() {
    assertThat(ConfigDirectory.locate(Optional.empty(), Map.of()).root())
        .isEqualTo(Path.of("/etc/amanda"));
  }

  @Test
  void theServerConfigurationIsTheDirectoryOfItsName() throws Exception {
    write("Daily/amanda.conf", "inparallel 3\n");

    ServerConfig config = at().loadServer("Daily");

    assertThat(config.name()).isEqualTo("Daily");
    assertThat(config.inparallel()).isEqualTo(3);
    assertThat(config.diskfile()).isEqualTo(root.resolve("Daily/disklist"));
  }

  @Test
  void aServerFileAtTheRootIsReadFirstAndOverridden() throws Exception {
    write("amanda.conf", "inparallel 3\nmaxdumps 2\ndefine dumptype shared {\n}\n");
    write("Daily/amanda.conf", "inparallel 5\ndefine dumptype own {\n    shared\n}\n");

    ServerConfig config = at().loadServer("Daily");

    assertThat(config.files())
        .containsExactly(root.resolve("amanda.conf"), root.resolve("Daily/amanda.conf"));
    assertThat(config.inparallel()).isEqualTo(5);
    assertThat(config.maxdumps()).isEqualTo(2);
    assertThat(config.dumptype("own")).isPresent();
  }

  @Test
  void aMissingServerConfigurationIsAnError() {
    Path missing = root.resolve("Nope/amanda.conf");

    assertThatThrownBy(() -> at().loadServer("Nope"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": cannot read file: no such file");
  }

  @Test
  void aConfigurationNameCannotLeaveTheRoot() {
    assertThatThrownBy(() -> at().loadServer("../etc"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(root + ": bad configuration name '../etc'");
  }

  @Test
  void theConfigurationsClientFileOverridesTheRootOne() throws Exception {
    write("amanda-client.conf", "index_server \"root-idx\"\ntape_server \"root-tape\"\n");
    write("Daily/amanda-client.conf", "index_server \"daily-idx\"\n");

    ClientConfig client = at().loadClient(Optional.of("Daily"));

    assertThat(client.files())
        .containsExactly(
            root.resolve("amanda-client.conf"), root.resolve("Daily/amanda-client.conf"));
    assertThat(client.indexServer()).isEqualTo("daily-idx");
    assertThat(client.tapeServer()).isEqualTo("root-tape");
  }

  @Test
  void theRootClientFileServesWhenTheConfigurationHasNone() throws Exception {
    write("amanda-client.conf", "auth \"bsd\"\n");

    ClientConfig client = at().loadClient(Optional.of("Daily"));

    assertThat(client.files()).containsExactly(root.resolve("amanda-client.conf"));
    assertThat(client.auth()).isEqualTo("bsd");
  }

  @Test
  void noClientFileAtAllGivesTheDefaults() throws Exception {
    ClientConfig client = at().loadClient(Optional.of("Daily"));

    assertThat(client.files()).isEmpty();
    assertThat(client.auth()).isEqualTo("bsdtcp");
    assertThat(client.conf()).isEqualTo(BuildDefaults.DEFAULT_CONFIG);
    assertThat(client.reservedUdpPort()).isEmpty();
  }

  @Test
  void anApplicationDefinedTwiceAcrossClientFilesIsAnError() throws Exception {
    write("amanda-client.conf", "define application a {\n    plugin \"x\"\n}\n");
    write("Daily/amanda-client.conf", "define application a {\n    plugin \"y\"\n}\n");

    assertThatThrownBy(() -> at().loadClient(Optional.of("Daily")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            root.resolve("Daily/amanda-client.conf")
                + ":1:20: application 'a' is already defined at "
                + root.resolve("amanda-client.conf")
                + ":1:1");
  }

  private ConfigDirectory at() {
    return ConfigDirectory.locate(Optional.of(root), Map.of());
  }

  private void write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
