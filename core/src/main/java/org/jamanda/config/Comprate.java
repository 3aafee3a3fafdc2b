package org.jamanda.config;

/**
 * A dumptype's {@code comprate}: the expected compressed size as a fraction of the original, for
 * full and for incremental dumps. Immutable.
 */
public record Comprate(double full, double incremental) {}
