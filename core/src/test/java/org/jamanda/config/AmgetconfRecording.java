package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Replays a recording of Debian's amanda 3.5.1 amgetconf (made by config/amgetconf/record.sh on the
 * same files) against a {@link ConfigQuery}.
 */
final class AmgetconfRecording {
  /**
   * Where jamanda differs on purpose: the three port ranges have no default, so when a
   * configuration leaves them unset jamanda prints an empty line where Debian's build prints its
   * configure-time ranges.
   */
  static final Map<String, String> UNSET_PORT_RANGES =
      Map.of("reserved-udp-port", "", "reserved-tcp-port", "", "unreserved-tcp-port", "");

  private AmgetconfRecording() {}

  static List<Arguments> rows(String tsv) {
    return TestResources.recording("amgetconf/" + tsv);
  }

  static void check(
      ConfigQuery query, String parameter, int status, String output, Map<String, String> differ)
      throws Exception {
    if (differ.containsKey(parameter)) {
      assertThat(String.join("\n", query.lookup(parameter))).isEqualTo(differ.get(parameter));
    } else if (status == 0) {
      assertThat(String.join("\n", query.lookup(parameter))).isEqualTo(output);
    } else {
      assertThatThrownBy(() -> query.lookup(parameter))
          .isInstanceOf(UnknownParameterException.class)
          .hasMessage(output);
    }
  }
}
