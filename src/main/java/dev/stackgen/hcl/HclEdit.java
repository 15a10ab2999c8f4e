package dev.stackgen.hcl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An HCL file edited in place, as hclwrite edits a body: each edit replaces one span of the original
 * text (a token range, an attribute's value, a whole block, an insertion point), every other byte
 * stays as written, and the result must parse before it is handed out.
 *
 * <p>Edits are made against the parsed original ({@link #file()}); they may not overlap. Text handed
 * in uses {@code \n}; it is written with the file's own line break ({@code \r\n} when the file has one).
 * Immutable: each edit returns a new {@code HclEdit}.
 */
public final class HclEdit {
  private final String text;
  private final String fileName;
  private final HclFile file;
  private final List<Span> spans;

  /** The original text from {@code start} to {@code end} becomes {@code replacement}. */
  private record Span(int start, int end, String replacement) {}

  private HclEdit(String text, String fileName, HclFile file, List<Span> spans) {
    this.text = text;
    this.fileName = fileName;
    this.file = file;
    this.spans = List.copyOf(spans);
  }

  /** The file, parsed; a text that is not HCL is an {@link HclSyntaxException} at its line and column. */
  public static HclEdit of(String text, String fileName) throws HclSyntaxException {
    return new HclEdit(text, fileName, HclParser.parse(text, fileName), List.of());
  }

  /** The original file as parsed: the nodes that edits refer to. */
  public HclFile file() {
    return file;
  }

  /** The file's line break: {@code \r\n} when the original holds one, else {@code \n}. */
  public String lineBreak() {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** The first top-level block of {@code type}, if any. */
  public Optional<Block> block(String type) {
    for (Node n : file.body().nodes()) {
      if (n instanceof Block b && b.type().equals(type)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** Tokens {@code first} to {@code last} (inclusive; the whitespace before {@code first} stays) become {@code replacement}. */
  public HclEdit replace(Token first, Token last, String replacement) {
    return with(first.offset(), last.end(), replacement);
  }

  /** {@code insertion} goes in at {@code offset} of the original text. */
  public HclEdit insertAt(int offset, String insertion) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside " + fileName);
    }
    return with(offset, offset, insertion);
  }

  /** {@code insertion} goes in at the start of {@code node}'s first line, before the node and its indentation. */
  public HclEdit insertBefore(Node node, String insertion) {
    int at = Tokens.first(node.tokens()).offset();
    while (at > 0 && text.charAt(at - 1) != '\n') {
      at--;
    }
    return with(at, at, insertion);
  }

  /**
   * {@code block} with {@code name = valueText}: the value replaced where the attribute is there, else
   * the attribute added as the block's last item (a one-line block opened onto lines). The block is
   * then written canonically (aligned {@code =}), as the formatter writes it; bytes outside it stay.
   */
  public HclEdit setAttribute(Block block, String name, String valueText) {
    List<Token> own = new ArrayList<>();
    for (Token t : block.tokens()) {
      if (!t.text().isBlank()) {
        own.add(t);
      }
    }
    int start = own.get(0).offset();
    int close = -1;
    int open = -1;
    for (Token t : own) {
      if (t.type() == TokenType.CBRACE) {
        close = t.offset();
      } else if (t.type() == TokenType.OBRACE && open < 0) {
        open = t.offset();
      }
    }
    int end = close + 1;
    String replaced;
    Optional<Attribute> existing = block.body().attribute(name);
    if (existing.isPresent()) {
      List<Token> expr = new ArrayList<>();
      for (Token t : existing.get().expression().tokens()) {
        if (!t.text().isBlank()) {
          expr.add(t);
        }
      }
      replaced = text.substring(start, expr.get(0).offset()) + valueText
          + text.substring(expr.get(expr.size() - 1).end(), end);
    } else if (block.oneLine()) {
      String inner = text.substring(open + 1, close).strip();
      replaced = text.substring(start, open + 1) + "\n" + (inner.isEmpty() ? "" : inner + "\n") + name + " = "
          + valueText + "\n}";
    } else {
      replaced = text.substring(start, close).stripTrailing() + "\n" + name + " = " + valueText + "\n}";
    }
    String formatted = HclFormatter.format(replaced.replace("\r\n", "\n") + "\n", fileName);
    return with(start, end, formatted.substring(0, formatted.length() - 1));
  }

  /**
   * {@code blockText} appended at the end of the file: a line break when the file lacks a final one,
   * one blank line (none in an empty file), then the block. The original is a prefix of the result.
   */
  public HclEdit appendBlock(String blockText) {
    String lineBreak = lineBreak();
    String insertion = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    String ended = text + (insertion.isEmpty() ? "" : lineBreak);
    if (!text.isBlank() && !ended.endsWith(lineBreak + lineBreak)) {
      insertion += "\n";
    }
    return with(text.length(), text.length(), insertion + blockText);
  }

  /** The edited text, checked to parse. */
  public String text() throws HclSyntaxException {
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    StringBuilder out = new StringBuilder(text.length() + 64);
    int copied = 0;
    String lineBreak = lineBreak();
    for (Span s : ordered) {
      out.append(text, copied, s.start()).append(lineBreak.equals("\n") ? s.replacement()
          : s.replacement().replace("\r\n", "\n").replace("\n", lineBreak));
      copied = s.end();
    }
    out.append(text, copied, text.length());
    String edited = out.toString();
    HclParser.parse(edited, fileName);
    return edited;
  }

  private HclEdit with(int start, int end, String replacement) {
    for (Span s : spans) {
      boolean overlaps = start < s.end() && s.start() < end;
      boolean sameInsertionPoint = start == end && s.start() == s.end() && start == s.start();
      if (overlaps || sameInsertionPoint) {
        throw new IllegalStateException("edits overlap at offset " + Math.max(start, s.start()) + " of " + fileName);
      }
    }
    List<Span> next = new ArrayList<>(spans);
    next.add(new Span(start, end, replacement));
    return new HclEdit(text, fileName, file, next);
  }
}
