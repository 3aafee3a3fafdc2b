package org.jamanda.protocol.service;

/** How a DLE's size may be estimated, in the order of preference the server sent. */
public enum Estimate {
  /** The backup program estimates ({@code CLIENT}). */
  CLIENT,
  /** The server guesses from history ({@code SERVER}). */
  SERVER,
  /** Amanda's {@code calcsize} helper walks the tree ({@code CALCSIZE}). */
  CALCSIZE
}
