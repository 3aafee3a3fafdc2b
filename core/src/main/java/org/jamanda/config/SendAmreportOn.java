package org.jamanda.config;

/** The {@code send-amreport-on} setting: which runs mail a report. */
public enum SendAmreportOn {
  ALL,
  STRANGE,
  ERROR,
  NEVER
}
