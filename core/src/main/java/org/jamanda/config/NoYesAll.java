package org.jamanda.config;

/** A {@code no | yes | all} setting, such as {@code autoflush}. */
public enum NoYesAll {
  NO,
  YES,
  ALL
}
