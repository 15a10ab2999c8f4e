package dev.stackgen.hcl;

import java.util.List;
import java.util.Objects;

/** A parsed HCL file: its body plus the whitespace before end of input. */
public record HclFile(String fileName, String source, Body body, Token eof) {
  public HclFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(eof, "eof");
  }

  /** The file's text rebuilt from the tokens of its nodes; equals {@link #source()}. */
  public String print() {
    return body.print() + Tokens.print(List.of(eof));
  }
}
