package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.VaultSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What HCL text declares for a stack's main.tf: top-level {@code variable}, {@code locals} and
 * {@code data "vault_kv_secret_v2"} blocks, also inside the files {@code generate} blocks write
 * (their heredoc {@code contents} parsed as HCL).
 */
public final class Declared {
  private Declared() {}

  /** The declarations at the top level of a Terraform file. */
  public static Declarations in(HclFile file) {
    Set<String> variables = new LinkedHashSet<>();
    Set<String> locals = new LinkedHashSet<>();
    Set<String> vault = new LinkedHashSet<>();
    for (Node n : file.body().nodes()) {
      if (!(n instanceof Block b)) {
        continue;
      }
      switch (b.type()) {
        case "variable" -> {
          if (b.labels().size() == 1) {
            variables.add(b.labels().get(0).value());
          }
        }
        case "locals" -> {
          for (Node m : b.body().nodes()) {
            if (m instanceof Attribute a) {
              locals.add(a.name());
            }
          }
        }
        case "data" -> {
          if (b.labels().size() == 2 && b.labels().get(0).value().equals(VaultSource.TYPE)) {
            vault.add(b.labels().get(1).value());
          }
        }
        default -> {}
      }
    }
    return new Declarations(variables, locals, vault);
  }

  /** What the {@code generate} blocks among {@code nodes} write into the stack folder. */
  public static Declarations byGenerateBlocks(HclFile file, Iterable<Node> nodes) {
    Declarations all = Declarations.NONE;
    for (Node n : nodes) {
      if (n instanceof Block b && b.type().equals("generate")) {
        all = all.plus(RootTiers.generatedHcl(file, b).map(Declared::in).orElse(Declarations.NONE));
      }
    }
    return all;
  }

  /** What a catalog's {@code root} blocks' generate blocks write into every stack. */
  static Declarations byRoot(HclFile file) {
    Declarations all = Declarations.NONE;
    for (Node n : file.body().nodes()) {
      if (n instanceof Block b && b.type().equals(CatalogSchema.Name.ROOT)) {
        all = all.plus(byGenerateBlocks(file, b.body().nodes()));
      }
    }
    return all;
  }
}
