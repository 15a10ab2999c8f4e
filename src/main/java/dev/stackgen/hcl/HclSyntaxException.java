package dev.stackgen.hcl;

/** A syntax error in HCL input, reported as {@code file:line:col: reason}. */
public final class HclSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final int column;
  private final String reason;

  /** Creates an error at a 1-based line and column (column counted in characters). */
  public HclSyntaxException(String fileName, int line, int column, String reason) {
    super(HclEscaper.oneLine(fileName + ":" + line + ":" + column + ": " + reason));
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String fileName() {
    return fileName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
