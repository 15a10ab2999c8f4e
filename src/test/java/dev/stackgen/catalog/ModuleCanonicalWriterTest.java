package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.model.Attr;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Expr;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleLayout;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import dev.stackgen.model.Verbatim;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A module call built in Java (no record of how it was written) is written in the canonical form, which
 * reads back to the same call with its layout stated ({@link ModuleWriter#stated}), source positions aside.
 * The calls come from a seeded generator: variables, vault sources, locals blocks, arguments, blocks after
 * the call, comments, block orders and layouts, with references declared, derived and left to other files.
 */
class ModuleCanonicalWriterTest {
  private static final int CASES = 300;

  @Test
  void generatedCallsAreWrittenAndReadBackEqual() throws Exception {
    Random random = new Random(22);
    Root root = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        "root {\n  tiers = { aux = \"1-aux\" }\n}\n"))).root();
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      ModuleCall call = generate(random, i);
      Stack stack = new Stack("s" + i, "aux", State.PG, Trivia.NONE, List.of(), true, List.of(), Trivia.NONE,
          SourceRef.NONE, Optional.of(call));
      String text = CatalogWriter.write(new Catalog(Settings.DEFAULT, root, Defaults.NONE, List.of(stack))).get(
          CatalogReader.MAIN_FILE);
      Catalog back;
      try {
        back = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)), Set.of(
            CatalogReader.POSTFIX_CHECK));
      } catch (CatalogException e) {
        throw new AssertionError("case " + i + ": " + e.getMessage() + "\n" + text, e);
      }
      ModuleCall read = back.stack("s" + i).orElseThrow().module().orElseThrow();
      assertThat(sourcesAside(read)).as("case " + i + ":\n" + text).isEqualTo(sourcesAside(ModuleWriter.stated(
          call)));
      // the canonical form is a fixed point
      Stack again = back.stack("s" + i).orElseThrow().withSyntax(dev.stackgen.model.StackSyntax.NONE);
      assertThat(CatalogWriter.stack(again)).as("case " + i).isEqualTo(CatalogWriter.stack(stack));
      checked++;
    }
    assertThat(checked).isEqualTo(CASES);
  }

  @Test
  void aCallAsReadIsStillWrittenAsWrittenAndAChangedOneCanonically() throws Exception {
    String text = """
        root {
          tiers = { aux = "1-aux" }
        }

        stack "web" {
          tier = "aux"
          module "web" {
            #   odd spacing kept as written
            x = var.a
          }
        }
        """;
    Catalog read = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)));
    Stack web = read.stack("web").orElseThrow();
    assertThat(CatalogWriter.write(read).get(CatalogReader.MAIN_FILE)).isEqualTo(text);
    ModuleCall changed = web.module().orElseThrow();
    List<Attr> args = new ArrayList<>(changed.arguments());
    args.add(1, Attr.of("y", new Expr("2")));
    changed = new ModuleCall(changed.name(), changed.header(), changed.variables(), changed.vaultSources(),
        changed.localsLeading(), changed.locals(), changed.openComment(), args, changed.closing(), changed.source(),
        changed.layout(), changed.extras());
    String written = CatalogWriter.stack(web.withModule(changed));
    assertThat(written).contains("variable \"a\" { type = string }", "source = \"./modules/web\"", "y      = 2",
        "tier = local.tiers.aux");
    Stack back = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        "root {\n  tiers = { aux = \"1-aux\" }\n}\n\n" + written))).stack("web").orElseThrow();
    assertThat(sourcesAside(back.module().orElseThrow())).isEqualTo(sourcesAside(ModuleWriter.stated(changed)));
  }

  private static final String[] REFS = {"var.a", "var.b", "var.c", "local.l0", "local.l1", "local.tiers.aux",
      "data.vault_kv_secret_v2.s0.data[\"k\"]", "data.vault_kv_secret_v2.s1.data[\"k\"]", "\"lit\"", "3", "true",
      "[var.a, 1]", "\"${var.b}-x\"", "module.x.id"};

  private static Expr value(Random r) {
    return new Expr(REFS[r.nextInt(REFS.length)]);
  }

  private static Trivia trivia(Random r, String what) {
    return switch (r.nextInt(5)) {
      case 0 -> new Trivia(List.of("# " + what));
      case 1 -> new Trivia(List.of("", "# " + what));
      case 2 -> new Trivia(List.of("# " + what, "# more"));
      default -> Trivia.NONE;
    };
  }

  private static String comment(Random r, String what) {
    return r.nextInt(4) == 0 ? "# " + what : "";
  }

  static ModuleCall generate(Random r, int n) {
    List<Variable> variables = new ArrayList<>();
    for (String v : List.of("a", "b", "d")) {
      switch (r.nextInt(4)) {
        case 0 -> variables.add(Variable.string(v));
        case 1 -> variables.add(new Variable(v, List.of(Attr.of("type", new Expr("number")), new Attr("default",
            new Expr("1"), trivia(r, "default"), comment(r, "one"), SourceRef.NONE)), List.of(), false, trivia(r,
                "var " + v), comment(r, "open"), comment(r, "after"), Trivia.NONE, SourceRef.NONE));
        default -> {}
      }
    }
    Collections.shuffle(variables, r);
    List<VaultSource> vaults = new ArrayList<>();
    for (String s : List.of("s0", "s2")) {
      if (r.nextBoolean()) {
        List<Attr> extra = r.nextBoolean() ? List.of(Attr.of("version", new Expr("2"))) : List.of();
        List<String> order = switch (r.nextInt(3)) {
          case 0 -> List.of();
          case 1 -> List.of("name");
          default -> extra.isEmpty() ? List.of("name", "mount") : List.of("version", "mount", "name");
        };
        vaults.add(new VaultSource(s, Attr.of("mount", Expr.string(r.nextBoolean() ? "secret" : "kv")), Attr.of(
            "name", r.nextBoolean() ? Expr.string("s" + n) : new Expr("\"${var.c}-x\"")), extra, trivia(r, "vault "
                + s), comment(r,
                    "open"), SourceRef.NONE, order, Trivia.NONE, comment(r, "after")));
      }
    }
    List<Attr> locals = new ArrayList<>();
    int localCount = r.nextInt(3);
    for (int i = 0; i < localCount; i++) {
      locals.add(new Attr("l" + i, value(r), i == 0 ? Trivia.NONE : trivia(r, "local"), comment(r, "l"),
          SourceRef.NONE));
    }
    List<ModuleLayout.LocalsBlock> localsBlocks = new ArrayList<>();
    if (localCount > 0 && r.nextBoolean()) {
      int first = r.nextInt(localCount + 1);
      localsBlocks.add(new ModuleLayout.LocalsBlock(trivia(r, "locals"), comment(r, "open"), first, Trivia.NONE,
          comment(r, "after")));
      if (first < localCount) {
        localsBlocks.add(new ModuleLayout.LocalsBlock(trivia(r, "more locals"), "", localCount - first, trivia(r,
            "end"), ""));
      }
    }
    List<Attr> arguments = new ArrayList<>();
    if (r.nextInt(3) > 0) {
      arguments.add(Attr.of("source", ModuleCall.defaultSource("m" + n)));
    }
    int argCount = r.nextInt(4);
    for (int i = 0; i < argCount; i++) {
      arguments.add(new Attr("x" + i, value(r), arguments.isEmpty() ? Trivia.NONE : trivia(r, "arg"), comment(r,
          "x"), SourceRef.NONE));
    }
    if (r.nextInt(3) > 0) {
      arguments.add(Attr.of("tier", ModuleCall.tierArgument("aux")));
    }
    List<Verbatim> extras = new ArrayList<>();
    if (r.nextBoolean()) {
      extras.add(new Verbatim("output \"id\" {\n  value = module.m.id\n}", trivia(r, "output"), SourceRef.NONE));
    }
    if (r.nextBoolean()) {
      extras.add(new Verbatim("moved {\n  from = module.old\n  to   = module.m\n}", trivia(r, "moved"),
          SourceRef.NONE));
    }
    List<String> order = new ArrayList<>();
    if (r.nextBoolean()) {
      variables.forEach(v -> order.add(ModuleLayout.key(v)));
      vaults.forEach(v -> order.add(ModuleLayout.key(v)));
      for (int i = 0; i < localsBlocks.size() + (localsBlocks.isEmpty() && localCount > 0 ? 1 : 0); i++) {
        order.add("locals");
      }
      extras.forEach(v -> order.add(v.key()));
      if (!order.isEmpty() && r.nextBoolean()) {
        order.remove(r.nextInt(order.size()));
      }
      Collections.shuffle(order, r);
      order.add(r.nextInt(order.size() + 1), ModuleLayout.CALL);
    }
    boolean oneLine = arguments.size() == 1 && r.nextBoolean();
    ModuleLayout layout = new ModuleLayout(r.nextInt(4) == 0, r.nextBoolean() ? null : trivia(r, "before call"),
        comment(r, "call"), r.nextBoolean() ? Trivia.NONE : new Trivia(List.of("", "# footer")), order,
        localsBlocks, oneLine);
    Trivia header = r.nextBoolean() ? Trivia.NONE : Trivia.comment("Module " + n);
    return new ModuleCall("m" + n, header, variables, vaults, localsBlocks.isEmpty() ? trivia(r, "locals")
        : localsBlocks.get(0).leading(), locals, oneLine ? "" : comment(r, "call open"), arguments, oneLine
            ? Trivia.NONE : trivia(r, "closing"), SourceRef.NONE, layout, extras);
  }

  /** {@code value} with every source position {@link SourceRef#NONE}, records and lists followed. */
  static Object sourcesAside(Object value) {
    return aside(value, false);
  }

  /**
   * Like {@link #sourcesAside}, with runs of spaces in expressions made one: the formatter aligns the
   * {@code =} of a multi-line value the catalog holds unaligned when written in the canonical form.
   */
  static Object sourcesAndAlignmentAside(Object value) {
    return aside(value, true);
  }

  private static Object aside(Object value, boolean alignment) {
    if (value instanceof SourceRef) {
      return SourceRef.NONE;
    }
    if (alignment && value instanceof Expr e) {
      return new Expr(e.text().replaceAll(" +", " "));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(aside(v, alignment)));
      return out;
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> aside(v, alignment));
    }
    if (value instanceof Record rec) {
      try {
        RecordComponent[] parts = rec.getClass().getRecordComponents();
        Object[] args = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
          parts[i].getAccessor().setAccessible(true);
          args[i] = aside(parts[i].getAccessor().invoke(rec), alignment);
          types[i] = parts[i].getType();
        }
        Constructor<?> c = rec.getClass().getDeclaredConstructor(types);
        c.setAccessible(true);
        return c.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return value;
  }
}
