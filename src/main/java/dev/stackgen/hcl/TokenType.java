package dev.stackgen.hcl;

/** Token kinds of HCL native syntax, mirroring hclsyntax's scanner token types. */
public enum TokenType {
  OBRACE,
  CBRACE,
  OBRACK,
  CBRACK,
  OPAREN,
  CPAREN,
  OQUOTE,
  CQUOTE,
  OHEREDOC,
  CHEREDOC,
  STAR,
  SLASH,
  PLUS,
  MINUS,
  PERCENT,
  EQUAL,
  EQUAL_OP,
  NOT_EQUAL,
  LESS_THAN,
  LESS_THAN_EQ,
  GREATER_THAN,
  GREATER_THAN_EQ,
  AND,
  OR,
  BANG,
  DOT,
  COMMA,
  DOUBLE_COLON,
  ELLIPSIS,
  FAT_ARROW,
  QUESTION,
  COLON,
  TEMPLATE_INTERP,
  TEMPLATE_CONTROL,
  TEMPLATE_SEQ_END,
  QUOTED_LIT,
  STRING_LIT,
  NUMBER_LIT,
  IDENT,
  COMMENT,
  NEWLINE,
  EOF,
  QUOTED_NEWLINE,
  BITWISE_AND,
  BITWISE_OR,
  BITWISE_NOT,
  BITWISE_XOR,
  SEMICOLON,
  BACKTICK,
  APOSTROPHE,
  INVALID,
  BAD_UTF8;

  /** Net change of bracket nesting caused by this token, as hclwrite counts it. */
  public int bracketChange() {
    switch (this) {
      case OBRACE:
      case OBRACK:
      case OPAREN:
      case TEMPLATE_CONTROL:
      case TEMPLATE_INTERP:
        return 1;
      case CBRACE:
      case CBRACK:
      case CPAREN:
      case TEMPLATE_SEQ_END:
        return -1;
      default:
        return 0;
    }
  }
}
