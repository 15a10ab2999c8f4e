package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Root;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackSyntax;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code postfix_overlay} and {@code file} blocks written from the model ({@link OverlayWriter}): every
 * catalog with overlays in the tests is written back as read; a changed overlay keeps what did not change
 * as written; the canonical form (no record of how a block was written: a model built in Java) reads back
 * to an overlay that says the same.
 */
class OverlayWriterTest {
  private static final Path HOMELAB = Path.of("stacks-fixtures/homelab/stackgen.hcl");
  private static final Path SEED = Path.of("src/test/resources/postfix-seed");

  /** Whole catalogs with overlays: the overlay import goldens, the seed change before and after, homelab. */
  private static List<Path> overlayCatalogs() throws Exception {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/overlay-import/golden/taken"))) {
      s.filter(p -> p.toString().endsWith(".catalog.hcl")).sorted().forEach(out::add);
    }
    out.add(SEED.resolve("before.hcl"));
    out.add(SEED.resolve("after.hcl"));
    out.add(HOMELAB);
    return out;
  }

  private static Catalog read(String text) throws Exception {
    try {
      return CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)), Set.of(
          CatalogReader.POSTFIX_CHECK));
    } catch (CatalogException e) {
      throw new AssertionError(e.getMessage() + "\n" + text, e);
    }
  }

  private static String write(Catalog c) {
    return CatalogWriter.write(c).get(CatalogReader.MAIN_FILE);
  }

  @TestFactory
  Stream<DynamicTest> everyCatalogWithOverlaysIsWrittenBackAsRead() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : overlayCatalogs()) {
      String text = Files.readString(p);
      tests.add(DynamicTest.dynamicTest(p.toString(), () -> {
        Catalog c = read(text);
        assertThat(c.stacks().stream().mapToInt(s -> s.overlays().size()).sum()).isPositive();
        assertThat(write(c)).isEqualTo(HclFormatter.format(text));
      }));
    }
    assertThat(tests).hasSize(10); // 7 overlay import goldens, the seed's two, homelab
    return tests.stream();
  }

  /**
   * The seed change made on the model (the overlay's entries as after.hcl has them) writes after.hcl: the
   * overlay's other parts as written, the new lines where they were added.
   */
  @Test
  void theSeedChangeMadeOnTheModelWritesTheCatalogAfterIt() throws Exception {
    Catalog before = read(Files.readString(SEED.resolve("before.hcl")));
    Catalog after = read(Files.readString(SEED.resolve("after.hcl")));
    PostfixOverlay was = before.stack("mailserver").orElseThrow().overlays().get(0);
    PostfixOverlay now = after.stack("mailserver").orElseThrow().overlays().get(0);
    assertThat(now.entries()).hasSizeGreaterThan(was.entries().size());
    Catalog changed = withOverlay(before, "mailserver", was, withEntries(was, now.entries()));
    assertThat(write(changed)).isEqualTo(HclFormatter.format(Files.readString(SEED.resolve("after.hcl"))));
  }

  /**
   * One value changed in homelab's overlay: only its item is written anew (in the canonical form: its
   * trailing comment on the line above, the value quoted); every other line stays as written.
   */
  @Test
  void aChangedValueIsWrittenAnewAndEverythingElseAsWritten() throws Exception {
    String text = Files.readString(HOMELAB);
    Catalog c = read(text);
    PostfixOverlay o = c.stack("mailserver").orElseThrow().overlays().get(0);
    List<PostfixOverlay.Entry> entries = new ArrayList<>(o.entries());
    int relay = indexOf(entries, "relayhost");
    int limit = indexOf(entries, "message_size_limit");
    entries.set(relay, PostfixOverlay.Entry.parameter("relayhost", "[smtp.example.org]:587", SourceRef.NONE));
    entries.set(limit, PostfixOverlay.Entry.parameter("message_size_limit", "10240000", SourceRef.NONE));
    String written = write(withOverlay(c, "mailserver", o, withEntries(o, entries)));
    String expected = text.replace("""
            relayhost                       = "[smtp-relay.brevo.com]:587" # the residential IP is blocklisted
        """, """
            # the residential IP is blocklisted
            relayhost = "[smtp.example.org]:587"
        """).replace("message_size_limit   = 52428800", "message_size_limit = \"10240000\"");
    assertThat(expected).isNotEqualTo(text);
    assertThat(written).isEqualTo(HclFormatter.format(expected));
    // and it reads back to the changed overlay
    PostfixOverlay back = read(written).stack("mailserver").orElseThrow().overlays().get(0);
    assertThat(meaning(back)).isEqualTo(meaning(withEntries(o, entries)));
  }

  /**
   * With no record of how they were written, every overlay and file block of those catalogs is written in
   * the canonical form, which reads back to overlays and file blocks that say the same, and is written
   * again as the same text.
   */
  @Test
  void theCanonicalFormReadsBackToTheSameOverlays() throws Exception {
    int overlays = 0;
    for (Path p : overlayCatalogs()) {
      Catalog c = read(Files.readString(p));
      Catalog bare = bare(c);
      String written = write(bare);
      assertThat(written).as(p.toString()).isNotEqualTo(write(c));
      Catalog back = read(written);
      for (Stack s : c.stacks()) {
        Stack b = back.stack(s.name()).orElseThrow();
        assertThat(b.overlays().stream().map(OverlayWriterTest::meaning).toList()).as(p + "\n" + written).isEqualTo(s
            .overlays().stream().map(OverlayWriterTest::meaning).toList());
        assertThat(b.files().stream().map(OverlayWriterTest::meaning).toList()).as(p + "\n" + written).isEqualTo(s
            .files().stream().map(OverlayWriterTest::meaning).toList());
        overlays += s.overlays().size();
      }
      assertThat(write(bare(back))).as(p.toString()).isEqualTo(written);
    }
    assertThat(overlays).isEqualTo(10);
  }

  /**
   * A catalog built in Java with a loose overlay (docker-mailserver's parts, an indented heredoc, a
   * variable block, a multi-line value, a template-looking value, a line with its own spelling, a name HCL
   * cannot write as an attribute) and a file block (a verbatim item and an overlay) writes a catalog that
   * reads back to the same model.
   */
  @Test
  void aCatalogBuiltInJavaWithOverlaysAndAFileBlockReadsBackToTheSameModel() throws Exception {
    List<PostfixOverlay.Entry> entries = List.of(
        PostfixOverlay.Entry.comment("# Relay everything.", SourceRef.NONE),
        PostfixOverlay.Entry.parameter("relayhost", "[smtp-relay.example.net]:587", SourceRef.NONE),
        PostfixOverlay.Entry.blank(SourceRef.NONE),
        PostfixOverlay.Entry.parameter("smtp_tls_session_cache_database", "btree:${data_directory}/smtp_scache",
            SourceRef.NONE),
        PostfixOverlay.Entry.parameter("smtpd_helo_restrictions", "permit_mynetworks,\nreject_invalid_helo_hostname\n",
            SourceRef.NONE),
        PostfixOverlay.Entry.line("smtpd_use_tls=yes", SourceRef.NONE),
        PostfixOverlay.Entry.parameter("policyd-spf_time_limit", "3600", SourceRef.NONE),
        PostfixOverlay.Entry.parameter("postscreen_cache_map", "", SourceRef.NONE));
    DmsSetup dms = new DmsSetup(Optional.of(new DmsSetup.Env(Map.of("ENABLE_POLICYD_SPF", "1"), Map.of(),
        SourceRef.NONE)), List.of(new DmsSetup.MasterOverride("submission", "inet", "smtpd_sasl_auth_enable", "yes",
            SourceRef.NONE)), Optional.of(new DmsSetup.MasterAppend("dovecot unix - n n - - pipe\n", List.of(),
                SourceRef.NONE)), List.of("pgsql"));
    PostfixOverlay.Layout layout = new PostfixOverlay.Layout(new PostfixOverlay.VariableLayout(
        "type = string\nsensitive = false\n", "", "", ""), new PostfixOverlay.Heredoc(true, "CONFIG", 4, 2));
    PostfixOverlay loose = new PostfixOverlay("postfix_cf", "modules/mailserver/variables.tf", "dms-15", entries,
        Trivia.comment("The server's main.cf overlay."), SourceRef.NONE, layout, dms);
    PostfixOverlay inFile = new PostfixOverlay("postfix_extra_cf", "extra.tf", "dms-15", List.of(
        PostfixOverlay.Entry.parameter("message_size_limit", "52428800", SourceRef.NONE)), Trivia.NONE,
        SourceRef.NONE);
    StackFile file = new StackFile("extra.tf", List.of(new StackFile.Item(new Verbatim(
        "variable \"hostname\" {\n  type = string\n}", Trivia.NONE, SourceRef.NONE), null), new StackFile.Item(null,
            inFile)), Trivia.NONE, SourceRef.NONE);
    Stack mail = new Stack("mailserver", "edge", State.PG, Trivia.NONE, List.of(), true, List.of(loose, inFile),
        Trivia.NONE, SourceRef.NONE, Optional.empty(), false, List.of(file));
    Root root = read("root {\n  tiers = { edge = \"3-edge\" }\n}\n").root();
    Catalog built = new Catalog(dev.stackgen.model.Settings.DEFAULT, root, dev.stackgen.model.Defaults.NONE, List.of(
        mail));
    String written = write(built);
    Stack back = read(written).stack("mailserver").orElseThrow();
    assertThat(back.overlays().stream().map(OverlayWriterTest::meaning).toList()).as(written).isEqualTo(mail
        .overlays().stream().map(OverlayWriterTest::meaning).toList());
    assertThat(back.files().stream().map(OverlayWriterTest::meaning).toList()).as(written).isEqualTo(mail.files()
        .stream().map(OverlayWriterTest::meaning).toList());
    assertThat(back.overlays().get(0).text().text()).isEqualTo(loose.text().text());
  }

  private static int indexOf(List<PostfixOverlay.Entry> entries, String name) {
    for (int i = 0; i < entries.size(); i++) {
      if (name.equals(entries.get(i).name())) {
        return i;
      }
    }
    throw new AssertionError("no entry " + name);
  }

  /**
   * What an overlay says, without where it was read from. The variable block's body is compared line by line
   * without its layout: the model holds it as printed in the catalog (indented, {@code =} aligned), as it
   * holds every verbatim item, so text built in Java reads back formatted.
   */
  private static List<Object> meaning(PostfixOverlay o) {
    PostfixOverlay.VariableLayout v = o.layout().variable();
    List<Object> out = new ArrayList<>(List.of(o.variable(), o.file(), o.profile(), o.leading(), o.layout()
        .heredoc(), v.openComment(), v.trailingComment(), layout(v.before()), layout(v.after())));
    o.entries().forEach(e -> out.add(java.util.Arrays.asList(e.name(), e.value(), e.comment(), e.spelling())));
    DmsSetup d = o.dms();
    out.add(d.env().map(env -> new LinkedHashMap<>(env.values())));
    out.add(d.masterOverrideText());
    out.add(d.masterAppend().map(DmsSetup.MasterAppend::text));
    out.add(d.mapTypes());
    return out;
  }

  private static List<String> layout(String hcl) {
    return hcl.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
  }

  /** What a file block says, without where it was read from (a verbatim item's text as the variable block's). */
  private static List<Object> meaning(StackFile f) {
    List<Object> out = new ArrayList<>(List.of(f.path(), f.footer()));
    f.items().forEach(i -> out.add(i.verbatim() != null ? List.of(layout(i.verbatim().text()), i.verbatim().leading())
        : meaning(i.overlay())));
    return out;
  }

  private static PostfixOverlay withEntries(PostfixOverlay o, List<PostfixOverlay.Entry> entries) {
    return new PostfixOverlay(o.variable(), o.file(), o.profile(), entries, o.leading(), o.source(), o.layout(),
        o.dms());
  }

  /** The catalog with {@code was} replaced by {@code now} in stack {@code name} (its file blocks included). */
  private static Catalog withOverlay(Catalog c, String name, PostfixOverlay was, PostfixOverlay now) {
    List<Stack> stacks = c.stacks().stream().map(s -> {
      if (!s.name().equals(name)) {
        return s;
      }
      List<PostfixOverlay> overlays = s.overlays().stream().map(o -> o == was ? now : o).toList();
      List<StackFile> files = s.files().stream().map(f -> new StackFile(f.path(), f.items().stream().map(
          i -> i.overlay() == was ? new StackFile.Item(null, now) : i).toList(), f.footer(), f.source())).toList();
      return new Stack(s.name(), s.tier(), s.state(), s.header(), s.items(), s.useDefaults(), overlays, s.footer(),
          s.source(), s.module(), s.exact(), files, s.syntax());
    }).toList();
    return new Catalog(c.settings(), c.root(), c.defaults(), stacks, List.of(), c.shared(), c.stackFiles(), c
        .syntax());
  }

  /** The catalog without any record of how its stacks were written. */
  private static Catalog bare(Catalog c) {
    return new Catalog(c.settings(), c.root(), c.defaults(), c.stacks().stream().map(s -> s.module().isEmpty() ? s
        .withSyntax(StackSyntax.NONE) : s).toList(), List.of(), c.shared(), c.stackFiles(), c.syntax());
  }
}
