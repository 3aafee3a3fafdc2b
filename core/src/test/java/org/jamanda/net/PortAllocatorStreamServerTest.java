package org.jamanda.net;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.net.TestPorts.holdTcp;
import static org.jamanda.net.TestPorts.loopback;
import static org.jamanda.net.TestPorts.portsBetween;
import static org.jamanda.net.TestPorts.range;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream server routine on loopback: user range, then privileged, then any port. */
@Tag("net")
class PortAllocatorStreamServerTest {
  @Test
  void listensOnTheUserRangeFirst() throws IOException {
    PortRange user = range(28000, 28003);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28004, 28005)).withUnreservedTcpPort(user));

    try (StreamListener listener = allocator.openStreamServer()) {
      assertThat(listener.allocatedPort().step()).isEqualTo(BindStep.USER_RANGE);
      assertThat(user.contains(listener.port())).isTrue();
      assertThat(listener.localAddress().getPort()).isEqualTo(listener.port());
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void fallsBackToThePrivilegedStepWhenTheUserRangeIsFull() throws IOException {
    PortRange user = range(28010, 28011);
    PortRange privileged = range(28012, 28013);
    PortAllocator allocator = new PortAllocator(loopback(privileged).withUnreservedTcpPort(user));

    try (TestPorts.Held held = holdTcp(user);
        RecordingStderr log = new RecordingStderr();
        StreamListener listener = allocator.openStreamServer()) {
      assertThat(listener.allocatedPort().step()).isEqualTo(BindStep.PRIVILEGED);
      assertThat(privileged.contains(listener.port())).isTrue();
      assertThat(log.text())
          .contains(
              "INFO org.jamanda.net.PortAllocator - port range exhausted, falling back"
                  + " routine=stream-server step=USER_RANGE range=28010,28011 busy=2 skipped=0"
                  + " denied=0 next=PRIVILEGED");
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void fallsBackToAnyPortWhenBothRangesAreFull() throws IOException {
    PortRange user = range(28014, 28015);
    PortRange privileged = range(28016, 28017);
    PortAllocator allocator = new PortAllocator(loopback(privileged).withUnreservedTcpPort(user));

    try (TestPorts.Held heldUser = holdTcp(user);
        TestPorts.Held heldPrivileged = holdTcp(privileged);
        RecordingStderr log = new RecordingStderr();
        StreamListener listener = allocator.openStreamServer()) {
      assertThat(listener.allocatedPort().step()).isEqualTo(BindStep.ANY);
      assertThat(listener.port()).isNotIn(portsBetween(28014, 28017));
      assertThat(log.text())
          .contains("step=USER_RANGE range=28014,28015 busy=2 skipped=0 denied=0 next=PRIVILEGED")
          .contains("step=PRIVILEGED range=28016,28017 busy=2 skipped=0 denied=0 next=ANY");
    }
  }

  @Test
  void startsAtThePrivilegedStepWithoutAUserRange() throws IOException {
    PortRange privileged = range(28018, 28019);
    PortAllocator allocator = new PortAllocator(loopback(privileged));

    try (StreamListener listener = allocator.openStreamServer()) {
      assertThat(listener.allocatedPort().step()).isEqualTo(BindStep.PRIVILEGED);
      assertThat(privileged.contains(listener.port())).isTrue();
    }
  }

  @Test
  void skipsPortsTheServicesFileNamesForAnotherService(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "ftp-x 28020/tcp\nweb-x 28021/tcp # comment\nmail-x 28022/tcp\n");
    PortSettings settings =
        loopback(range(28024, 28025))
            .withUnreservedTcpPort(range(28020, 28023))
            .withServices(ServicesFile.read(file));
    PortAllocator allocator = new PortAllocator(settings);

    // The scan starts at a pseudo-random port: repeat so that every start is likely covered.
    for (int i = 0; i < 20; i++) {
      try (StreamListener listener = allocator.openStreamServer()) {
        assertThat(listener.port()).isEqualTo(28023);
      }
    }
  }

  @Test
  void usesAPortTheServicesFileNamesForAmanda(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "amanda-data 28026/tcp\n");
    PortSettings settings =
        loopback(range(28027, 28027))
            .withUnreservedTcpPort(range(28026, 28026))
            .withServices(ServicesFile.read(file));

    try (StreamListener listener = new PortAllocator(settings).openStreamServer()) {
      assertThat(listener.allocatedPort()).isEqualTo(new AllocatedPort(BindStep.USER_RANGE, 28026));
    }
  }

  @Test
  void concurrentListenersGetDistinctPortsOfTheRange() throws Exception {
    PortRange user = range(28030, 28037);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28038, 28039)).withUnreservedTcpPort(user));
    ExecutorService pool = Executors.newFixedThreadPool(user.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<StreamListener>> futures = new ArrayList<>();
    List<StreamListener> listeners = new ArrayList<>();
    try {
      for (int i = 0; i < user.size(); i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(5, SECONDS);
                  return allocator.openStreamServer();
                }));
      }
      start.countDown();
      for (Future<StreamListener> future : futures) {
        listeners.add(future.get(5, SECONDS));
      }
      Set<Integer> ports = new HashSet<>();
      for (StreamListener listener : listeners) {
        assertThat(listener.allocatedPort().step()).isEqualTo(BindStep.USER_RANGE);
        ports.add(listener.port());
      }
      assertThat(ports).hasSize(user.size()).allMatch(user::contains);

      try (StreamListener ninth = allocator.openStreamServer()) {
        assertThat(ninth.allocatedPort().step()).isEqualTo(BindStep.PRIVILEGED);
      }
    } finally {
      pool.shutdownNow();
      for (StreamListener listener : listeners) {
        listener.close();
      }
    }
  }
}
