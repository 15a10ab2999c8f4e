package dev.stackgen;

import java.util.List;

/**
 * What {@link Stackgen#migrateRootHcl} did (or, in a dry run, would do).
 *
 * @param outcome migrated, finished a migration an interrupted run left half done, or nothing to do
 * @param from the root file before ({@code terragrunt.hcl})
 * @param to the root file after ({@code root.hcl})
 * @param changes the files written, in order: catalog files and owned files ({@code updated} or {@code created}),
 *     then hand-kept {@code .hcl} files whose root lookups were rewritten ({@code rewritten (hand-kept)}); the
 *     old root file is removed after them
 * @param lookups how many {@code find_in_parent_folders} root lookups were rewritten
 * @param notes hand-kept files left alone, with the reason
 * @param dryRun nothing was written or removed
 */
public record RootFileMigrated(Outcome outcome, String from, String to, List<Stackgen.Change> changes, int lookups,
    List<String> notes, boolean dryRun) {
  public RootFileMigrated {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** How a migration ended. */
  public enum Outcome {
    /** The catalog, the root file and every lookup moved to the new name. */
    MIGRATED,
    /** The catalog already used the new name; the old, generated root file an interrupted run left was removed. */
    FINISHED_INTERRUPTED,
    /** The catalog already used the new name. */
    NOTHING_TO_DO
  }
}
