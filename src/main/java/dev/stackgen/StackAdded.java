package dev.stackgen;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Stackgen#newStack} did (or, in a dry run, would do): the stack block appended to the catalog
 * file {@code catalogFile}, the owned files of the new stack written ({@code created} or {@code updated}),
 * and the one-time {@code main.tf} scaffold of an {@code app} stack ({@code scaffold}, hand-owned after).
 *
 * @param stack the new stack's name
 * @param catalogFile the catalog file the block goes to, relative to the repository
 * @param block the stack block as appended (every other byte of the catalog is kept)
 * @param changes the new stack's owned files written, in render order
 * @param scaffold the scaffold written for {@code --kind app}, relative to the repository
 * @param dryRun nothing was written
 */
public record StackAdded(String stack, String catalogFile, String block, List<Stackgen.Change> changes,
    Optional<String> scaffold, boolean dryRun) {
  public StackAdded {
    changes = List.copyOf(changes);
  }
}
