package dev.stackgen.model;

/** Where a stack keeps its Terraform state. */
public enum State {
  /** Local state: a bootstrap (tier-0) stack applied before the state database exists. */
  LOCAL("local"),
  /** The shared PostgreSQL backend. */
  PG("pg");

  private final String keyword;

  State(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  /** The state for a catalog keyword, or null when there is none. */
  public static State ofKeyword(String keyword) {
    for (State s : values()) {
      if (s.keyword.equals(keyword)) {
        return s;
      }
    }
    return null;
  }
}
