package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Derivation;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleSyntax;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Verbatim;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code module} block import writes for a module-wrapper main.tf from main.tf's own nodes, as the
 * catalog reader reads that block ({@link ModuleReader}, checked by the schema first), without its text.
 *
 * <p>The block import writes nests main.tf so: main.tf's top comments (followed by one blank line) above the
 * block; inside it {@code layout}, {@code derive} and {@code elsewhere} (as given), a blank line, main.tf's
 * blocks before the call with the lines between them (a {@code data "vault_kv_secret_v2"} source as a
 * {@code vault} block), a blank line, {@code after_module} holding the blocks after the call, a blank line,
 * then the call's body as written. The lines between the last block and the call become
 * {@code layout.before_module} (unless the default spacing writes them), those after the last block after
 * the call {@code layout.footer}. Each item gets the lines the block would hold above it, so the call and its
 * {@link ModuleSyntax} are those the printed block reads back, source positions aside (here: main.tf's).
 */
public final class ModuleBlocks {
  private final HclFile file;
  private final Block call;
  private final String name;
  private final List<Node> header;
  private final List<Node> pre;
  private final List<Node> post;
  private final int lastPre;
  private final int lastPost;

  /** How the block states main.tf: blank lines as written or between blocks, everything derived or nothing. */
  public record Written(boolean blankLinesAsWritten, boolean deriveNothing) {}

  /**
   * The module call (derived, as the catalog reader returns it), how its block is written and the lines above
   * the block inside the stack block (a blank line, then main.tf's top comments).
   */
  public record Read(ModuleCall call, ModuleSyntax syntax, Trivia above) {
    /** The block's catalog text, formatted at depth 0, without the lines above it. */
    public String text() {
      return CatalogWriter.moduleBlock(syntax);
    }
  }

  private ModuleBlocks(HclFile file, Block call, List<Node> header, List<Node> pre, List<Node> post)
      throws CatalogException {
    this.file = file;
    this.call = call;
    this.header = header;
    this.pre = pre;
    this.post = post;
    this.lastPre = lastBlock(pre);
    this.lastPost = lastBlock(post);
    List<Node> blocks = new ArrayList<>(pre.subList(0, lastPre + 1));
    blocks.addAll(post.subList(0, lastPost + 1));
    new SchemaCheck(Set.of(), new ArrayList<>()).moduleItems(file, call, blocks);
    this.name = Items.identifierLabel(file, call, "module name");
  }

  /**
   * A module-wrapper main.tf ({@code file}: in canonical form, header line removed) split as the block nests
   * it, its call and blocks checked by the schema as the block's items are.
   *
   * @throws IllegalArgumentException when main.tf holds no module call
   */
  public static ModuleBlocks of(HclFile file) throws CatalogException {
    List<Node> nodes = file.body().nodes();
    int comments = 0;
    while (comments < nodes.size() && nodes.get(comments) instanceof Comment) {
      comments++;
    }
    int i = 0;
    List<Node> header = List.of();
    if (comments > 0 && comments + 1 < nodes.size() && nodes.get(comments) instanceof BlankLine
        && !(nodes.get(comments + 1) instanceof BlankLine)) {
      header = nodes.subList(0, comments); // the renderer writes a header comment with one blank line after it
      i = comments + 1;
    }
    List<Node> pre = new ArrayList<>();
    List<Node> post = new ArrayList<>();
    Block call = null;
    for (; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (call != null) {
        post.add(n);
      } else if (n instanceof Block b && b.type().equals(Name.MODULE)) {
        call = b;
      } else {
        pre.add(n);
      }
    }
    if (call == null) {
      throw new IllegalArgumentException("main.tf holds no module call");
    }
    return new ModuleBlocks(file, call, header, pre, post);
  }

  /**
   * The module block, written as {@code written} says, in stack {@code stack} of tier {@code tier}, read as the
   * catalog reader reads it.
   *
   * @param elsewhere what main.tf uses that the stack's other files declare ({@code elsewhere} lists it)
   * @param usedVariables the variables main.tf declares for others to use ({@code used_variables})
   * @param provided what generate blocks (the root's, the stack's terragrunt.hcl's) write into the stack
   */
  public Read read(String stack, String tier, Written written, Declarations elsewhere, Set<String> usedVariables,
      Declarations provided) throws CatalogException {
    List<String> beforeCall = CatalogReader.trivia(pre.subList(lastPre + 1, pre.size()));
    boolean asWritten = written.blankLinesAsWritten();
    boolean defaultBefore = asWritten ? beforeCall.isEmpty()
        : beforeCall.equals(List.of("")) || beforeCall.isEmpty() && lastPre < 0;
    Trivia before = defaultBefore ? null : new Trivia(beforeCall);
    Trivia footer = new Trivia(CatalogReader.trivia(post.subList(lastPost + 1, post.size())));
    List<Verbatim> meta = meta(written, before, footer, call.oneLine(), elsewhere, usedVariables);

    ModuleReader reader = new ModuleReader(file, stack, tier, new ArrayList<Warning>(), provided);
    Binder binder = reader.start(name);
    boolean derive = !written.deriveNothing();
    reader.settings(new Derivation(derive, derive, derive, derive), asWritten, before, footer, call.oneLine(),
        elsewhere, usedVariables, meta);
    List<Node> pending = new ArrayList<>();
    if (!meta.isEmpty()) {
      pending.add(blankLine());
    }
    try {
      for (Node n : pre.subList(0, lastPre + 1)) {
        item(reader, binder, n, pending);
      }
      if (lastPost >= 0) {
        if (lastPre >= 0) {
          pending.add(blankLine());
        }
        reader.afterOpen(CatalogReader.ref(file, post.get(lastPost)), take(pending));
        Binder after = reader.afterBinder();
        for (Node n : post.subList(0, lastPost + 1)) {
          item(reader, after, n, pending);
        }
        reader.afterClose(take(pending));
      }
      if (lastPre >= 0 || lastPost >= 0) {
        pending.add(blankLine());
      }
      for (Node n : call.body().nodes()) {
        item(reader, binder, n, pending);
      }
    } catch (HclSyntaxException e) {
      throw new IllegalStateException(e); // the module's readers parse nothing but catalog literals
    }
    Trivia headerLines = CatalogReader.triviaOf(header);
    ModuleCall derived = reader.finish(name, CatalogReader.ref(file, call), headerLines, call.openComment().map(
        Comment::text).orElse(""), call.trailingComment().map(Comment::text).orElse(""), take(pending));
    List<String> above = new ArrayList<>(List.of(""));
    above.addAll(headerLines.lines());
    return new Read(derived, reader.syntax(), new Trivia(above));
  }

  /** Reads one node of a body: a comment or blank line waits above the next item. */
  private static void item(ModuleReader reader, Binder binder, Node n, List<Node> pending)
      throws CatalogException, HclSyntaxException {
    if (n instanceof Comment || n instanceof BlankLine) {
      pending.add(n);
    } else if (n instanceof Block b && !binder.binds(b) && b.labels().size() == 2 && b.labels().get(0).value()
        .equals(VaultSource.TYPE)) { // data "vault_kv_secret_v2" "<label>"
      reader.vaultData(b, take(pending));
    } else {
      binder.dispatch(n, take(pending));
    }
  }

  /** The lines waiting above the next item, as trivia; none wait after. */
  private static Trivia take(List<Node> pending) {
    Trivia t = CatalogReader.triviaOf(pending);
    pending.clear();
    return t;
  }

  private static BlankLine blankLine() {
    return new BlankLine(List.of(new Token(TokenType.NEWLINE, "\n", 1, 1, 0, "")));
  }

  /** The {@code layout}, {@code derive} and {@code elsewhere} blocks of the block, as they read back. */
  private static List<Verbatim> meta(Written written, Trivia before, Trivia footer, boolean oneLine,
      Declarations elsewhere, Set<String> usedVariables) {
    List<Verbatim> meta = new ArrayList<>();
    StringBuilder layout = new StringBuilder();
    if (written.blankLinesAsWritten()) {
      layout.append(Name.BLANK_LINES).append(" = \"as_written\"\n");
    }
    if (before != null) {
      layout.append(Name.BEFORE_MODULE).append(" = ").append(list(before.lines())).append('\n');
    }
    if (!footer.isEmpty()) {
      layout.append(Name.FOOTER).append(" = ").append(list(footer.lines())).append('\n');
    }
    if (oneLine) {
      layout.append(Name.ONE_LINE_CALL).append(" = true\n");
    }
    block(meta, Name.LAYOUT, layout);
    if (written.deriveNothing()) {
      block(meta, Name.DERIVE, new StringBuilder(Name.VARIABLES + " = false\n" + Name.VAULT + " = false\n"
          + Name.SOURCE + " = false\n" + Name.TIER + " = false\n"));
    }
    StringBuilder other = new StringBuilder();
    names(other, Name.VARIABLES, elsewhere.variables());
    names(other, Name.LOCALS, elsewhere.locals());
    names(other, Name.VAULT, elsewhere.vault());
    names(other, Name.USED_VARIABLES, usedVariables);
    block(meta, Name.ELSEWHERE, other);
    return meta;
  }

  /** A block of attributes, formatted as the catalog holds it, when it has any. */
  private static void block(List<Verbatim> meta, String name, StringBuilder body) {
    if (!body.isEmpty()) {
      meta.add(new Verbatim(HclFormatter.format(name + " {\n" + body + "}\n").stripTrailing(), Trivia.NONE,
          SourceRef.NONE));
    }
  }

  private static void names(StringBuilder out, String name, Collection<String> names) {
    if (!names.isEmpty()) {
      out.append(name).append(" = ").append(list(new java.util.TreeSet<>(names))).append('\n');
    }
  }

  private static String list(Collection<String> items) {
    return "[" + String.join(", ", items.stream().map(HclEscaper::quoted).toList()) + "]";
  }

  /** The index of the last node that is not a comment or blank line, or -1. */
  private static int lastBlock(List<Node> nodes) {
    int last = nodes.size() - 1;
    while (last >= 0 && (nodes.get(last) instanceof Comment || nodes.get(last) instanceof BlankLine)) {
      last--;
    }
    return last;
  }
}
