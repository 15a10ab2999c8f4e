package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the docker-mailserver parts of a {@code postfix_overlay}: {@code env = { NAME = "value" }},
 * {@code master_cf_append = <<EOF ... EOF} and {@code master "service/type" { parameter = "value" }} blocks.
 */
final class DmsSetupReader {
  private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern SERVICE_TYPE = Pattern.compile("[^/\\s]+/[^/\\s]+");
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern SIMPLE_STRING = Pattern.compile("\"([^\"\\\\$%]*)\"");

  private final HclFile file;
  private DmsSetup.Env env;
  private DmsSetup.MasterAppend append;
  private List<String> mapTypes;
  private static final Pattern MAP_TYPE = Pattern.compile("[a-z][a-z0-9]*");
  private final List<DmsSetup.MasterOverride> overrides = new ArrayList<>();
  private final Map<String, SourceRef> seenOverrides = new HashMap<>();

  DmsSetupReader(HclFile file) {
    this.file = file;
  }

  void env(Attribute a) throws CatalogException {
    SourceRef at = Items.ref(file, a);
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, SourceRef> sources = new LinkedHashMap<>();
    for (ObjectEntries.Entry e : ObjectEntries.parse(file, a.expression()).entries()) {
      if (!VARIABLE.matcher(e.key()).matches()) {
        throw new CatalogException(e.source(), "\"" + e.key() + "\" is not an environment variable name"
            + " (upper-case letters, digits and '_')");
      }
      if (!DmsSetup.isVariable(e.key())) {
        List<String> known = new ArrayList<>(new java.util.TreeSet<>(DmsSetup.VARIABLES));
        String best = dev.stackgen.model.Suggestions.closest(e.key(), known, Math.max(2, e.key().length() / 4));
        throw new CatalogException(e.source(), "unknown docker-mailserver " + DmsSetup.DMS_VERSION + " variable "
            + e.key() + (best == null ? "" : " (did you mean " + best + "?)"));
      }
      SourceRef first = sources.putIfAbsent(e.key(), e.source());
      if (first != null) {
        throw new CatalogException(e.source(), "env variable " + e.key() + " given twice (first at " + first + ")");
      }
      String v = e.value().strip();
      java.util.regex.Matcher m = SIMPLE_STRING.matcher(v);
      if (m.matches()) {
        values.put(e.key(), m.group(1));
      } else if (v.matches("[0-9]+")) {
        values.put(e.key(), v);
      } else {
        throw new CatalogException(e.source(), "env variable " + e.key() + " must be a literal string without"
            + " escapes or templates (docker-mailserver reads it as text), got " + Items.abbreviate(v));
      }
    }
    env = new DmsSetup.Env(values, sources, at);
  }

  void append(Attribute a) throws CatalogException {
    SourceRef at = Items.ref(file, a);
    String text = Items.string(file, a);
    List<Token> tokens = a.expression().tokens();
    boolean heredoc = !tokens.isEmpty() && tokens.get(0).type() == TokenType.OHEREDOC;
    int first = heredoc ? tokens.get(0).line() + 1 : Items.valueRef(file, a).line();
    List<SourceRef> lines = new ArrayList<>();
    int count = text.split("\n", -1).length;
    for (int i = 0; i < count; i++) {
      lines.add(heredoc ? new SourceRef(file.fileName(), first + i, 1) : Items.valueRef(file, a));
    }
    append = new DmsSetup.MasterAppend(text, lines, at);
  }

  void master(Block b) throws CatalogException {
    SourceRef at = Items.ref(file, b);
    String key = b.labels().get(0).value();
    if (!SERVICE_TYPE.matcher(key).matches()) {
      throw new CatalogException(at, "master block label \"" + key + "\" is not \"service/type\""
          + " (e.g. \"submission/inet\")");
    }
    String[] st = key.split("/");
    for (Attribute a : Items.attributesOnly(file, b)) {
      SourceRef ref = Items.ref(file, a);
      if (!PARAMETER.matcher(a.name()).matches()) {
        throw new CatalogException(ref, "\"" + a.name() + "\" is not a Postfix parameter name");
      }
      SourceRef first = seenOverrides.putIfAbsent(key + "/" + a.name(), ref);
      if (first != null) {
        throw new CatalogException(ref, key + "/" + a.name() + " given twice (first at " + first + ")");
      }
      String value;
      try {
        value = Expressions.decodeString(a.expression());
      } catch (dev.stackgen.hcl.HclSyntaxException e) {
        throw new CatalogException(Items.valueRef(file, a), "master.cf parameter \"" + a.name()
            + "\" must be a literal string, got " + Items.abbreviate(a.expression().text()));
      }
      overrides.add(new DmsSetup.MasterOverride(st[0], st[1], a.name(), value, ref));
    }
  }

  void mapTypes(Attribute a) throws CatalogException {
    List<String> types;
    try {
      types = Expressions.decodeStringList(a.expression());
    } catch (dev.stackgen.hcl.HclSyntaxException e) {
      throw new CatalogException(Items.valueRef(file, a), "map_types must be a list of Postfix map types, e.g."
          + " [\"pgsql\"]");
    }
    for (String t : types) {
      if (!MAP_TYPE.matcher(t).matches()) {
        throw new CatalogException(Items.valueRef(file, a), "\"" + t + "\" in map_types is not a Postfix map type"
            + " (lower-case letters and digits, as postconf -m lists them, e.g. \"pgsql\")");
      }
    }
    mapTypes = List.copyOf(new java.util.LinkedHashSet<>(types));
  }

  DmsSetup build() {
    return new DmsSetup(Optional.ofNullable(env), overrides, Optional.ofNullable(append),
        mapTypes == null ? List.of() : mapTypes);
  }
}
