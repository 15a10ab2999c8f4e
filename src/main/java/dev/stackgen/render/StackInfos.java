package dev.stackgen.render;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every stack's {@link StackInfo} for one render, in catalog order, each made the first time it is asked
 * for and then kept: the root file's {@code file.stacks}, the shared files' and each stack's own
 * {@code file.stack} share them, and the bundled templates read none of the root's. An unmodifiable
 * list; threads rendering at once may both make an element (the same value), never see half of one
 * (a record's fields are final).
 */
final class StackInfos extends AbstractList<StackInfo> implements RandomAccess {
  private final Catalog catalog;
  private final List<Stack> stacks;
  private final StackInfo[] made;

  StackInfos(Catalog catalog) {
    this.catalog = catalog;
    this.stacks = catalog.stacks();
    this.made = new StackInfo[stacks.size()];
  }

  @Override
  public StackInfo get(int index) {
    StackInfo info = made[index];
    if (info == null) {
      info = StackInfo.of(catalog, stacks.get(index));
      made[index] = info;
    }
    return info;
  }

  /** The info of {@code stack}, which is stack {@code index} of the catalog. */
  StackInfo of(Stack stack, int index) {
    return stacks.get(index) == stack ? get(index) : StackInfo.of(catalog, stack);
  }

  @Override
  public int size() {
    return made.length;
  }
}
