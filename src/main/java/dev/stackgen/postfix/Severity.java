package dev.stackgen.postfix;

import java.util.Locale;

/** How serious a lint finding is; any {@link #ERROR} makes {@code postfix lint} exit 1. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in formatted findings ({@code error}, {@code warning}, {@code info}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
