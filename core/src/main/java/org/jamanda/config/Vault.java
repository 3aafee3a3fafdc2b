package org.jamanda.config;

/**
 * One entry of a storage's {@code vault} list: copy dumps to {@code storage} and keep them {@code
 * days} days. Immutable.
 */
public record Vault(String storage, int days) {}
