package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jamanda.protocol.MalformedPacketException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectLineTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CONNECT DATA 50027 MESG 50028 INDEX 50029 STATE 50030\n",
        "CONNECT DATA 499999 MESG 499998 INDEX 499997 STATE 499996\n",
        "CONNECT DATA 499999 MESG 499998 INDEX 499997\n",
        "CONNECT MESG 50018\n",
        "CONNECT CTL 50019 DATA 50020 STATE 50021\n"
      })
  void readsAndWritesEveryCapturedLine(String line) throws Exception {
    assertThat(ConnectLine.parse(line).format()).isEqualTo(line);
  }

  @Test
  void findsEachStream() throws Exception {
    ConnectLine line = ConnectLine.parse("CONNECT DATA 50027 MESG 50028 INDEX -1");

    assertThat(line.stream("DATA")).contains(50027);
    assertThat(line.stream("MESG")).contains(50028);
    assertThat(line.stream("INDEX")).as("not offered").isEmpty();
    assertThat(line.stream("STATE")).isEmpty();
  }

  @Test
  void rejectsAStreamWithoutNumber() {
    assertThatThrownBy(() -> ConnectLine.parse("CONNECT DATA x MESG 2"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("bad CONNECT line: stream DATA has no number: 'CONNECT DATA x MESG 2'");
  }

  @Test
  void rejectsALineWithoutPairs() {
    assertThatThrownBy(() -> ConnectLine.parse("CONNECT DATA"))
        .hasMessage("bad CONNECT line: expected CONNECT and NAME NUMBER pairs: 'CONNECT DATA'");
  }
}
