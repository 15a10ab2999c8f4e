package dev.stackgen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
  /** True for the jar's own templates, no override (see {@link #bundled()}). */
  private final boolean bundled;
  /** The first failure to load each template (FreeMarker caches it and later says only "an earlier attempt"). */
  private final Map<String, IOException> loadFailures = new ConcurrentHashMap<>();

  private Templates(Configuration configuration) {
    this(configuration, false);
  }

  private Templates(Configuration configuration, boolean bundled) {
    this.configuration = configuration;
    this.bundled = bundled;
  }

  /** True when every template is the jar's own (no override folder, no line marks). */
  boolean isBundled() {
    return bundled;
  }

  /**
   * Has the object wrapper look at each view's class now (FreeMarker's bean introspection, cached per
   * class), as the first render of a view of that class would.
   */
  void introspect(Object... views) {
    freemarker.template.ObjectWrapper wrapper = configuration.getObjectWrapper();
    for (Object view : views) {
      try {
        wrapper.wrap(view);
      } catch (freemarker.template.TemplateModelException e) {
        // the render that needs this class reports it
      }
    }
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
        for (int n; (n = r.read(buf)) > 0;) {
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
    return new Templates(configure(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)), true);
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

  /**
   * A configuration whose every template (the one rendered and those it includes or imports) checks
   * its thread's interrupt flag in each loop, list and macro body, so that {@link #render} can stop a
   * template that runs past its time limit.
   */
  private static final class Interruptible extends Configuration {
    private final java.util.Set<Template> checked =
        java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    Interruptible() {
      super(Configuration.VERSION_2_3_33);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
        boolean parseAsFTL, boolean ignoreMissing) throws IOException {
      Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t != null) {
        synchronized (checked) {
          if (!checked.contains(t)) {
            // before the template can run: ?interpret and ?eval make templates that never pass here
            refuseRuntimeTemplates(t);
            checked.add(t);
            // FreeMarker's own thread-interruption support (what its ThreadInterruptionSupportTemplatePostProcessor adds)
            freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
          }
        }
      }
      return t;
    }
  }

  /**
   * {@code ?interpret} and {@code ?eval} build templates at run time, outside the loader: they would
   * run without the time limit's interrupt checks (an endless [#list] inside them could not be
   * stopped), so a template that names either is an error at the place it does.
   */
  private static final java.util.regex.Pattern RUNTIME_TEMPLATE =
      java.util.regex.Pattern.compile("\\?\\s*(interpret|eval)(?![\\w_])");

  /** A template that uses {@code ?interpret} or {@code ?eval}: {@code template:line:col: what}. */
  static final class RuntimeTemplateRefused extends IOException {
    RuntimeTemplateRefused(String message) {
      super(message);
    }
  }

  static void refuseRuntimeTemplates(Template t) throws RuntimeTemplateRefused {
    freemarker.core.TemplateElement root = t.getRootTreeNode();
    if (root == null || root.getEndLine() < 1) {
      return;
    }
    String source = t.getSource(1, 1, root.getEndColumn(), root.getEndLine());
    if (source == null) {
      return;
    }
    java.util.regex.Matcher m = RUNTIME_TEMPLATE.matcher(source);
    if (!m.find()) {
      return;
    }
    int line = 1;
    int col = 1;
    for (int i = 0; i < m.start(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    throw new RuntimeTemplateRefused(t.getSourceName() + ":" + line + ":" + col + ": ?" + m.group(1)
        + " is not allowed in stackgen templates (a template built at run time would escape the time limit);"
        + " write the text in the template, or [#include] a file of the templates folder");
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Interruptible();
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
    // Templates are code from the repository, run by check in hooks and CI: they see the view
    // records' components and nothing else of Java (no ?new, no ?api, no other method or class).
    wrapper.setMemberAccessPolicy(ViewsOnly.INSTANCE);
    cfg.setObjectWrapper(wrapper.build());
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    return cfg;
  }

  /**
   * What a template may call: the zero-argument accessors of stackgen's own records (the views and
   * the settings), and no other method, constructor or field of any class.
   */
  static final class ViewsOnly implements MemberAccessPolicy {
    static final ViewsOnly INSTANCE = new ViewsOnly();
    private static final ClassMemberAccessPolicy NOTHING = methods(method -> false);

    /** A class's policy: the methods {@code exposed} accepts; never a constructor or field. */
    private static ClassMemberAccessPolicy methods(java.util.function.Predicate<Method> exposed) {
      return new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return exposed.test(method);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> c) {
      if (!c.isRecord() || !c.getName().startsWith("dev.stackgen.")) {
        return NOTHING;
      }
      // Components and derived values such as BlockView.verbatim(): no arguments, a result, declared
      // by the record itself.
      return methods(method -> method.getParameterCount() == 0 && method.getReturnType() != void.class
          && method.getDeclaringClass() == c && !Modifier.isStatic(method.getModifiers())
          && !method.getName().equals("hashCode") && !method.getName().equals("toString"));
    }

    @Override
    public boolean isToStringAlwaysExposed() {
      return false;
    }
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
      BoundedWriter out = new BoundedWriter(MAX_OUTPUT_CHARS);
      freemarker.core.Environment env = template.createProcessingEnvironment(java.util.Map.of("file", view), out);
      Deadline deadline = Deadline.start(env, timeLimitMillis());
      try {
        env.process();
      } catch (StackOverflowError e) {
        throw new RenderException(recursionSite(template) + ": recursion too deep (a macro, function or"
            + " include that calls itself without end?)", null);
      } catch (RuntimeException | IOException | TemplateException e) {
        if (deadline.end()) {
          throw tooSlow(name, deadline, out, e);
        }
        throw e;
      } finally {
        deadline.end();
      }
      if (deadline.end()) {
        throw tooSlow(name, deadline, out, null);
      }
      return out.toString();
    } catch (OutputTooLarge e) {
      TemplateException at = e.at;
      throw new RenderException(at.getTemplateSourceName() + ":" + at.getLineNumber() + ":" + at.getColumnNumber()
          + ": " + at.getMessageWithoutStackTop(), at);
    } catch (RuntimeTemplateRefused e) {
      throw new RenderException(e.getMessage(), e);
    } catch (IOException e) {
      loadFailures.putIfAbsent(name, e);
      IOException first = loadFailures.get(name);
      if (first instanceof ParseException p) {
        throw new RenderException(describe(p, name), p);
      }
      throw new RenderException("template " + name + ": " + firstLine(first.getMessage()), first);
    } catch (TemplateException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof RuntimeTemplateRefused r) {
          throw new RenderException(r.getMessage(), r); // an included or imported template
        }
      }
      String where = e.getTemplateSourceName() == null
          ? name
          : e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
      throw new RenderException(where + ": " + reason(e), e);
    }
  }

  /** The system property that sets {@link #timeLimitMillis()} (tests set a short one). */
  public static final String TIME_LIMIT_PROPERTY = "stackgen.templateTimeLimitMillis";

  /**
   * How long one template may run for one file: 10 s unless the system property {@value
   * #TIME_LIMIT_PROPERTY} says otherwise; far above any real template (milliseconds), so only an
   * endless or absurdly long loop reaches it.
   */
  static long timeLimitMillis() {
    return Math.max(1, Long.getLong(TIME_LIMIT_PROPERTY, 10_000));
  }

  private RenderException tooSlow(String name, Deadline deadline, BoundedWriter out, Exception e) {
    long seconds = timeLimitMillis();
    String limit = seconds % 1000 == 0 ? seconds / 1000 + " s" : seconds + " ms";
    return new RenderException((deadline.at == null ? name : deadline.at) + ": the template ran longer than "
        + limit + " (an endless or huge [#list] loop?; " + out.lines() + " lines written)", e);
  }

  /**
   * Interrupts the rendering thread when the time limit passes; {@link #end} says whether it did (and
   * clears the interrupt it caused, so nothing else on the thread sees it).
   */
  private static final class Deadline {
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "stackgen-template-deadline");
          t.setDaemon(true);
          return t;
        });
    private final Thread thread = Thread.currentThread();
    private final freemarker.core.Environment env;
    private boolean done;
    private boolean fired;
    /** {@code template:line:col} of the instruction the template was running when stopped, or null. */
    private String at;
    private java.util.concurrent.ScheduledFuture<?> task;

    private Deadline(freemarker.core.Environment env) {
      this.env = env;
    }

    static Deadline start(freemarker.core.Environment env, long millis) {
      Deadline d = new Deadline(env);
      d.task = WATCHDOG.schedule(d::fire, millis, java.util.concurrent.TimeUnit.MILLISECONDS);
      return d;
    }

    private synchronized void fire() {
      if (done) {
        return;
      }
      fired = true;
      try {
        // read while the template still runs (the stack unwinds when it stops); innermost first
        for (freemarker.core.TemplateElement e : freemarker.core._CoreAPI.getInstructionStackSnapshot(env)) {
          if (e != null && e.getTemplate() != null && e.getBeginLine() > 0) {
            at = e.getTemplate().getSourceName() + ":" + e.getBeginLine() + ":" + e.getBeginColumn();
            break;
          }
        }
      } catch (RuntimeException racing) {
        at = null; // read from another thread: the position is a courtesy, the stop is not
      }
      thread.interrupt();
    }

    synchronized boolean end() {
      if (!done) {
        done = true;
        task.cancel(false);
        if (fired) {
          Thread.interrupted();
        }
      }
      return fired;
    }
  }

  /** The most one template may write for one file (characters): far above any real owned file. */
  static final int MAX_OUTPUT_CHARS = 4 << 20;

  /** A template wrote more than {@link #MAX_OUTPUT_CHARS}; {@code at} holds the position. */
  private static final class OutputTooLarge extends IOException {
    final transient TemplateException at;

    OutputTooLarge(TemplateException at) {
      super(at.getMessageWithoutStackTop());
      this.at = at;
    }
  }

  /** Collects a template's output and stops it (at the instruction writing) past {@code limit} characters. */
  private static final class BoundedWriter extends java.io.Writer {
    private final StringBuilder text = new StringBuilder();
    private final int limit;

    BoundedWriter(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      room(len);
      text.append(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      room(len);
      text.append(str, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
      room(1);
      text.append((char) c);
    }

    private void room(int len) throws OutputTooLarge {
      if ((long) text.length() + len > limit) {
        throw new OutputTooLarge(new TemplateException("the template writes more than " + (limit >> 20)
            + " MiB for one file", freemarker.core.Environment.getCurrentEnvironment()));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }

    long lines() {
      return text.chars().filter(c -> c == '\n').count();
    }
  }

  /**
   * Where endless recursion starts, as {@code template:line:col}: the first call of a macro or
   * function inside its own body, else the template (the Java stack holds no template positions).
   */
  static String recursionSite(Template template) {
    String source = template.getSourceName();
    for (Object o : template.getMacros().values()) {
      if (!(o instanceof freemarker.core.Macro m)) {
        continue;
      }
      String body = template.getSource(m.getBeginColumn(), m.getBeginLine(), m.getEndColumn(), m.getEndLine());
      java.util.regex.Matcher call = java.util.regex.Pattern.compile(
          (m.isFunction() ? "\\b" : "\\[@") + java.util.regex.Pattern.quote(m.getName())
              + (m.isFunction() ? "\\s*\\(" : "[\\s/\\]]")).matcher(body);
      int from = body.indexOf(']') + 1; // past the [#macro name ...] or [#function name(...)] header
      if (from > 0 && call.find(from)) {
        int line = m.getBeginLine();
        int col = m.getBeginColumn();
        for (int i = 0; i < call.start(); i++) {
          if (body.charAt(i) == '\n') {
            line++;
            col = 1;
          } else {
            col++;
          }
        }
        return source + ":" + line + ":" + col;
      }
    }
    return source;
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
    if (e.getCause() instanceof TemplateException inner && first.endsWith("with this error:")) {
      // ?eval / ?interpret: the error is in the evaluated text
      return reason(inner);
    }
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
