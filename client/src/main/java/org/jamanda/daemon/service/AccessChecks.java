package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;

/**
 * Checks that a file or directory exists and may be used, and says so in the messages of Amanda's
 * {@code check_file_message}, {@code check_dir_message} and {@code check_access_message}
 * (client_util.c, codes 3600059 to 3600064), for example {@code /var/lib/amanda/gnutar-lists/.
 * read/writable (ruid:34 euid:34)}. Access is tested with the JVM's own ids. Names are wire text;
 * they are echoed unchanged. Immutable.
 */
final class AccessChecks {
  private static final String FILE = "client_util.c";

  private final MessageEmitter emitter;
  private final ProcessIds ids;

  AccessChecks(MessageEmitter emitter, ProcessIds ids) {
    this.emitter = emitter;
    this.ids = ids;
  }

  MessageEmitter emitter() {
    return emitter;
  }

  /** {@code check_file_message}: a regular file, then its access. */
  ClientMessage file(String name, AccessMode mode) {
    Path path;
    try {
      path = WireText.toPath(name);
      if (!Files.readAttributes(path, BasicFileAttributes.class).isRegularFile()) {
        return message(
            1889,
            MessageSeverity.ERROR,
            3600059,
            "%{filename} is not a file",
            new MessageArguments().add("filename", name));
      }
    } catch (IOException e) {
      return message(
          1894,
          MessageSeverity.ERROR,
          3600060,
          "can not stat '%{filename}': %{errnostr}",
          new MessageArguments().errno(Errno.of(e), emitter).add("filename", name));
    }
    return access(name, path, mode);
  }

  /** {@code check_dir_message}: a directory, then the access of {@code name/.}. */
  ClientMessage dir(String name, AccessMode mode) {
    Path path;
    try {
      path = WireText.toPath(name);
      if (!Files.readAttributes(path, BasicFileAttributes.class).isDirectory()) {
        return message(
            1914,
            MessageSeverity.ERROR,
            3600061,
            "%{dirname} is not a directory",
            new MessageArguments().add("dirname", name));
      }
    } catch (IOException e) {
      return message(
          1920,
          MessageSeverity.ERROR,
          3600062,
          "can not stat '%{dirname}': %{errnostr}",
          new MessageArguments().errno(Errno.of(e), emitter).add("dirname", name));
    }
    return access(name + "/.", path.resolve("."), mode);
  }

  /** {@code check_access_message}: whether this process may use {@code path} as {@code mode}. */
  ClientMessage access(String name, Path path, AccessMode mode) {
    try {
      path.getFileSystem().provider().checkAccess(path, mode.modes());
    } catch (IOException e) {
      return message(
          1862,
          MessageSeverity.ERROR,
          3600063,
          "can not %{noun} '%{filename}': %{errnostr} (ruid:%{ruid} euid:%{euid})",
          ids(
              new MessageArguments()
                  .errno(Errno.of(e), emitter)
                  .add("noun", mode.noun())
                  .add("filename", name)));
    }
    return message(
        1870,
        MessageSeverity.INFO,
        3600064,
        "%{filename} %{adjective} (ruid:%{ruid} euid:%{euid})",
        ids(
            new MessageArguments()
                .add("noun", mode.noun())
                .add("adjective", mode.adjective())
                .add("filename", name)));
  }

  private MessageArguments ids(MessageArguments arguments) {
    return arguments.add("ruid", Long.toString(ids.ruid())).add("euid", Long.toString(ids.euid()));
  }

  /** Exclude or include list file that cannot be read (4600002, 4600006; client_util.c). */
  ClientMessage cannotOpenList(boolean exclude, String name, Errno errno, boolean optional) {
    MessageSeverity severity =
        optional && errno.equals(Errno.ENOENT) ? MessageSeverity.INFO : MessageSeverity.ERROR;
    String key = exclude ? "exclude" : "include";
    return message(
        exclude ? 343 : 413,
        severity,
        exclude ? 4600002 : 4600006,
        "Can't open " + key + " file '%{" + key + "}': %{errnostr}",
        new MessageArguments().errno(errno, emitter).add(key, name));
  }

  /** An include pattern that does not start with {@code ./} (4600005; client_util.c). */
  ClientMessage includeNotRelative(String include, boolean optional) {
    return message(
        243,
        optional ? MessageSeverity.INFO : MessageSeverity.ERROR,
        4600005,
        "include must start with './' (%{include})",
        new MessageArguments().add("include", include));
  }

  private ClientMessage message(
      int line, MessageSeverity severity, int code, String template, MessageArguments arguments) {
    return new ClientMessage(FILE, line, severity, emitter, code, arguments.list(), template);
  }
}
