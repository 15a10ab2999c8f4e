package dev.stackgen.lsp;

import dev.stackgen.hcl.HclLexer;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a catalog file read from its tokens alone, so it works on text that does not parse (the
 * editor's text while the user types): every block with its labels and extent, every attribute, every
 * quoted string and {@code var.x} reference, and the context at a cursor offset (the enclosing blocks,
 * whether the cursor is in a name, a value or a label).
 */
final class Syntax {
  /** A block: type, labels (decoded, with the offsets of their text inside the quotes), extent, parent. */
  record BlockSpan(String type, List<String> labels, List<int[]> labelRanges, int start, int typeEnd, int end,
      BlockSpan parent) {
    /** The types from the top level down to this block. */
    List<String> path() {
      List<String> out = new ArrayList<>();
      for (BlockSpan b = this; b != null; b = b.parent) {
        out.add(0, b.type);
      }
      return out;
    }

    String label() {
      return labels.isEmpty() ? "" : labels.get(0);
    }

    /** The top-level block this one is in (itself at the top level). */
    BlockSpan top() {
      BlockSpan b = this;
      while (b.parent != null) {
        b = b.parent;
      }
      return b;
    }
  }

  /** {@code name = value} in a block body (block null at the top level); value ends at the line's end. */
  record AttrSpan(String name, int start, int end, BlockSpan block, int valueStart, int valueEnd) {}

  /** A quoted string without interpolation: its value and the offsets of its text (inside the quotes). */
  record Str(String value, int start, int end, AttrSpan attr) {}

  /** {@code name = ...} inside an attribute's object value (e.g. a key of root.tiers). */
  record Key(String name, int start, int end, AttrSpan attr) {}

  /** {@code var.name} or {@code local.name}: the name's offsets. */
  record Ref(String kind, String name, int start, int end, BlockSpan block) {}

  /** Where the cursor is. */
  enum Place {
    NAME, VALUE, LABEL, OTHER
  }

  /**
   * The context at the cursor: the innermost block (null at the top level), the place, the attribute
   * whose value the cursor is in, the word being typed before the cursor, and for a label the block type.
   */
  record Context(BlockSpan block, Place place, String attribute, String prefix, String labelOf, boolean quoted) {}

  final String text;
  final List<BlockSpan> blocks = new ArrayList<>();
  final List<AttrSpan> attrs = new ArrayList<>();
  final List<Str> strings = new ArrayList<>();
  final List<Key> keys = new ArrayList<>();
  final List<Ref> refs = new ArrayList<>();
  private final List<Token> tokens;

  private Syntax(String text) {
    this.text = text;
    this.tokens = lex(text);
  }

  /**
   * The tokens of {@code text}, a quoted string left open at the end of its line (as while the user types
   * it) closed there: HCL's scanner would read on to the next quote, and everything after as a string.
   */
  private static List<Token> lex(String text) {
    List<Token> out = new ArrayList<>();
    int base = 0;
    int baseLine = 0;
    while (true) {
      List<Token> part = HclLexer.scan(base == 0 ? text : text.substring(base));
      int cut = -1;
      for (int k = 0; k < part.size(); k++) {
        if (part.get(k).type() == TokenType.QUOTED_NEWLINE) {
          cut = k;
          break;
        }
      }
      int end = cut < 0 ? part.size() : cut + 1;
      for (int k = 0; k < end; k++) {
        Token t = part.get(k);
        out.add(base == 0 ? t : new Token(t.type(), t.text(), t.line() + baseLine, t.column(), t.offset() + base,
            t.before()));
      }
      if (cut < 0) {
        return out;
      }
      Token nl = out.get(out.size() - 1);
      base = nl.end();
      baseLine = nl.line();
    }
  }

  static Syntax of(String text) {
    Syntax s = new Syntax(text);
    s.scan(Integer.MAX_VALUE);
    return s;
  }

  /** The context at {@code offset} (a fresh scan of the text before it). */
  static Context contextAt(String text, int offset) {
    Syntax s = new Syntax(text);
    return s.scan(offset);
  }

  /** A frame of the bracket stack: a block body, or an expression bracket (with the attribute it belongs to). */
  private static final class Frame {
    final BlockSpan block; // for a block body
    final TokenType closer;
    final AttrSpan attr; // for expression brackets: the attribute whose value it is in
    final int blockIndex;
    String labelOf; // for the quotes of a block label: the block's type

    Frame(BlockSpan block, TokenType closer, AttrSpan attr, int blockIndex) {
      this.block = block;
      this.closer = closer;
      this.attr = attr;
      this.blockIndex = blockIndex;
    }
  }

  private Context scan(int stop) {
    List<Frame> frames = new ArrayList<>();
    List<Token> statement = new ArrayList<>();
    AttrSpan currentAttr = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.offset() >= stop || t.type() == TokenType.EOF) {
        return context(frames, statement, currentAttr, stop, i);
      }
      Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
      if ((t.type() == TokenType.NEWLINE || t.type() == TokenType.QUOTED_NEWLINE) && top != null
          && top.closer == TokenType.CQUOTE) {
        // a quoted string the user has not closed yet ends at its line (HCL strings are one line)
        while (!frames.isEmpty() && (frames.get(frames.size() - 1).closer == TokenType.CQUOTE
            || frames.get(frames.size() - 1).closer == TokenType.TEMPLATE_SEQ_END)) {
          frames.remove(frames.size() - 1);
        }
        top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        t = new Token(TokenType.NEWLINE, "\n", t.line(), t.column(), t.offset(), "");
      }
      boolean inBody = top == null || top.block != null;
      switch (t.type()) {
        case NEWLINE -> {
          if (inBody) {
            finishAttr(currentAttr, statement);
            statement.clear();
            currentAttr = null;
          }
        }
        case COMMENT -> {
          if (inBody && t.text().endsWith("\n")) {
            finishAttr(currentAttr, statement);
            statement.clear();
            currentAttr = null;
          }
        }
        case OBRACE -> {
          if (inBody && !statement.isEmpty() && statement.get(0).type() == TokenType.IDENT && !hasEqual(statement)) {
            BlockSpan parent = top == null ? null : top.block;
            List<String> labels = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            for (int k = 1; k < statement.size(); k++) {
              Token l = statement.get(k);
              if (l.type() == TokenType.QUOTED_LIT) {
                labels.add(l.text());
                ranges.add(new int[] {l.offset(), l.end()});
              } else if (l.type() == TokenType.IDENT) {
                labels.add(l.text());
                ranges.add(new int[] {l.offset(), l.end()});
              } else if (l.type() == TokenType.OQUOTE && k + 1 < statement.size()
                  && statement.get(k + 1).type() == TokenType.CQUOTE) {
                labels.add("");
                ranges.add(new int[] {l.end(), l.end()});
              }
            }
            Token first = statement.get(0);
            BlockSpan b = new BlockSpan(first.text(), List.copyOf(labels), List.copyOf(ranges), first.offset(),
                first.end(), -1, parent);
            blocks.add(b);
            frames.add(new Frame(b, TokenType.CBRACE, null, blocks.size() - 1));
            statement.clear();
            currentAttr = null;
          } else {
            currentAttr = attrStart(currentAttr, statement, top);
            statement.add(t);
            frames.add(new Frame(null, TokenType.CBRACE, attrOf(currentAttr, top), -1));
          }
        }
        case OBRACK, OPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL, OQUOTE, OHEREDOC -> {
          currentAttr = inBody ? attrStart(currentAttr, statement, top) : currentAttr;
          String labelOf = inBody && t.type() == TokenType.OQUOTE && currentAttr == null && !statement.isEmpty()
              && statement.get(0).type() == TokenType.IDENT && !hasEqual(statement) ? statement.get(0).text() : null;
          statement.add(t);
          TokenType closer = switch (t.type()) {
            case OBRACK -> TokenType.CBRACK;
            case OPAREN -> TokenType.CPAREN;
            case OQUOTE -> TokenType.CQUOTE;
            case OHEREDOC -> TokenType.CHEREDOC;
            default -> TokenType.TEMPLATE_SEQ_END;
          };
          Frame f = new Frame(null, closer, attrOf(currentAttr, top), -1);
          f.labelOf = labelOf;
          frames.add(f);
        }
        case CBRACE, CBRACK, CPAREN, TEMPLATE_SEQ_END, CQUOTE, CHEREDOC -> {
          if (top != null && top.block != null && t.type() == TokenType.CBRACE) {
            BlockSpan b = top.block;
            BlockSpan closed = new BlockSpan(b.type, b.labels, b.labelRanges, b.start, b.typeEnd, t.end(), b.parent);
            blocks.set(top.blockIndex, closed);
            fixParents(b, closed);
            frames.remove(frames.size() - 1);
            statement.clear();
            currentAttr = null;
          } else if (top != null && top.block == null) {
            frames.remove(frames.size() - 1);
            statement.add(t);
            if (t.type() == TokenType.CQUOTE && i >= 2 && tokens.get(i - 2).type() == TokenType.OQUOTE
                && tokens.get(i - 1).type() == TokenType.QUOTED_LIT && top.attr != null) {
              Token lit = tokens.get(i - 1);
              strings.add(new Str(lit.text(), lit.offset(), lit.end(), top.attr));
            }
          }
        }
        case IDENT -> {
          statement.add(t);
          if (!inBody && top.attr != null && top.closer == TokenType.CBRACE && i + 1 < tokens.size()
              && tokens.get(i + 1).type() == TokenType.EQUAL) {
            keys.add(new Key(t.text(), t.offset(), t.end(), top.attr));
          }
          if ((t.text().equals("var") || t.text().equals("local")) && i + 2 < tokens.size()
              && tokens.get(i + 1).type() == TokenType.DOT && tokens.get(i + 2).type() == TokenType.IDENT) {
            Token name = tokens.get(i + 2);
            refs.add(new Ref(t.text(), name.text(), name.offset(), name.end(), innermostBlock(frames)));
          }
        }
        default -> statement.add(t);
      }
    }
    return context(frames, statement, currentAttr, stop, tokens.size());
  }

  private void fixParents(BlockSpan old, BlockSpan replacement) {
    // blocks nested in `old` were created with it as parent; point them at the closed one
    for (int k = 0; k < blocks.size(); k++) {
      BlockSpan b = blocks.get(k);
      if (b.parent == old) {
        BlockSpan moved = new BlockSpan(b.type, b.labels, b.labelRanges, b.start, b.typeEnd, b.end, replacement);
        blocks.set(k, moved);
        fixParents(b, moved);
      }
    }
    for (int k = 0; k < attrs.size(); k++) {
      AttrSpan a = attrs.get(k);
      if (a.block == old) {
        attrs.set(k, new AttrSpan(a.name, a.start, a.end, replacement, a.valueStart, a.valueEnd));
      }
    }
    for (int k = 0; k < refs.size(); k++) {
      Ref r = refs.get(k);
      if (r.block == old) {
        refs.set(k, new Ref(r.kind, r.name, r.start, r.end, replacement));
      }
    }
  }

  private static BlockSpan innermostBlock(List<Frame> frames) {
    for (int k = frames.size() - 1; k >= 0; k--) {
      if (frames.get(k).block != null) {
        return frames.get(k).block;
      }
    }
    return null;
  }

  private static boolean hasEqual(List<Token> statement) {
    for (Token t : statement) {
      if (t.type() == TokenType.EQUAL) {
        return true;
      }
    }
    return false;
  }

  /** The attribute a body statement {@code name = } starts (registered once), or the current one. */
  private AttrSpan attrStart(AttrSpan current, List<Token> statement, Frame top) {
    if (current != null) {
      return current;
    }
    if (statement.size() >= 2 && statement.get(0).type() == TokenType.IDENT
        && statement.get(1).type() == TokenType.EQUAL) {
      Token name = statement.get(0);
      AttrSpan a = new AttrSpan(name.text(), name.offset(), name.end(), top == null ? null : top.block,
          statement.get(1).end(), -1);
      attrs.add(a);
      return a;
    }
    return null;
  }

  private static AttrSpan attrOf(AttrSpan current, Frame top) {
    if (top != null && top.block == null) {
      return top.attr;
    }
    return current;
  }

  /** Records a one-line attribute at the end of its statement (those with brackets were recorded at the first). */
  private void finishAttr(AttrSpan current, List<Token> statement) {
    if (current != null || statement.size() < 2 || statement.get(0).type() != TokenType.IDENT
        || statement.get(1).type() != TokenType.EQUAL) {
      return;
    }
    Token name = statement.get(0);
    Token last = statement.get(statement.size() - 1);
    // the block is not known here: the caller's frames are; attach it by position later
    attrs.add(new AttrSpan(name.text(), name.offset(), name.end(), PENDING, statement.get(1).end(), last.end()));
  }

  private static final BlockSpan PENDING = new BlockSpan("", List.of(), List.of(), -1, -1, -1, null);

  private Context context(List<Frame> frames, List<Token> statement, AttrSpan currentAttr, int stop, int index) {
    BlockSpan block = innermostBlock(frames);
    resolvePending();
    Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
    String prefix = wordBefore(stop);
    if (top != null && top.block == null) {
      AttrSpan attr = top.attr;
      boolean quoted = top.closer == TokenType.CQUOTE;
      if (top.labelOf != null) {
        return new Context(block, Place.LABEL, null, stringBefore(stop), top.labelOf, true);
      }
      return new Context(block, Place.VALUE, attr == null ? null : attr.name(), quoted ? stringBefore(stop) : prefix,
          null, quoted);
    }
    // in a body: a statement in progress
    List<Token> st = new ArrayList<>();
    for (Token t : statement) {
      if (t.end() <= stop) {
        st.add(t);
      }
    }
    if (st.isEmpty() || st.size() == 1 && st.get(0).type() == TokenType.IDENT && st.get(0).end() >= stop) {
      return new Context(block, Place.NAME, null, prefix, null, false);
    }
    if (st.get(0).type() == TokenType.IDENT && st.size() >= 2 && st.get(1).type() == TokenType.EQUAL) {
      return new Context(block, Place.VALUE, st.get(0).text(), prefix, null, false);
    }
    if (st.get(0).type() == TokenType.IDENT) {
      return new Context(block, Place.LABEL, null, prefix, st.get(0).text(), false);
    }
    return new Context(block, Place.OTHER, null, prefix, null, false);
  }

  private void resolvePending() {
    for (int k = 0; k < attrs.size(); k++) {
      AttrSpan a = attrs.get(k);
      if (a.block == PENDING) {
        attrs.set(k, new AttrSpan(a.name, a.start, a.end, enclosing(a.start), a.valueStart, a.valueEnd));
      }
    }
  }

  /** The innermost block whose braces contain {@code offset} (null at the top level). */
  BlockSpan enclosing(int offset) {
    BlockSpan best = null;
    for (BlockSpan b : blocks) {
      if (b.start < offset && (b.end < 0 || offset < b.end) && offset > b.typeEnd
          && (best == null || b.start >= best.start)) {
        best = b;
      }
    }
    return best;
  }

  private String wordBefore(int stop) {
    int end = Math.min(stop, text.length());
    int k = end;
    while (k > 0 && isWord(text.charAt(k - 1))) {
      k--;
    }
    return text.substring(k, end);
  }

  private String stringBefore(int stop) {
    int end = Math.min(stop, text.length());
    int k = end;
    while (k > 0 && text.charAt(k - 1) != '"' && text.charAt(k - 1) != '\n') {
      k--;
    }
    return text.substring(k, end);
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /** The word (letters, digits, _ and -) around {@code offset}, as {start, end}. */
  static int[] wordAt(String text, int offset) {
    int s = Math.min(offset, text.length());
    int e = s;
    while (s > 0 && isWord(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && isWord(text.charAt(e))) {
      e++;
    }
    return new int[] {s, e};
  }
}
