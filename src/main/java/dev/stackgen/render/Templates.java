package dev.stackgen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import dev.stackgen.model.Suggestions;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;

/**
 * The one FreeMarker configuration: square-bracket tags and {@code [=x]} interpolation (so HCL's
 * {@code ${...}} passes through untouched), plain-text output, errors rethrown, never logged.
 * Templates come from {@code --templates DIR} first, then from the jar.
 */
public final class Templates {
  static final String CLASSPATH_ROOT = "/dev/stackgen/templates";

  /**
   * The names of the bundled templates (the files of {@code templates/}; a test keeps the two equal):
   * an override file must have one of these names.
   */
  public static final List<String> NAMES = List.of("app-main.tf.ftl", "postfix-variables.tf.ftl",
      "providers.tf.ftl", "root-custom-terragrunt.hcl.ftl", "root-terragrunt.hcl.ftl", "stack-file.tf.ftl",
      "stack-main.tf.ftl", "stack-terragrunt.hcl.ftl", "tiers.tf.ftl", "shared.hcl.ftl", "terragrunt.stack.hcl.ftl");

  private final Configuration configuration;
  /** The first failure to load each template (FreeMarker caches it and later says only "an earlier attempt"). */
  private final Map<String, IOException> loadFailures = new ConcurrentHashMap<>();

  private Templates(Configuration configuration) {
    this.configuration = configuration;
  }

  /**
   * The same templates, each output line of a template text line marked with {@link LineMarks} (the
   * template's name and line), for {@link Explainer}. Directive-only lines are left alone.
   */
  Templates withLineMarks() {
    TemplateLoader loader = configuration.getTemplateLoader();
    Configuration cfg = configure(new MarkingLoader(loader));
    cfg.setLocalizedLookup(false);
    return new Templates(cfg);
  }

  /** A loader that prefixes every template text line with a template-line marker. */
  private record MarkingLoader(TemplateLoader delegate) implements TemplateLoader {
    private record Source(String name, Object inner) {}

    @Override
    public Object findTemplateSource(String name) throws IOException {
      Object inner = delegate.findTemplateSource(name);
      return inner == null ? null : new Source(name, inner);
    }

    @Override
    public long getLastModified(Object source) {
      return delegate.getLastModified(((Source) source).inner());
    }

    @Override
    public java.io.Reader getReader(Object source, String encoding) throws IOException {
      Source s = (Source) source;
      StringBuilder text = new StringBuilder();
      try (java.io.Reader r = delegate.getReader(s.inner(), encoding)) {
        char[] buf = new char[8192];
        for (int n; (n = r.read(buf)) > 0; ) {
          text.append(buf, 0, n);
        }
      }
      return new java.io.StringReader(LineMarks.markTemplate(s.name(), text.toString()));
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
      delegate.closeTemplateSource(((Source) source).inner());
    }
  }

  /** Templates from the jar only. */
  public static Templates bundled() {
    return new Templates(configure(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)));
  }

  /** Templates from {@code dir} where it has them, the bundled ones otherwise. */
  public static Templates overriddenBy(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("templates directory does not exist: " + dir);
    }
    checkOverrideNames(dir);
    try {
      TemplateLoader loader = new MultiTemplateLoader(new TemplateLoader[] {
        new FileTemplateLoader(dir.toFile()), new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)
      });
      return new Templates(configure(loader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Templates given in memory (name relative to the templates folder → text) where they have them,
   * the bundled ones otherwise: the templates of an earlier revision, read with git.
   */
  public static Templates overriddenBy(java.util.Map<String, String> sources) {
    freemarker.cache.StringTemplateLoader strings = new freemarker.cache.StringTemplateLoader();
    sources.forEach(strings::putTemplate);
    return new Templates(configure(new MultiTemplateLoader(new TemplateLoader[] {
      strings, new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)
    })));
  }

  /**
   * Every {@code .ftl} file of an override folder must replace a bundled template: a misspelled name
   * would otherwise be ignored without a word.
   */
  static void checkOverrideNames(Path dir) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".ftl")).sorted().forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String name : found) {
      if (!NAMES.contains(name)) {
        String near = Suggestions.didYouMean(name, NAMES);
        throw new IllegalArgumentException("template override " + dir.resolve(name) + " matches no template"
            + (near == null ? "" : " (did you mean " + near + "?)") + "; templates: " + String.join(", ", NAMES));
      }
    }
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("c");
    cfg.setBooleanFormat("c");
    cfg.setLocale(Locale.ROOT);
    cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
    // View records expose their components as plain values: file.items, not file.items().
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    cfg.setObjectWrapper(wrapper.build());
    return cfg;
  }

  /**
   * Loads and parses the named templates now (e.g. on another thread while the catalog is read); a
   * template that fails to load is left for {@link #render} to report.
   */
  public Templates preload(String... names) {
    for (String name : names) {
      try {
        configuration.getTemplate(name);
      } catch (IOException e) {
        loadFailures.putIfAbsent(name, e); // reported with its position when rendered
      }
    }
    return this;
  }

  /** Renders template {@code name} with {@code view} bound to the name {@code file}. */
  public String render(String name, Object view) {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(java.util.Map.of("file", view), out);
      return out.toString();
    } catch (IOException e) {
      loadFailures.putIfAbsent(name, e);
      IOException first = loadFailures.get(name);
      if (first instanceof ParseException p) {
        throw new RenderException(describe(p, name), p);
      }
      throw new RenderException("template " + name + ": " + firstLine(first.getMessage()), first);
    } catch (TemplateException e) {
      String where = e.getTemplateSourceName() == null
          ? name
          : e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
      throw new RenderException(where + ": " + reason(e), e);
    }
  }

  /** A template syntax error: {@code template:line:col: syntax error: reason}. */
  static String describe(ParseException p, String name) {
    String source = p.getTemplateName() == null ? name : p.getTemplateName();
    String reason = p.getEditorMessage() == null ? firstLine(p.getMessage()) : p.getEditorMessage();
    return source + ":" + p.getLineNumber() + ":" + p.getColumnNumber() + ": syntax error: "
        + firstLine(reason.strip());
  }

  /** What went wrong while rendering, with the failing expression (FreeMarker puts it on later lines). */
  static String reason(TemplateException e) {
    String blamed = e.getBlamedExpressionString();
    String first = firstLine(e.getMessageWithoutStackTop()).strip();
    if (e instanceof InvalidReferenceException && blamed != null) {
      return "[=" + blamed + "] is null or missing (write [=" + blamed + "!\"\"] for a default, or test it with"
          + " [#if " + blamed + "??])";
    }
    if (first.endsWith(":") && blamed != null) {
      first = first.substring(0, first.length() - 1);
    }
    return first + (blamed == null ? "" : " (failing expression: " + blamed + ")");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
