package dev.stackgen.hcl;

/** TEMPORARY placeholder until the real formatter lands (branch hcl, phase 2). */
public final class HclFormatter {
  private HclFormatter() {}

  public static String format(String source, String fileName) throws HclSyntaxException {
    HclLexer.lex(source, fileName);
    return source;
  }
}
