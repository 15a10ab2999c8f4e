package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;

/** {@link Flags} answers as commons-cli's own lookups on the command lines of check and generate. */
class FlagsTest {
  @Test
  void answersAsCommandLineOnRandomCommandLines() {
    Random random = new Random(23);
    int parsed = 0;
    int withValues = 0;
    for (Command command : List.of(new CheckCommand(), new GenerateCommand())) {
      Options options = Main.withCommonOptions(command.options());
      List<String> words = new ArrayList<>(List.of("x", "a b", "-", "--", "json", "text", "--nope", "-Z"));
      for (Option o : options.getOptions()) {
        words.add("--" + o.getLongOpt());
        if (o.getOpt() != null) {
          words.add("-" + o.getOpt());
        }
        words.add("--" + o.getLongOpt() + "=v" + random.nextInt(3));
      }
      for (int i = 0; i < 3_000; i++) {
        List<String> args = new ArrayList<>();
        int n = random.nextInt(7);
        for (int j = 0; j < n; j++) {
          args.add(words.get(random.nextInt(words.size())));
        }
        CommandLine line;
        try {
          line = DefaultParser.builder().setStripLeadingAndTrailingQuotes(false).build().parse(options,
              args.toArray(new String[0]));
        } catch (ParseException e) {
          continue;
        }
        parsed++;
        for (Option o : options.getOptions()) {
          for (String name : o.getOpt() == null ? List.of(o.getLongOpt()) : List.of(o.getOpt(), o.getLongOpt())) {
            String where = args + " " + name;
            assertThat(Flags.has(line, name)).as(where).isEqualTo(line.hasOption(name));
            assertThat(Flags.values(line, name)).as(where).isEqualTo(line.getOptionValues(name));
            assertThat(Flags.value(line, name)).as(where).isEqualTo(line.getOptionValue(name));
            assertThat(Flags.value(line, name, "dflt")).as(where).isEqualTo(line.getOptionValue(name, "dflt"));
            if (line.getOptionValues(name) != null && line.getOptionValues(name).length > 1) {
              withValues++;
            }
          }
        }
        assertThat(Flags.has(line, "nope")).isFalse();
        assertThat(Flags.values(line, "nope")).isNull();
      }
    }
    assertThat(parsed).as("command lines that parse").isGreaterThan(1_000);
    assertThat(withValues).as("an option given more than once (--stack a --stack b)").isPositive();
  }
}
