package org.jamanda.it.ports;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jamanda.testing.netns.NetnsTestBed;

/**
 * A JVM that opens a test bed, makes a namespace, prints its name and exits without closing the
 * bed: the shutdown hook must clean up after it.
 */
public final class BedLeftOpen {
  private BedLeftOpen() {}

  public static void main(String[] args) throws IOException {
    // A main of its own JVM: standard output is how the test hears from it.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    NetnsTestBed bed = NetnsTestBed.open();
    out.println(bed.addNamespace("abandoned").name());
  }
}
