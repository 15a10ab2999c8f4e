package dev.stackgen.render;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Tier;
import java.util.List;

/**
 * What every stack-level template sees as {@code file.stack} (and the root templates as
 * {@code file.stacks}): the stack's name, folder, tier key and value, state, dependencies (defaults
 * included, in rendering order), module and overlays. Documented field by field in docs/templates.md.
 *
 * @param name the stack's name ({@code webmail})
 * @param dir its folder relative to the repository ({@code stacks/webmail})
 * @param tier the tier key ({@code edge})
 * @param tierValue the tier's value as written in {@code root.tiers}, an HCL expression ({@code "3-edge"}),
 *     or null for a tier the root does not list
 * @param state {@code pg} or {@code local}
 * @param tierZero true for {@code state = "local"} (a bootstrap stack)
 * @param dependencies names of the stacks it depends on, defaults included, in rendering order
 * @param module the name of its module call ({@code module "webmail" {...}}), or null
 * @param overlays the files holding its Postfix overlays, in catalog order (may repeat)
 */
public record StackInfo(
    String name,
    String dir,
    String tier,
    String tierValue,
    String state,
    boolean tierZero,
    List<String> dependencies,
    String module,
    List<String> overlays) {
  public StackInfo {
    dependencies = List.copyOf(dependencies);
    overlays = List.copyOf(overlays);
  }

  /** The view of {@code stack} in {@code catalog}. */
  public static StackInfo of(Catalog catalog, Stack stack) {
    // plain code, not Optional.map/streams: runs for every stack, mostly in the interpreter
    Tier tier = catalog.root().tier(stack.tier()).orElse(null);
    String tierValue = tier == null || tier.value() == null ? null : tier.value().text();
    var module = stack.module();
    List<String> overlayFiles = new java.util.ArrayList<>();
    for (PostfixOverlay overlay : stack.overlays()) {
      overlayFiles.add(overlay.file());
    }
    return new StackInfo(
        stack.name(),
        catalog.settings().stacksDir() + "/" + stack.name(),
        stack.tier(),
        tierValue,
        stack.state().keyword(),
        stack.tierZero(),
        catalog.dependencyNames(stack),
        module.isPresent() ? module.get().name() : null,
        overlayFiles);
  }
}
