package org.jamanda.server.amcheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One disklist entry as amcheck needs it: the disk, and the options of its dumptype that go into
 * the selfcheck request. Immutable.
 *
 * <p>Custom compression and encryption, scripts and the DIRECTTCP data path have no field here;
 * {@link DleConversion} refuses DLEs that use them.
 *
 * @param disk the disk name, as in the disklist
 * @param device the device, when the disklist gives one apart from the disk name
 * @param program {@code GNUTAR}, {@code DUMP} or {@code APPLICATION}
 * @param application the application's plugin and properties, for {@code APPLICATION}
 * @param estimates the estimate methods in order: {@code CLIENT}, {@code SERVER}, {@code CALCSIZE}
 * @param auth the dumptype's {@code auth}, e.g. {@code bsd}
 * @param clientPort the dumptype's {@code client-port}: a number or a service name; empty for the
 *     default, 10080
 * @param maxdumps the dumptype's {@code maxdumps}
 * @param compress the dumptype's {@code compress}, for the built-in programs
 * @param record whether dumps update the client's dump dates ({@code record})
 * @param index whether an index is made ({@code index})
 * @param exclude the {@code exclude} files and lists
 * @param include the {@code include} files and lists
 */
public record AmcheckDle(
    String disk,
    Optional<String> device,
    String program,
    Optional<Application> application,
    List<String> estimates,
    String auth,
    Optional<String> clientPort,
    int maxdumps,
    Compress compress,
    boolean record,
    boolean index,
    FileList exclude,
    FileList include) {
  public AmcheckDle {
    Objects.requireNonNull(disk, "disk");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(application, "application");
    estimates = List.copyOf(estimates);
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(clientPort, "clientPort");
    Objects.requireNonNull(compress, "compress");
    Objects.requireNonNull(exclude, "exclude");
    Objects.requireNonNull(include, "include");
    if (estimates.isEmpty()) {
      throw new IllegalArgumentException("a DLE needs at least one estimate method");
    }
    if (maxdumps < 1) {
      throw new IllegalArgumentException("maxdumps must be at least 1, got " + maxdumps);
    }
  }

  /**
   * A DLE with Amanda's dumptype defaults: GNU tar, client estimates, no compression, record and
   * index on, maxdumps 1, the default client port.
   */
  public static AmcheckDle gnutar(String disk, String auth) {
    return new AmcheckDle(
        disk,
        Optional.empty(),
        "GNUTAR",
        Optional.empty(),
        List.of("CLIENT"),
        auth,
        Optional.empty(),
        1,
        Compress.NONE,
        true,
        true,
        FileList.NONE,
        FileList.NONE);
  }

  /** True for the programs built into Amanda's client, {@code DUMP} and {@code GNUTAR}. */
  public boolean isBuiltInProgram() {
    return program.equals("DUMP") || program.equals("GNUTAR");
  }

  /** This DLE with {@code newClientPort} as its client port. */
  public AmcheckDle withClientPort(String newClientPort) {
    return new AmcheckDle(
        disk,
        device,
        program,
        application,
        estimates,
        auth,
        Optional.of(newClientPort),
        maxdumps,
        compress,
        record,
        index,
        exclude,
        include);
  }

  /** This DLE with {@code newMaxdumps}. */
  public AmcheckDle withMaxdumps(int newMaxdumps) {
    return new AmcheckDle(
        disk,
        device,
        program,
        application,
        estimates,
        auth,
        clientPort,
        newMaxdumps,
        compress,
        record,
        index,
        exclude,
        include);
  }

  /**
   * An application ({@code define application-tool}): its plugin and properties.
   *
   * @param plugin e.g. {@code amgtar}
   * @param properties property names (lower case, as Amanda sends them) and their values
   */
  public record Application(String plugin, Map<String, List<String>> properties) {
    public Application {
      Objects.requireNonNull(plugin, "plugin");
      properties = Map.copyOf(properties);
    }
  }

  /** The dumptype's {@code compress} choices that need no custom program. */
  public enum Compress {
    NONE,
    CLIENT_FAST,
    CLIENT_BEST,
    SERVER_FAST,
    SERVER_BEST
  }

  /**
   * The files of an {@code exclude} or {@code include} option.
   *
   * @param files patterns given one by one (the keyword "file")
   * @param lists files that hold patterns (the keyword "list")
   * @param optional whether a missing list is no error ({@code optional})
   */
  public record FileList(List<String> files, List<String> lists, boolean optional) {
    /** No exclude or include. */
    public static final FileList NONE = new FileList(List.of(), List.of(), false);

    public FileList {
      files = List.copyOf(files);
      lists = List.copyOf(lists);
    }

    public boolean isEmpty() {
      return files.isEmpty() && lists.isEmpty();
    }
  }
}
