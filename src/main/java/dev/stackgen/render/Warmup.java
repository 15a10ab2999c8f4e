package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * What the first renders of a run would pay, paid by the thread that loads the templates while the
 * main thread reads the catalog ({@link Renderer#preload}): FreeMarker's introspection of each view
 * class, the first run of each bundled template (its classes and lazy set-up), the reflective
 * accessors FreeMarker calls the view records through (the JDK makes a class for each after
 * {@value #ACCESSOR_CALLS} calls), and the formatter and validating parser on their outputs.
 *
 * <p>Only the bundled templates are run (an override is the repository's code: it runs once per file it
 * makes, no more); every result is thrown away and every failure ignored (the real render reports it).
 */
final class Warmup {
  private Warmup() {}

  /** More than the JDK's 15 native calls after which a reflective accessor becomes a generated class. */
  static final int ACCESSOR_CALLS = 16;

  /** Runs the warm-up; true when every step ran without failing (false: one failed, or an override). */
  static boolean run(Templates templates) {
    return run(templates, () -> false);
  }

  /**
   * Runs the warm-up until {@code stop} says so (asked before each step: the main thread wants the
   * renderer, and does what is left itself as it renders); true when every step ran without failing.
   */
  static boolean run(Templates templates, java.util.function.BooleanSupplier stop) {
    try {
      StackInfo info = new StackInfo("warm", "stacks/warm", "core", "\"0-core\"", "pg", false, List.of("db"), null,
          List.of());
      Settings settings = Settings.DEFAULT;
      DependencyView dependency = new DependencyView("db", "", "\"../db\"", true, List.of("mock_outputs = {}"),
          List.of());
      List<ItemView> items = List.of(new ItemView(List.of("# db first"), dependency, null),
          new ItemView(List.of(""), null, "inputs = {\n  name = \"warm\"\n}"));
      StackFileView stack = new StackFileView("warm", List.of(Renderer.HEADER, ""), items, List.of(), true,
          "find_in_parent_folders()", info, settings);
      ProvidersView providers = new ProvidersView(List.of(new ProvidersView.Entry("warm", List.of(),
          "\"hashicorp/vault\"", "\"~> 4.5\"", List.of("address = \"https://vault\""))));
      RootFileView.Heredoc heredoc = new RootFileView.Heredoc("EOF", "locals {\n}\n");
      RootFileView root = new RootFileView(List.of(Renderer.HEADER, ""), "[\"db\"]", List.of("tiers = {", "}"),
          "\"state\"", "\"postgres://\"", heredoc, heredoc, List.of(new ItemView(List.of(), null, "x = 1")),
          List.of(), List.of(info), settings);
      for (Object view : List.of(stack, items.get(0), dependency, info, settings, root, heredoc, providers,
          providers.providers().get(0))) {
        if (stop.getAsBoolean()) {
          return false;
        }
        templates.introspect(view);
      }
      if (!templates.isBundled() || stop.getAsBoolean()) {
        return false;
      }
      String text = "";
      for (int i = 0; i < ACCESSOR_CALLS; i++) {
        text = templates.render("stack-terragrunt.hcl.ftl", stack);
      }
      Renderer.formatPlain("stacks/warm/terragrunt.hcl", text);
      if (stop.getAsBoolean()) {
        return false;
      }
      String tiers = templates.render("tiers.tf.ftl", List.of("core = \"0-core\""));
      Renderer.formatPlain("terragrunt.hcl", templates.render("root-terragrunt.hcl.ftl", root));
      if (stop.getAsBoolean()) {
        return false;
      }
      Renderer.formatPlain("tiers.tf", tiers);
      Renderer.formatPlain("providers.tf", templates.render("providers.tf.ftl", providers));
      return true;
    } catch (RuntimeException e) {
      // the real render meets the same problem and reports it
      return false;
    }
  }
}
