package dev.stackgen.output;

import dev.stackgen.render.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which stacks' owned files differ between two renderings (an earlier revision and now): stacks
 * added, removed, or with any owned file added, removed or changed. The root file belongs to no
 * stack and is reported separately.
 */
public record ChangedStacks(List<String> stacks, boolean rootChanged, List<String> allStacks) {
  public ChangedStacks {
    stacks = List.copyOf(stacks);
    allStacks = List.copyOf(allStacks);
  }

  /** Compares the files rendered at the earlier revision ({@code before}) with the current ones. */
  public static ChangedStacks compare(List<GeneratedFile> before, List<GeneratedFile> after) {
    Map<String, GeneratedFile> old = new HashMap<>();
    for (GeneratedFile f : before) {
      old.put(f.path(), f);
    }
    TreeSet<String> changed = new TreeSet<>();
    TreeSet<String> all = new TreeSet<>();
    boolean root = false;
    for (GeneratedFile f : after) {
      GeneratedFile was = old.remove(f.path());
      if (f.stack() != null) {
        all.add(f.stack());
      }
      if (was == null || !was.content().equals(f.content()) || !Objects.equals(was.stack(), f.stack())) {
        root |= f.stack() == null;
        if (f.stack() != null) {
          changed.add(f.stack());
        }
        if (was != null && was.stack() != null) {
          changed.add(was.stack());
        }
      }
    }
    for (GeneratedFile gone : old.values()) {
      root |= gone.stack() == null;
      if (gone.stack() != null) {
        changed.add(gone.stack());
        all.add(gone.stack());
      }
    }
    return new ChangedStacks(new ArrayList<>(changed), root, new ArrayList<>(all));
  }
}
