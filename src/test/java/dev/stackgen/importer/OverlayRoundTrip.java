package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A one-stack repository around an overlay file, imported and regenerated: what the overlay tests share. */
public final class OverlayRoundTrip {
  /** Where the overlay file goes in the stack. */
  public static final String FILE = "modules/mailserver/variables.tf";
  /** Its repository path. */
  public static final String PATH = "stacks/mailserver/" + FILE;

  private static final Renderer RENDERER = new Renderer(Templates.bundled());

  private OverlayRoundTrip() {}

  /** Writes the repository: a root with one tier, the mailserver stack, the overlay file and {@code extra} files. */
  public static Path repo(Path dir, String overlayFile, Map<String, String> extra) throws Exception {
    Files.createDirectories(dir.resolve("stacks/mailserver/modules/mailserver"));
    Files.writeString(dir.resolve("terragrunt.hcl"), """
        locals {
          tiers = {
            edge = "3-edge"
          }
        }

        remote_state {
          backend = "local"
          config = {
            path = "${get_parent_terragrunt_dir()}/state/${path_relative_to_include()}/terraform.tfstate"
          }
        }
        """);
    Files.writeString(dir.resolve("stacks/mailserver/terragrunt.hcl"),
        "include \"root\" {\n  path = find_in_parent_folders()\n}\n");
    Files.writeString(dir.resolve(PATH), overlayFile);
    for (var e : extra.entrySet()) {
      Files.createDirectories(dir.resolve(e.getKey()).getParent());
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    return dir;
  }

  public static CatalogImporter.Result importRepo(Path repo) throws Exception {
    return new CatalogImporter(repo, "stacks", RENDERER).run();
  }

  /** Every file the catalog renders, by path. */
  public static Map<String, String> render(String catalogText) throws Exception {
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, catalogText)),
        java.util.Set.of(CatalogReader.POSTFIX_CHECK)); // bytes, not lint: like the import proof
    Map<String, String> out = new LinkedHashMap<>();
    for (GeneratedFile f : RENDERER.render(catalog)) {
      out.put(f.path(), f.content());
    }
    return out;
  }

  public static List<PostfixOverlay> overlays(String catalogText) throws Exception {
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, catalogText)),
        java.util.Set.of(CatalogReader.POSTFIX_CHECK)); // bytes, not lint: like the import proof
    return catalog.stacks().stream().map(Stack::overlays).flatMap(List::stream).toList();
  }

  /** The decoded heredoc default of {@code variable "<name>"}: what Terraform hands docker-mailserver. */
  public static String terraformValue(String tfFile, String name) throws Exception {
    for (Node n : HclParser.parse(tfFile, "variables.tf").body().nodes()) {
      if (n instanceof Block b && b.type().equals("variable") && b.labels().get(0).value().equals(name)) {
        for (Node m : b.body().nodes()) {
          if (m instanceof Attribute a && a.name().equals("default")) {
            return Expressions.decodeString(a.expression());
          }
        }
      }
    }
    throw new AssertionError("no variable \"" + name + "\" with a default in the file");
  }

  /**
   * Imports the repository and checks the round trip: the overlay file is taken over, the catalog is
   * canonical and regenerates the file byte for byte, and every overlay's main.cf text (what lint and
   * effective read) is exactly what Terraform decodes from the file. Returns the import result.
   */
  public static CatalogImporter.Result assertRoundTrip(Path repo) throws Exception {
    String original = Files.readString(repo.resolve(PATH));
    CatalogImporter.Result r = importRepo(repo);
    assertThat(r.leftAlone()).as("left alone").doesNotContainKey(PATH);
    assertThat(r.takenOver()).contains(PATH);
    assertThat(r.differing()).as("differs after regeneration").isEmpty();
    assertThat(HclFormatter.format(r.catalog(), "stackgen.hcl")).as("catalog is canonical").isEqualTo(r.catalog());
    Map<String, String> rendered = render(r.catalog());
    assertThat(rendered.get(PATH)).as("regenerated " + PATH).isEqualTo(original);
    List<PostfixOverlay> overlays = overlays(r.catalog());
    assertThat(overlays).isNotEmpty();
    for (PostfixOverlay o : overlays) {
      assertThat(o.text().text()).as("lint's view of " + o.variable())
          .isEqualTo(terraformValue(original, o.variable()));
    }
    return r;
  }
}
