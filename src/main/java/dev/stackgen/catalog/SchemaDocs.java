package dev.stackgen.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference tables of docs/catalog.md, printed from {@link CatalogSchema} and
 * {@link TerragruntSchema}: one table per block, one row per attribute and nested block.
 */
public final class SchemaDocs {
  /** The line before the generated tables in docs/catalog.md. */
  public static final String BEGIN = "<!-- schema tables: generated from CatalogSchema and TerragruntSchema -->";
  /** The line after them. */
  public static final String END = "<!-- end of schema tables -->";

  private SchemaDocs() {}

  /** The Markdown of every table, ending with a newline. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### stackgen's blocks\n\n");
    for (Schema.Block b : CatalogSchema.FILE.descendants()) {
      if (b == CatalogSchema.FILE) {
        continue;
      }
      if (b.parent() == CatalogSchema.FILE_BLOCK && b != CatalogSchema.POSTFIX_OVERLAY) {
        continue;
      }
      table(out, b, b.path());
    }
    out.append("Inside a `file` block: `postfix_overlay` and Terraform's top-level blocks (")
        .append(String.join(", ", CatalogSchema.FILE_BLOCK.blocks().keySet().stream()
            .filter(n -> !n.equals(CatalogSchema.Name.POSTFIX_OVERLAY)).map(n -> "`" + n + "`").toList()))
        .append("), copied as written.\n\n");
    out.append("### Terragrunt's configuration (").append(TerragruntSchema.VERSION).append(")\n\n");
    out.append("Checked in `stack`, `defaults` and `root` (items stackgen copies into `terragrunt.hcl`).\n\n");
    for (Schema.Block b : TerragruntSchema.UNIT.descendants()) {
      table(out, b, b == TerragruntSchema.UNIT ? "terragrunt.hcl (top level)" : b.path());
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Schema.Block b, String title) {
    out.append("#### `").append(title).append("`");
    if (!b.labelDoc().isEmpty()) {
      out.append(" `").append(b.labelDoc()).append("`");
    }
    out.append("\n\n").append(b.doc());
    if (!b.count().equals("any")) {
      out.append(" (").append(b.count()).append(" per ").append(b.parent() == null ? "file" : "parent")
          .append(")");
    }
    out.append(".");
    if (b.passThrough() != null) {
      out.append(" Also takes every item of Terragrunt's configuration");
      if (!b.notPassed().isEmpty()) {
        out.append(" except ").append(String.join(", ", b.notPassed().stream().map(n -> "`" + n + "`").toList()));
      }
      out.append(" (").append(TerragruntSchema.VERSION).append(", below).");
    }
    if (b.allowsAnyAttribute()) {
      out.append(" Other attributes: ").append(b.anyAttributesDoc()).append(".");
    }
    if (b.allowsAnyBlock()) {
      out.append(" Any nested block, copied as written.");
    }
    out.append("\n\n");
    List<String[]> rows = new ArrayList<>();
    for (Schema.Attr a : b.attrs().values()) {
      String type = a.type().docName() + (a.isLiteral() ? ", literal" : "");
      if (!a.values().isEmpty()) {
        type = String.join(" \\| ", a.values().stream().map(v -> "`\"" + v + "\"`").toList());
      }
      rows.add(new String[] {"`" + a.name() + "`", type, a.isRequired() ? "required"
          : a.defaultText().isEmpty() ? "" : a.defaultText().startsWith("`") || a.defaultText().contains(" ")
              ? a.defaultText() : "`" + a.defaultText() + "`", a.doc()});
    }
    for (Schema.Block nested : b.blocks().values()) {
      if (b == CatalogSchema.FILE_BLOCK && nested != CatalogSchema.POSTFIX_OVERLAY) {
        continue;
      }
      String labels = nested.labelDoc().isEmpty() ? "" : " " + nested.labelDoc();
      rows.add(new String[] {"`" + nested.name() + labels + " { }`", "block" + (nested.isAlsoAttribute()
          ? " or attribute" : ""), nested.isRequired() ? "required" : nested.count().equals("any") ? ""
              : nested.count(), nested.doc()});
    }
    if (rows.isEmpty()) {
      return;
    }
    out.append("| name | type | default | meaning |\n|---|---|---|---|\n");
    for (String[] r : rows) {
      out.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    out.append("\n");
  }
}
