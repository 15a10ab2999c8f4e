package dev.stackgen.hcl;

/**
 * Counts user-perceived characters (extended grapheme clusters) the way hclwrite's column counting
 * does (go-textseg, Unicode 13 rules), for aligning {@code =} and trailing comments.
 */
final class Graphemes {
  private Graphemes() {}

  private static final int[] OTHER_EXTEND = {
      0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF,
      0x0DDF, 0x1B35, 0x200C, 0x302E, 0x302F, 0xFF9E, 0xFF9F, 0x1133E, 0x11357, 0x114B0, 0x114BD,
      0x115AF, 0x11930, 0x1D165, 0x1D16E, 0x1D16F, 0x1D170, 0x1D171, 0x1D172
  };

  private static final int[] NOT_SPACING_MARK = {
      0x102B, 0x102C, 0x1038, 0x1062, 0x1063, 0x1064, 0x1067, 0x1068, 0x1069, 0x106A, 0x106B, 0x106C,
      0x106D, 0x1083, 0x1087, 0x1088, 0x1089, 0x108A, 0x108B, 0x108C, 0x108F, 0x109A, 0x109B, 0x109C,
      0x1A61, 0x1A63, 0x1A64, 0xAA7B, 0xAA7D, 0x11720, 0x11721
  };

  private static final int[] PREPEND = {
      0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
      0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84, 0x11A85, 0x11A86, 0x11A87, 0x11A88,
      0x11A89, 0x11D46
  };

  /**
   * The number of grapheme clusters of {@code s}. ASCII text (every char below 0x80, nearly every
   * line stackgen aligns) takes a fast path: each char is its own cluster but for CR LF, which is one
   * ({@link #countUnicode} gives the same number, a test holds them equal).
   */
  static int count(String s) {
    int length = s.length();
    int crlf = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return countUnicode(s);
      }
      if (c == '\n' && i > 0 && s.charAt(i - 1) == '\r') {
        crlf++;
      }
    }
    return length - crlf;
  }

  /** {@link #count} by the Unicode rules, for any text. */
  static int countUnicode(String s) {
    int n = 0;
    int prev = -1;
    boolean prevZwj = false;
    boolean pictSeq = false;
    int regionalRun = 0;
    for (int i = 0; i < s.length();) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean joins;
      if (prev == -1) {
        joins = false;
      } else if (prev == '\r' && cp == '\n') {
        joins = true;
      } else if (isControl(prev) || isControl(cp)) {
        joins = false;
      } else if (isHangulJoin(prev, cp)) {
        joins = true;
      } else if (isExtend(cp) || cp == 0x200D || isSpacingMark(cp) || contains(PREPEND, prev)) {
        joins = true;
      } else if (prevZwj && pictSeq && isPictographic(cp)) {
        joins = true;
      } else {
        joins = isRegional(cp) && isRegional(prev) && regionalRun % 2 == 1;
      }
      if (!joins) {
        n++;
        pictSeq = isPictographic(cp);
      } else if (!(isExtend(cp) || cp == 0x200D || isPictographic(cp))) {
        pictSeq = false;
      }
      regionalRun = isRegional(cp) ? regionalRun + 1 : 0;
      prevZwj = cp == 0x200D;
      prev = cp;
    }
    return n;
  }

  private static boolean contains(int[] sorted, int cp) {
    return java.util.Arrays.binarySearch(sorted, cp) >= 0;
  }

  private static boolean isControl(int cp) {
    if (cp == '\r' || cp == '\n') {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return true;
    }
    return type == Character.FORMAT && cp != 0x200D && cp != 0x200C && !contains(PREPEND, cp)
        && !(cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean isExtend(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || contains(OTHER_EXTEND, cp)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean isSpacingMark(int cp) {
    if (cp == 0x0E33 || cp == 0x0EB3) {
      return true;
    }
    return Character.getType(cp) == Character.COMBINING_SPACING_MARK
        && !contains(NOT_SPACING_MARK, cp)
        && !contains(OTHER_EXTEND, cp);
  }

  private static boolean isPictographic(int cp) {
    return (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0x2764;
  }

  private static boolean isRegional(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isHangulJoin(int prev, int cp) {
    boolean prevL = prev >= 0x1100 && prev <= 0x115F || prev >= 0xA960 && prev <= 0xA97C;
    boolean prevV = prev >= 0x1160 && prev <= 0x11A7 || prev >= 0xD7B0 && prev <= 0xD7C6;
    boolean prevT = prev >= 0x11A8 && prev <= 0x11FF || prev >= 0xD7CB && prev <= 0xD7FB;
    boolean prevSyl = prev >= 0xAC00 && prev <= 0xD7A3;
    boolean prevLv = prevSyl && (prev - 0xAC00) % 28 == 0;
    boolean prevLvt = prevSyl && !prevLv;
    boolean curL = cp >= 0x1100 && cp <= 0x115F || cp >= 0xA960 && cp <= 0xA97C;
    boolean curV = cp >= 0x1160 && cp <= 0x11A7 || cp >= 0xD7B0 && cp <= 0xD7C6;
    boolean curT = cp >= 0x11A8 && cp <= 0x11FF || cp >= 0xD7CB && cp <= 0xD7FB;
    boolean curSyl = cp >= 0xAC00 && cp <= 0xD7A3;
    if (prevL && (curL || curV || curSyl)) {
      return true;
    }
    if ((prevLv || prevV) && (curV || curT)) {
      return true;
    }
    return (prevLvt || prevT) && curT;
  }
}
