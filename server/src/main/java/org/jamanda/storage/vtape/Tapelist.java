package org.jamanda.storage.vtape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tapelist of a configuration: every labelled volume, newest datestamp first, as {@code
 * read_tapelist} and {@code write_tapelist} in Amanda's {@code server-src/tapefile.c} keep it.
 * Immutable; the {@code with} methods return a changed copy.
 *
 * <pre>
 * 20261203162552 Lab-3 reuse BLOCKSIZE:32 POOL:Lab STORAGE:Lab CONFIG:Lab
 * 20261203162523 Lab-2 reuse BLOCKSIZE:32 POOL:Lab STORAGE:Lab CONFIG:Lab
 * 0 Lab-4 reuse BLOCKSIZE:32 POOL:Lab STORAGE:Lab CONFIG:Lab
 * </pre>
 */
public final class Tapelist {
  private final List<TapelistEntry> entries;

  private Tapelist(List<TapelistEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A tapelist holding {@code entries}, put newest first as Amanda does when it reads one. */
  public static Tapelist of(List<TapelistEntry> entries) {
    List<TapelistEntry> sorted = new ArrayList<>();
    entries.forEach(entry -> insert(sorted, entry));
    return new Tapelist(sorted);
  }

  /**
   * Reads {@code file}; a missing file is an empty tapelist, as in Amanda.
   *
   * @throws MalformedTapelistException when a line cannot be read, naming file:line:column
   * @throws IOException when the file exists but cannot be read
   */
  public static Tapelist read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Tapelist(List.of());
    }
    return parse(text, file.toString());
  }

  /**
   * Reads tapelist text; blank lines are skipped.
   *
   * @param source the file name error messages start with
   * @throws MalformedTapelistException when a line cannot be read
   */
  public static Tapelist parse(String text, String source) throws MalformedTapelistException {
    List<TapelistEntry> sorted = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        insert(sorted, new TapelistLineReader(source, i + 1, lines[i]).read());
      }
    }
    return new Tapelist(sorted);
  }

  /**
   * Puts {@code entry} after every entry with the same or a later datestamp (compared as text, as
   * Amanda's {@code insert} does), so equal datestamps keep their order and {@code 0} goes last.
   */
  private static void insert(List<TapelistEntry> sorted, TapelistEntry entry) {
    int at = 0;
    while (at < sorted.size() && sorted.get(at).datestamp().compareTo(entry.datestamp()) >= 0) {
      at++;
    }
    sorted.add(at, entry);
  }

  /** The entries, newest first. */
  public List<TapelistEntry> entries() {
    return entries;
  }

  /** The entry for {@code label}, if the tapelist has one. */
  public Optional<TapelistEntry> find(String label) {
    return entries.stream().filter(e -> e.label().equals(label)).findFirst();
  }

  /** A copy with {@code entry} in place of any entry of the same label, put in datestamp order. */
  public Tapelist with(TapelistEntry entry) {
    List<TapelistEntry> sorted = new ArrayList<>(entries);
    sorted.removeIf(e -> e.label().equals(entry.label()));
    insert(sorted, entry);
    return new Tapelist(sorted);
  }

  /** The file's text: one line per entry, each ending in a newline. */
  public String format() {
    StringBuilder out = new StringBuilder(entries.size() * 80);
    entries.forEach(e -> out.append(e.format()).append('\n'));
    return out.toString();
  }

  /**
   * Writes the tapelist to {@code file} through {@code <file>.new} and a rename, as Amanda does, so
   * a reader never sees half a file. Not safe against a concurrent writer; Amanda serialises
   * writers with a lock file that is not implemented here.
   */
  public void write(Path file) throws IOException {
    Path fresh = file.resolveSibling(file.getFileName() + ".new");
    Files.writeString(fresh, format(), StandardCharsets.UTF_8);
    Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tapelist t && t.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Tapelist" + entries;
  }
}
