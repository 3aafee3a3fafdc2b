package org.jamanda.daemon.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleFilter;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;

/**
 * Checks a DLE's exclude and include rules as Amanda's {@code build_exclude} and {@code
 * build_include} do (client_util.c) when selfcheck or amgtar prepare a dump: list files must be
 * readable (unless optional and absent), include patterns must start with {@code ./}, and the
 * include patterns must match something under the directory. Only errors are reported, as in
 * Amanda. Immutable.
 */
final class FilterChecks {
  /** The most lines read from one exclude or include list file. */
  static final int MAX_LIST_LINES = 100_000;

  private final AccessChecks messages;

  FilterChecks(MessageEmitter emitter, ProcessIds ids) {
    this.messages = new AccessChecks(emitter, ids);
  }

  /** Reports the problems of {@code dle}'s rules, globbing includes under {@code directory}. */
  void check(DleRequest dle, String directory, Consumer<ClientMessage> report) {
    DleFilter exclude = dle.options().exclude();
    for (String list : exclude.lists()) {
      readList(true, fixupRelative(list, dle.device()), exclude.optional(), report);
    }
    DleFilter include = dle.options().include();
    if (include.isEmpty()) {
      return;
    }
    List<String> patterns = new ArrayList<>(include.files());
    for (String list : include.lists()) {
      patterns.addAll(
          readList(false, fixupRelative(list, dle.device()), include.optional(), report));
    }
    int matches = 0;
    for (String pattern : patterns) {
      matches += expand(pattern, directory, include.optional(), report);
    }
    if (matches == 0) {
      report.accept(nothingToInclude(dle));
    }
  }

  // A list file named relative to the DLE lives in the DLE's directory.
  private static String fixupRelative(String name, String device) {
    return name.startsWith("/") ? name : device + "/" + name;
  }

  private List<String> readList(
      boolean exclude, String name, boolean optional, Consumer<ClientMessage> report) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        Files.newBufferedReader(WireText.toPath(name), StandardCharsets.ISO_8859_1)) {
      for (String line = in.readLine();
          line != null && lines.size() < MAX_LIST_LINES;
          line = in.readLine()) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      reportErrors(messages.cannotOpenList(exclude, name, Errno.of(e), optional), report);
    }
    return lines;
  }

  // add_include: "./pattern" is globbed in the directory; anything else is reported.
  private int expand(
      String pattern, String directory, boolean optional, Consumer<ClientMessage> report) {
    if (!pattern.startsWith("./")) {
      reportErrors(messages.includeNotRelative(pattern, optional), report);
      return 0;
    }
    List<Path> found;
    try {
      found = List.of(WireText.toPath(directory));
    } catch (FileSystemException e) {
      // the disk check reports a name this JVM cannot use; here it simply matches nothing
      return 0;
    }
    for (String segment : pattern.substring(2).split("/", -1)) {
      if (!segment.isEmpty()) {
        found = matching(found, segment);
      }
    }
    return found.size();
  }

  // One step of glob(3): the entries of each directory that match a pattern segment; a wildcard
  // does not match a leading dot.
  private static List<Path> matching(List<Path> dirs, String segment) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + segment);
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          Path name = entry.getFileName();
          boolean hidden = name.toString().startsWith(".") && !segment.startsWith(".");
          if (!hidden && matcher.matches(name)) {
            out.add(entry);
          }
        }
      } catch (IOException e) {
        // glob(3) skips what it cannot read; so does this count
      }
    }
    return out;
  }

  private ClientMessage nothingToInclude(DleRequest dle) {
    return new ClientMessage(
        "client_util.c",
        433,
        MessageSeverity.ERROR,
        messages.emitter(),
        4600008,
        new MessageArguments().add("disk", dle.disk()).list(),
        "Nothing found to include for disk '%{disk}'");
  }

  private static void reportErrors(ClientMessage message, Consumer<ClientMessage> report) {
    if (message.severity().compareTo(MessageSeverity.INFO) > 0) {
      report.accept(message);
    }
  }
}
