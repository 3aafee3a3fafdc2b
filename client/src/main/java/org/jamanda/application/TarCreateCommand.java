package org.jamanda.application;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tar --create} command line amgtar builds for a backup or an estimate, with the exclude
 * and include lists written to temporary files that {@link #close()} removes. One per run; not
 * thread-safe.
 */
final class TarCreateCommand implements Closeable {
  private final List<Path> listFiles = new ArrayList<>();
  private final List<String> arguments = new ArrayList<>();

  /**
   * Builds the command for {@code request}, using the snapshot {@code snapshot}, writing the
   * archive to stdout when {@code toStdout} (with the verbose listing that gives the index), or to
   * /dev/null for an estimate.
   */
  private static final boolean RUNNING_AS_ROOT = isRoot();

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  static TarCreateCommand build(Path tar, DumpRequest request, Path snapshot, boolean toStdout)
      throws IOException {
    TarCreateCommand command = new TarCreateCommand();
    try {
      command.fill(tar, request, snapshot, toStdout);
      return command;
    } catch (IOException | RuntimeException e) {
      command.close();
      throw e;
    }
  }

  private void fill(Path tar, DumpRequest request, Path snapshot, boolean toStdout)
      throws IOException {
    add(tar.toString(), "--create");
    if (toStdout) {
      add("--verbose", "--block-number", "--file", "-");
    } else {
      add("--file", "/dev/null");
    }
    add("--directory", request.directory().toString());
    add("--one-file-system");
    // Keeping access times opens files with O_NOATIME, which only their owner or root may do:
    // Amanda runs tar as root through runtar, jamanda runs it as itself. Without root, tar would
    // fail on every file it does not own, so access times are then left to change.
    if (RUNNING_AS_ROOT) {
      add("--atime-preserve=system");
    }
    add("--listed-incremental", snapshot.toString());
    add("--sparse", "--ignore-failed-read", "--totals");

    // Patterns go through files, as amgtar passes them, so no pattern is read as an option.
    if (!request.excludes().isEmpty()) {
      add("--exclude-from", listFile("exclude", request.excludes()).toString());
    }
    if (request.includes().isEmpty()) {
      add(".");
    } else {
      refuseIncludeGlobs(request.includes());
      add("--files-from", listFile("include", request.includes()).toString());
    }
  }

  // LIMITATION: amgtar expands include globs against the disk directory (client_util.c
  // build_include) before handing tar the list; here includes are literal paths only. A glob
  // fails loudly instead of being archived as a literal name. Lifting it means walking the
  // directory with a PathMatcher per pattern and writing the matches, as Amanda does.
  private static void refuseIncludeGlobs(List<String> includes) {
    for (String include : includes) {
      if (include.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
        throw new IllegalArgumentException(
            "include globs are not supported yet, only literal paths: \"" + include + "\"");
      }
    }
  }

  List<String> arguments() {
    return List.copyOf(arguments);
  }

  private void add(String... words) {
    arguments.addAll(List.of(words));
  }

  private Path listFile(String kind, List<String> lines) throws IOException {
    Path file = Files.createTempFile("jamanda-" + kind + "-", ".list");
    listFiles.add(file);
    for (String line : lines) {
      if (line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException(kind + " pattern holds a newline: \"" + line + "\"");
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** Removes the temporary list files. */
  @Override
  public void close() throws IOException {
    for (Path file : listFiles) {
      Files.deleteIfExists(file);
    }
  }
}
