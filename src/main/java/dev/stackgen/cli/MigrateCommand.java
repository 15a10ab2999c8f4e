package dev.stackgen.cli;

import dev.stackgen.RootFileMigrated;
import dev.stackgen.Stackgen;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code stackgen migrate root-hcl}: Terragrunt's recommended rename of the root file to
 * {@code root.hcl} in one step — the catalog's {@code root_file}, every root lookup in the catalog and
 * in hand-kept {@code .hcl} files, the owned files regenerated, the old root removed.
 */
final class MigrateCommand implements Command {
  @Override
  public String name() {
    return "migrate";
  }

  @Override
  public String arguments() {
    return "root-hcl";
  }

  @Override
  public String summary() {
    return "root-hcl: rename the root terragrunt.hcl to root.hcl (catalog, root file, every include)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("dry-run").desc("print what would change, write nothing").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1 || !args.get(0).equals("root-hcl")) {
      throw new UsageException(args.isEmpty() ? "name a migration: root-hcl"
          : "unknown migration '" + String.join(" ", args) + "' (migrations: root-hcl)");
    }
    RootFileMigrated m = Stackgen.migrateRootHcl(ctx.repo(), ctx.runOptions().dryRun(line.hasOption("dry-run"))
        .build());
    String prefix = m.dryRun() ? "would be " : "";
    switch (m.outcome()) {
      case NOTHING_TO_DO -> ctx.out().println("migrate root-hcl: the catalog already uses " + m.to()
          + "; nothing to do");
      case FINISHED_INTERRUPTED -> {
        ctx.out().println(prefix + "removed " + m.from() + " (left by an interrupted migrate root-hcl)");
        ctx.out().println("migrate root-hcl: finished an interrupted migration to " + m.to());
      }
      case MIGRATED -> {
        m.notes().forEach(note -> ctx.err().println("stackgen migrate: note: " + note));
        m.changes().forEach(c -> ctx.out().println(prefix + c.action() + " " + c.path()));
        ctx.out().println(prefix + "removed " + m.from());
        int files = m.changes().size();
        ctx.out().println("migrate root-hcl: " + m.from() + " -> " + m.to() + ", " + m.lookups()
            + " find_in_parent_folders lookup" + (m.lookups() == 1 ? "" : "s") + " rewritten, " + files + " file"
            + (files == 1 ? "" : "s") + (m.dryRun() ? " would change" : " changed"));
      }
    }
    return Main.OK;
  }
}
