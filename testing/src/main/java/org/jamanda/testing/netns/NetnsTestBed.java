package org.jamanda.testing.netns;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jamanda.testing.Prerequisites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network namespaces for one test, joined by veth links, with bounded commands, long-running
 * processes and nftables rule sets inside them.
 *
 * <pre>
 * try (NetnsTestBed bed = NetnsTestBed.open()) {
 *   NetworkNamespace server = bed.addNamespace("server");
 *   NetworkNamespace client = bed.addNamespace("client");
 *   VethLink link = bed.link(server, client);        // 10.201.1.1 and 10.201.1.2
 *   bed.loadNft(client, ruleset);
 *   bed.execOk(server, "nft", "list", "ruleset");
 * }
 * </pre>
 *
 * <p>Closing deletes every namespace (and with it every link, address and rule), kills every
 * process the bed started or that still runs inside its namespaces, and deletes its files; a JVM
 * shutdown hook does the same if the test never closes it. Methods are synchronized, so the hook
 * and a test thread cannot interleave.
 */
public final class NetnsTestBed implements AutoCloseable {
  /** The prefix of every namespace name the bed makes. */
  public static final String NAME_PREFIX = "jt-";

  /** The time limit of commands that take none. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Links get 10.201.N.0/24 and fd00:201:N::/64, N = 1..254: private, and only ever inside the
   * bed's namespaces.
   */
  private static final int SUBNET_SECOND_OCTET = 201;

  private static final int MAX_LINKS = 254;

  /** How long a new link may take to carry traffic both ways. */
  private static final Duration PATH_WAIT = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(NetnsTestBed.class);

  private final String prefix;
  private final Thread shutdownHook;
  private final List<NetworkNamespace> namespaces = new ArrayList<>();
  private final List<NamespaceProcess> processes = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();
  private int links;
  private boolean closed;

  private NetnsTestBed(String prefix) {
    this.prefix = prefix;
    this.shutdownHook = new Thread(this::closeFromHook, "jt-netns-cleanup");
  }

  /**
   * Opens an empty bed. Skips the calling test (fails it under CI) unless it runs as root with
   * {@code ip} on the PATH.
   */
  public static NetnsTestBed open() {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("ip");
    NetnsTestBed bed = new NetnsTestBed(uniquePrefix());
    Runtime.getRuntime().addShutdownHook(bed.shutdownHook);
    return bed;
  }

  /** Like {@link #open()}, and also requires {@code nft}. */
  public static NetnsTestBed openWithNftables() {
    Prerequisites.requireCommand("nft");
    return open();
  }

  /** Makes a namespace with its loopback interface up. {@code role} becomes part of its name. */
  public synchronized NetworkNamespace addNamespace(String role) throws IOException {
    ensureOpen();
    String cleanRole = role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    NetworkNamespace ns = new NetworkNamespace(prefix + "-" + cleanRole, role);
    if (namespaces.contains(ns)) {
      throw new IllegalArgumentException("namespace role already used: " + role);
    }
    runOk("ip", "netns", "add", ns.name());
    namespaces.add(ns);
    ip(ns, "link", "set", "lo", "up");
    // Without duplicate address detection, IPv6 addresses (link-local ones too, which neighbour
    // discovery needs) work the moment a link is up, instead of a second or two later.
    for (String scope : new String[] {"all", "default"}) {
      String key = "net.ipv6.conf." + scope + ".accept_dad";
      runOk("ip", "netns", "exec", ns.name(), "sysctl", "-q", "-w", key + "=0");
    }
    log.info("namespace created ns={}", ns);
    return ns;
  }

  /**
   * Joins {@code a} and {@code b} with a veth pair on subnets of its own: {@code a} gets 10.201.N.1
   * and fd00:201:N::1, {@code b} 10.201.N.2 and fd00:201:N::2. Both ends are created inside the
   * namespaces, never in the host's. Returns once {@code a} can connect to {@code b} over IPv4 and
   * IPv6 (the first neighbour discovery on a new link can take a second), so load firewalls
   * afterwards.
   */
  public synchronized VethLink link(NetworkNamespace a, NetworkNamespace b) throws IOException {
    ensureOpen();
    requireOwn(a);
    requireOwn(b);
    if (links == MAX_LINKS) {
      throw new IllegalStateException("a bed holds at most " + MAX_LINKS + " links");
    }
    int n = ++links;
    String ifA = "jv" + n + "a";
    String ifB = "jv" + n + "b";
    ip(a, "link", "add", ifA, "type", "veth", "peer", "name", ifB, "netns", b.name());
    VethLink link =
        new VethLink(a, ifA, address(n, 1), address6(n, 1), b, ifB, address(n, 2), address6(n, 2));
    configure(a, ifA, link.addressA(), link.address6A());
    configure(b, ifB, link.addressB(), link.address6B());
    awaitPath(a, link.addressB());
    awaitPath(a, link.address6B());
    log.info("link created a={} b={} ipv4={} ipv6={}", a, b, link.addressA(), link.address6A());
    return link;
  }

  /** Runs {@code command} inside {@code ns} within {@link #DEFAULT_TIMEOUT}. */
  public CommandResult exec(NetworkNamespace ns, String... command) throws IOException {
    return exec(ns, DEFAULT_TIMEOUT, command);
  }

  /**
   * Runs {@code command} inside {@code ns}. A command still running after {@code timeout} is killed
   * and reported with {@link CommandFailedException}; a non-zero exit is only reported in the
   * result.
   */
  public synchronized CommandResult exec(NetworkNamespace ns, Duration timeout, String... command)
      throws IOException {
    ensureOpen();
    requireOwn(ns);
    return BoundedCommand.run(inNamespace(ns, command), timeout);
  }

  /** Like {@link #exec(NetworkNamespace, String...)}, failing on a non-zero exit. */
  public CommandResult execOk(NetworkNamespace ns, String... command) throws IOException {
    CommandResult result = exec(ns, command);
    if (!result.isSuccess()) {
      throw new CommandFailedException(result.describe());
    }
    return result;
  }

  /** Starts a long-running {@code command} inside {@code ns}; the bed kills it on close. */
  public synchronized NamespaceProcess start(NetworkNamespace ns, String... command)
      throws IOException {
    ensureOpen();
    requireOwn(ns);
    List<String> full = inNamespace(ns, command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    process.getOutputStream().close();
    NamespaceProcess started = NamespaceProcess.started(ns, full, process);
    processes.add(started);
    log.info(
        "process started pid={} ns={} command={}", process.pid(), ns, String.join(" ", command));
    return started;
  }

  /** Sets a sysctl inside {@code ns} only, e.g. {@code net.ipv4.tcp_syn_retries}. */
  public void sysctl(NetworkNamespace ns, String key, String value) throws IOException {
    execOk(ns, "sysctl", "-q", "-w", key + "=" + value);
  }

  /** Writes {@code content} to a file the bed deletes on close, and returns its path. */
  public synchronized Path writeFile(String name, String content) throws IOException {
    ensureOpen();
    Path file = Files.createTempFile(prefix + "-", "-" + name);
    files.add(file);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Checks {@code ruleset} with {@code nft -c -f} inside {@code ns}; loads nothing. */
  public CommandResult checkNft(NetworkNamespace ns, String ruleset) throws IOException {
    Path file = writeFile("check.nft", ruleset);
    return exec(ns, "nft", "-c", "-f", file.toString());
  }

  /** Loads {@code ruleset} with {@code nft -f} inside {@code ns}, failing if nft refuses it. */
  public void loadNft(NetworkNamespace ns, String ruleset) throws IOException {
    Path file = writeFile("load.nft", ruleset);
    execOk(ns, "nft", "-f", file.toString());
    log.info("nft rule set loaded ns={} lines={}", ns, ruleset.lines().count());
  }

  /** The namespaces made so far, in order. */
  public synchronized List<NetworkNamespace> namespaces() {
    return List.copyOf(namespaces);
  }

  /**
   * Kills the bed's processes and anything else still running in its namespaces, deletes the
   * namespaces and the bed's files. Idempotent. Fails, after trying everything, if something could
   * not be removed.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    removeShutdownHook();
    new Cleanup(processes, namespaces, files).run();
  }

  private void closeFromHook() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      log.warn("test bed cleanup at JVM exit failed prefix={}", prefix, e);
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook runs close(), which then does nothing.
    }
  }

  private void configure(NetworkNamespace ns, String ifName, Inet4Address ip4, Inet6Address ip6)
      throws IOException {
    ip(ns, "addr", "add", ip4.getHostAddress() + "/24", "dev", ifName);
    ip(ns, "-6", "addr", "add", ip6.getHostAddress() + "/64", "dev", ifName);
    ip(ns, "link", "set", ifName, "up");
  }

  // A TCP connect from bash to the discard port: "refused" (or a connection) proves that packets
  // and their answers pass; a try that hears nothing in time is repeated until the deadline.
  private void awaitPath(NetworkNamespace from, InetAddress to) throws IOException {
    String connect = "exec 3<>/dev/tcp/" + to.getHostAddress() + "/9";
    List<String> command =
        List.of("ip", "netns", "exec", from.name(), "timeout", "0.3", "bash", "-c", connect);
    long deadline = System.nanoTime() + BoundedCommand.scale(PATH_WAIT).toNanos();
    CommandResult last;
    do {
      last = BoundedCommand.run(command, DEFAULT_TIMEOUT);
      if (last.isSuccess() || last.stderr().contains("refused")) {
        return;
      }
    } while (System.nanoTime() < deadline);
    throw new CommandFailedException("no path from " + from + " to " + to + ": " + last.describe());
  }

  /** Runs {@code ip -n NS args...}: iproute2 acting on one of the bed's namespaces only. */
  private void ip(NetworkNamespace ns, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("ip", "-n", ns.name()));
    command.addAll(Arrays.asList(args));
    runOk(command.toArray(String[]::new));
  }

  private static Inet4Address address(int subnet, int host) throws IOException {
    byte[] bytes = {10, (byte) SUBNET_SECOND_OCTET, (byte) subnet, (byte) host};
    return (Inet4Address) InetAddress.getByAddress(bytes);
  }

  // fd00:201:N::host, a unique-local address that mirrors the IPv4 one.
  private static Inet6Address address6(int subnet, int host) throws IOException {
    byte[] bytes = new byte[16];
    bytes[0] = (byte) 0xfd;
    bytes[2] = 0x02;
    bytes[3] = 0x01;
    bytes[5] = (byte) subnet;
    bytes[15] = (byte) host;
    return (Inet6Address) InetAddress.getByAddress(bytes);
  }

  private static List<String> inNamespace(NetworkNamespace ns, String... command) {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns.name()));
    full.addAll(Arrays.asList(command));
    return full;
  }

  private void runOk(String... command) throws IOException {
    CommandResult result = BoundedCommand.run(List.of(command), DEFAULT_TIMEOUT);
    if (!result.isSuccess()) {
      throw new CommandFailedException(result.describe());
    }
  }

  private void requireOwn(NetworkNamespace ns) {
    if (!namespaces.contains(ns)) {
      throw new IllegalArgumentException("namespace " + ns + " does not belong to this bed");
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("test bed " + prefix + " is closed");
    }
  }

  // jt-<pid>-<random>: the pid keeps parallel JVMs apart, the random part keeps beds of one JVM
  // apart.
  private static String uniquePrefix() {
    String pid = Long.toString(ProcessHandle.current().pid(), 36);
    String random = Integer.toString(new SecureRandom().nextInt(36 * 36 * 36 * 36), 36);
    return NAME_PREFIX + pid + "-" + random;
  }
}
