package org.jamanda.cli;

/** Placeholder main; replaced by the picocli launcher. */
public final class Jamanda {
  private Jamanda() {}

  public static void main(String[] args) {
    System.out.println("jamanda");
  }
}
