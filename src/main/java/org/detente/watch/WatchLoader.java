package org.detente.watch;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates the watches of a jobs directory ({@code <jobs>/watches/<id>.yaml}).
 *
 * <p>Watch files are composed into SnakeYAML nodes only, never constructed into Java objects, and checked
 * key by key. The first problem found is thrown as a {@link WatchException} whose one-line message names
 * the file and the 1-based line. Files are shown as {@code jobsDir.resolve(...)}: as given when the jobs
 * directory was given as a relative path ({@code jobs/watches/demo.yaml}), relative to the jobs
 * directory's parent when it was given as an absolute path.
 *
 * <p>Problems are reported in this order: YAML errors; unknown, duplicate or non-name keys of the top-level
 * mapping; then {@code id}, {@code title}, {@code timezone}, {@code lexicon} and {@code sources} in turn;
 * within a source, its keys, then {@code type}, {@code name}, {@code path}, {@code include},
 * {@code exclude}.
 */
public final class WatchLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern LEXICON_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final List<String> WATCH_KEYS = List.of("id", "title", "timezone", "lexicon", "sources");
    static final List<String> SOURCE_KEYS = List.of("type", "name", "path", "url", "links", "include", "exclude");
    static final List<String> SOURCE_TYPES = List.of("folder", "feed", "sitemap", "listing", "warc");
    /** The keys each source type needs besides {@code type}; the other keys of this map are refused for it. */
    static final Map<String, List<String>> SOURCE_NEEDS = Map.of("folder", List.of("path"), "warc", List.of("path"),
            "feed", List.of("url"), "sitemap", List.of("url"), "listing", List.of("url", "links"));
    static final String EXTENSION = ".yaml";
    /** Largest watch file read, in bytes; also the code point limit given to SnakeYAML. */
    static final int MAX_FILE_BYTES = 1_000_000;
    /** Aliases to lists or mappings allowed per file; a watch needs few, a billion-laughs file many. */
    static final int MAX_ALIASES = 10;
    static final int MAX_NESTING = 20;

    static final String DEFAULTS_FILE = "defaults" + EXTENSION;

    private final Path jobsDir;
    private Settings defaults;

    public WatchLoader(Path jobsDir) {
        this.jobsDir = Objects.requireNonNull(jobsDir, "jobsDir");
    }

    /**
     * The settings of {@code defaults.yaml} in the jobs directory, the base every watch overrides; none when the
     * file does not exist.
     */
    public synchronized Settings defaults() {
        if (defaults == null) {
            Path file = jobsDir.resolve(DEFAULTS_FILE);
            if (Files.exists(file)) {
                String shown = display(file);
                defaults = new Settings(new SettingsReader(shown).defaults(compose(readText(file, shown), shown)));
            } else {
                defaults = Settings.empty();
            }
        }
        return defaults;
    }

    /** Loads and validates {@code watches/<id>.yaml}. */
    public Watch load(String id) {
        Objects.requireNonNull(id, "id");
        requireJobsDir();
        if (!ID.matcher(id).matches()) {
            throw new WatchException("invalid watch id " + quote(id) + ": ids are lowercase letters, digits and '-'"
                    + " (known watches: " + knownWatches() + ")");
        }
        Path file = watchesDir().resolve(id + EXTENSION);
        if (!Files.exists(file)) {
            throw new WatchException("unknown watch " + quote(id) + ": no file " + display(file)
                    + " (known watches: " + knownWatches() + ")");
        }
        return read(file, id);
    }

    /**
     * Loads and validates every {@code watches/*.yaml}, sorted by id; stops at the first bad file. Hidden
     * files and files with other extensions are ignored, except {@code *.yml}, which is rejected so that a
     * misnamed watch is not silently skipped.
     */
    public List<Watch> loadAll() {
        requireJobsDir();
        Path dir = watchesDir();
        if (!Files.isDirectory(dir)) {
            throw new WatchException(display(dir) + ": no such directory (each watch is a file watches/<id>"
                    + EXTENSION + " in the jobs directory)");
        }
        List<Watch> watches = new ArrayList<>();
        for (Path file : listFiles(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                throw new WatchException(display(file) + ": watch files must end in " + EXTENSION + ": rename it to "
                        + name.substring(0, name.length() - 4) + EXTENSION);
            }
            if (name.endsWith(EXTENSION)) {
                watches.add(read(file, name.substring(0, name.length() - EXTENSION.length())));
            }
        }
        checkUniqueIds(watches);
        watches.sort(Comparator.comparing(Watch::id));
        return List.copyOf(watches);
    }

    /** The file of a lexicon: {@code <jobsDir>/lexicons/<name>.yaml}. */
    public Path lexiconFile(String lexiconName) {
        Objects.requireNonNull(lexiconName, "lexiconName");
        if (!LEXICON_NAME.matcher(lexiconName).matches()) {
            throw new WatchException(invalidLexiconName(lexiconName));
        }
        return jobsDir.resolve("lexicons").resolve(lexiconName + EXTENSION);
    }

    /** Rejects two watches with the same id (unreachable through files while ids must equal file names). */
    void checkUniqueIds(List<Watch> watches) {
        Map<String, Watch> byId = new HashMap<>();
        for (Watch w : watches) {
            Watch first = byId.putIfAbsent(w.id(), w);
            if (first != null) {
                throw new WatchException(display(w.file()) + ": duplicate watch id " + quote(w.id())
                        + " (also in " + display(first.file()) + ")");
            }
        }
    }

    // ---------------------------------------------------------------- files

    private Path watchesDir() {
        return jobsDir.resolve("watches");
    }

    private void requireJobsDir() {
        if (!Files.isDirectory(jobsDir)) {
            throw new WatchException(slashes(jobsDir) + ": no such directory (expected the jobs directory, holding"
                    + " watches/ and lexicons/)");
        }
    }

    private List<Path> listFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new WatchException(display(dir) + ": cannot list directory: " + reason(e), e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private String knownWatches() {
        Path dir = watchesDir();
        if (!Files.isDirectory(dir)) {
            return "none";
        }
        return names(listFiles(dir));
    }

    private String knownLexicons() {
        Path dir = jobsDir.resolve("lexicons");
        if (!Files.isDirectory(dir)) {
            return "none";
        }
        return names(listFiles(dir));
    }

    private static String names(List<Path> files) {
        List<String> names = files.stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(EXTENSION))
                .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                .toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** How a path under the jobs directory is shown in messages; see the class comment. */
    String display(Path path) {
        Path shown = path;
        Path parent = jobsDir.isAbsolute() ? jobsDir.getParent() : null;
        if (parent != null && path.startsWith(parent)) {
            shown = parent.relativize(path);
        }
        return slashes(shown);
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private Watch read(Path file, String expectedId) {
        String shown = display(file);
        String text = readText(file, shown);
        Node root = compose(text, shown);
        return new WatchFile(file, shown, expectedId).watch(root);
    }

    private static String readText(Path file, String shown) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new WatchException(shown + ": not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(shown, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WatchException(shown + ": cannot read file: " + reason(e), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(shown, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new WatchException(shown + ":" + line + ": not valid UTF-8 text (at byte " + (in.position() + 1)
                    + " of the file)");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static WatchException tooLarge(String shown, long size) {
        return new WatchException(shown + ": file too large (" + size + " bytes; a watch file may have at most "
                + MAX_FILE_BYTES + ")");
    }

    // ---------------------------------------------------------------- YAML

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * Composes the text into a node graph as {@code Yaml.compose(Reader)} does, through a parser that remembers
     * the last event, so that SnakeYAML's limit errors (which carry no position) can still name a line.
     */
    private static Node compose(String text, String shown) {
        LoaderOptions options = loaderOptions();
        TrackingParser parser = new TrackingParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
        Composer composer = new Composer(parser, new Resolver(), options);
        try {
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = clean(e.getContext());
            StringBuilder m = new StringBuilder("invalid YAML: ");
            if (!context.isEmpty() && !context.startsWith("while")) {
                m.append(context).append(", ");
            }
            m.append(clean(e.getProblem()));
            if (mark != null) {
                m.append(" (column ").append(mark.getColumn() + 1).append(')');
            }
            if (context.startsWith("while") && e.getContextMark() != null && mark != null
                    && e.getContextMark().getLine() != mark.getLine()) {
                m.append(" (").append(context).append(" started at line ")
                        .append(e.getContextMark().getLine() + 1).append(')');
            }
            throw new WatchException(at(shown, mark) + m, e);
        } catch (ReaderException e) {
            int line = 1;
            int cp = 0;
            for (int i = 0; i < text.length() && cp < e.getPosition(); i += Character.charCount(text.codePointAt(i))) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
                cp++;
            }
            throw new WatchException(shown + ":" + line + ": invalid YAML: character U+"
                    + String.format("%04X", e.getCodePoint()) + " is not allowed", e);
        } catch (YAMLException e) {
            String problem = String.valueOf(e.getMessage());
            String m;
            if (problem.startsWith("Number of aliases")) {
                m = "too many aliases (more than " + MAX_ALIASES + " references to lists or mappings)";
            } else if (problem.startsWith("Nesting Depth")) {
                m = "nested too deeply (more than " + MAX_NESTING + " levels)";
            } else if (problem.contains("exceeds the limit")) {
                m = "file too large (more than " + MAX_FILE_BYTES + " characters)";
            } else {
                m = "invalid YAML: " + clean(problem);
            }
            throw new WatchException(at(shown, parser.lastMark) + m, e);
        }
    }

    private static String at(String shown, Mark mark) {
        return mark == null ? shown + ": " : shown + ":" + (mark.getLine() + 1) + ": ";
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Delegating parser that remembers the start of the last event handed out. */
    private static final class TrackingParser implements Parser {
        private final Parser delegate;
        Mark lastMark;

        TrackingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return remember(delegate.peekEvent());
        }

        @Override
        public Event getEvent() {
            return remember(delegate.getEvent());
        }

        private Event remember(Event event) {
            if (event != null && event.getStartMark() != null) {
                lastMark = event.getStartMark();
            }
            return event;
        }
    }

    // ---------------------------------------------------------------- messages

    /** A value quoted for a one-line message: control characters escaped, long values shortened. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown == 60) {
                b.append("...");
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
            shown++;
        }
        return b.append('\'').toString();
    }

    private static String invalidLexiconName(String name) {
        return "invalid lexicon name " + quote(name) + ": use letters, digits, '.', '_' and '-',"
                + " starting with a letter or digit";
    }

    /** The zone ids closest to a misspelt one (at most three, sorted), or none when none is close. */
    static List<String> closestZones(String wrong) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, wrong.length() / 4));
        int best = limit + 1;
        List<String> closest = new ArrayList<>();
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int d = distance(w, zone.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                closest.clear();
            }
            if (d == best) {
                closest.add(zone);
            }
        }
        Collections.sort(closest);
        return closest.size() > 3 ? closest.subList(0, 3) : closest;
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    // ---------------------------------------------------------------- validation

    /** Checks one composed watch file. */
    private final class WatchFile {
        private final Path file;
        private final String shown;
        private final String expectedId;

        WatchFile(Path file, String shown, String expectedId) {
            this.file = file;
            this.shown = shown;
            this.expectedId = expectedId;
        }

        Watch watch(Node root) {
            if (root == null) {
                throw fail(1, "the file is empty (a watch needs the keys " + String.join(", ", WATCH_KEYS) + ")");
            }
            if (!(root instanceof MappingNode top)) {
                throw fail(root, "a watch file must be a mapping with the keys " + String.join(", ", WATCH_KEYS)
                        + ", not " + kind(root));
            }
            List<String> sections = defaults().sections();
            List<String> known = new ArrayList<>(WATCH_KEYS);
            known.addAll(sections);
            Map<String, NodeTuple> keys = keys(top, known, "");

            Node idNode = required(top, keys, "id", "");
            String id = string(idNode, "id", "");
            if (!ID.matcher(id).matches()) {
                throw fail(idNode, "invalid id " + quote(id) + ": use lowercase letters, digits and '-',"
                        + " starting with a letter or digit");
            }
            if (!id.equals(expectedId)) {
                throw fail(idNode, "id " + quote(id) + " does not match the file name "
                        + quote(file.getFileName().toString()) + " (the id must be the file name without "
                        + EXTENSION + ")");
            }

            Node titleNode = required(top, keys, "title", "");
            String title = string(titleNode, "title", "").strip();
            if (title.contains("\n") || title.contains("\r")) {
                throw fail(titleNode, "'title' must be a single line");
            }

            Node zoneNode = required(top, keys, "timezone", "");
            String zoneName = string(zoneNode, "timezone", "");
            ZoneId zone;
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                List<String> close = closestZones(zoneName);
                throw fail(zoneNode, "unknown time zone " + quote(zoneName)
                        + (close.isEmpty() ? " (use a region id such as Europe/Berlin, or UTC)"
                                : " (did you mean " + String.join(" or ", close) + "?)"));
            }

            Node lexiconNode = required(top, keys, "lexicon", "");
            String lexicon = string(lexiconNode, "lexicon", "");
            if (!LEXICON_NAME.matcher(lexicon).matches()) {
                throw fail(lexiconNode, invalidLexiconName(lexicon));
            }
            Path lexiconFile = lexiconFile(lexicon);
            if (!Files.isRegularFile(lexiconFile)) {
                throw fail(lexiconNode, "unknown lexicon " + quote(lexicon) + ": no file " + display(lexiconFile)
                        + " (known lexicons: " + knownLexicons() + ")");
            }

            Node sourcesNode = required(top, keys, "sources", "");
            if (!(sourcesNode instanceof SequenceNode list)) {
                throw isNull(sourcesNode)
                        ? fail(sourcesNode, "'sources' is empty (a watch needs at least one source)")
                        : fail(sourcesNode, "'sources' must be a list of sources, not " + kind(sourcesNode));
            }
            if (list.getValue().isEmpty()) {
                throw fail(sourcesNode, "'sources' is empty (a watch needs at least one source)");
            }
            List<SourceSpec> sources = new ArrayList<>();
            Map<String, SourceSpec> byName = new HashMap<>();
            int n = 0;
            for (Node item : list.getValue()) {
                n++;
                SourceSpec source = source(item, n);
                SourceSpec first = byName.putIfAbsent(source.name(), source);
                if (first != null) {
                    throw fail(source.line(), "duplicate source name " + quote(source.name())
                            + " (also the source at line " + first.line() + "; give one a different 'name')");
                }
                sources.add(source);
            }
            return new Watch(id, title, zone, lexicon, sources, file, settings(keys, sections));
        }

        /** The defaults with the sections this watch overrides. */
        private Settings settings(Map<String, NodeTuple> keys, List<String> sections) {
            Map<String, Settings.Value> overrides = new LinkedHashMap<>();
            SettingsReader reader = new SettingsReader(shown);
            for (String section : sections) {
                if (keys.containsKey(section)) {
                    overrides.putAll(reader.overrides(section, keys.get(section).getValueNode(), defaults()));
                }
            }
            return defaults().with(overrides);
        }

        private SourceSpec source(Node item, int n) {
            String where = " in source " + n;
            if (!(item instanceof MappingNode m)) {
                throw fail(item, "source " + n + " must be a mapping with the keys " + String.join(", ", SOURCE_KEYS)
                        + ", not " + kind(item));
            }
            Map<String, NodeTuple> keys = keys(m, SOURCE_KEYS, where);

            Node typeNode = required(m, keys, "type", where);
            String type = string(typeNode, "type", where);
            if (!SOURCE_TYPES.contains(type)) {
                throw fail(typeNode, "unknown source type " + quote(type) + " (known types: "
                        + String.join(", ", SOURCE_TYPES) + ")");
            }

            String name = keys.containsKey("name") ? string(keys.get("name").getValueNode(), "name", where).strip()
                    : null;

            for (String key : List.of("path", "url", "links")) {
                if (keys.containsKey(key) && !SOURCE_NEEDS.get(type).contains(key)) {
                    throw fail(keys.get(key).getKeyNode(), "key " + quote(key) + " does not apply to a " + type
                            + " source (it takes " + String.join(", ", SOURCE_NEEDS.get(type)) + ")");
                }
            }
            String path = null;
            String url = null;
            String links = null;
            if (SOURCE_NEEDS.get(type).contains("path")) {
                path = sourcePath(m, keys, type, where);
            }
            if (SOURCE_NEEDS.get(type).contains("url")) {
                url = sourceUrl(required(m, keys, "url", where), where);
            }
            if (SOURCE_NEEDS.get(type).contains("links")) {
                Node linksNode = required(m, keys, "links", where);
                links = string(linksNode, "links", where);
                try {
                    org.jsoup.select.QueryParser.parse(links);
                } catch (RuntimeException e) {
                    throw fail(linksNode, "bad links selector " + quote(links) + where + ": " + e.getMessage());
                }
            }

            List<Pattern> include = patterns(keys.get("include"), "include", where);
            List<Pattern> exclude = patterns(keys.get("exclude"), "exclude", where);
            return new SourceSpec(type, name != null ? name : type + ":" + (path != null ? path : url), path, include,
                    exclude, line(m), url, links);
        }

        /** The path of a folder or warc source: a folder, or for warc also a single file, under the jobs folder. */
        private String sourcePath(MappingNode m, Map<String, NodeTuple> keys, String type, String where) {
            Node pathNode = required(m, keys, "path", where);
            String path = string(pathNode, "path", where);
            Path dir;
            try {
                dir = jobsDir.resolve(path);
            } catch (InvalidPathException e) {
                throw fail(pathNode, "invalid path " + quote(path) + where + ": " + e.getReason());
            }
            String what = type.equals("folder") ? "folder" : "WARC path";
            if (!Files.exists(dir)) {
                throw fail(pathNode, what + " " + quote(path) + " does not exist (looked for " + display(dir) + ")");
            }
            if (type.equals("folder") && !Files.isDirectory(dir)) {
                throw fail(pathNode, "folder " + quote(path) + " is not a directory (" + display(dir) + ")");
            }
            return path;
        }

        /** An absolute http or https URL. */
        private String sourceUrl(Node urlNode, String where) {
            String url = string(urlNode, "url", where).strip();
            java.net.URI uri;
            try {
                uri = new java.net.URI(url);
            } catch (java.net.URISyntaxException e) {
                throw fail(urlNode, "bad url " + quote(url) + where + ": " + e.getReason());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw fail(urlNode, "bad url " + quote(url) + where + ": use an absolute http or https address");
            }
            return url;
        }

        private List<Pattern> patterns(NodeTuple tuple, String key, String where) {
            if (tuple == null) {
                return List.of();
            }
            Node value = tuple.getValueNode();
            if (!(value instanceof SequenceNode seq)) {
                throw isNull(value)
                        ? fail(value, quote(key) + where + " is empty (write a list of patterns, or leave the key out)")
                        : fail(value, quote(key) + where + " must be a list of patterns, not " + kind(value));
            }
            List<Pattern> patterns = new ArrayList<>();
            int n = 0;
            for (Node item : seq.getValue()) {
                n++;
                String what = "pattern " + n + " of " + quote(key);
                if (!(item instanceof ScalarNode scalar)) {
                    throw fail(item, what + where + " must be a string, not " + kind(item));
                }
                if (isNull(scalar) || scalar.getValue().isEmpty()) {
                    throw fail(item, what + where + " is empty");
                }
                String regex = scalar.getValue();
                try {
                    patterns.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    String hint = regex.contains("*") || regex.contains("?")
                            ? " (patterns are Java regular expressions, not globs: for *.html write \\.html$)" : "";
                    throw fail(item, "bad " + key + " pattern " + quote(regex) + ": " + e.getDescription()
                            + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "") + hint);
                }
            }
            return patterns;
        }

        /** The keys of a mapping, in file order, after checking each is a known, unrepeated name. */
        private Map<String, NodeTuple> keys(MappingNode mapping, List<String> known, String where) {
            Map<String, NodeTuple> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key)) {
                    throw fail(keyNode, "keys must be plain names, not " + kind(keyNode) + where);
                }
                if (Tag.MERGE.equals(key.getTag())) {
                    throw fail(keyNode, "merge keys ('<<') are not supported" + where);
                }
                String name = key.getValue();
                NodeTuple first = keys.get(name);
                if (first != null) {
                    throw fail(keyNode, "duplicate key " + quote(name) + where + " (first at line "
                            + line(first.getKeyNode()) + ")");
                }
                if (!known.contains(name)) {
                    throw fail(keyNode, "unknown key " + quote(name) + where + " (known keys: "
                            + String.join(", ", known) + ")");
                }
                keys.put(name, tuple);
            }
            return keys;
        }

        private Node required(MappingNode mapping, Map<String, NodeTuple> keys, String key, String where) {
            NodeTuple tuple = keys.get(key);
            if (tuple == null) {
                throw fail(mapping, "missing key " + quote(key) + where);
            }
            return tuple.getValueNode();
        }

        private String string(Node value, String key, String where) {
            if (!(value instanceof ScalarNode scalar)) {
                throw fail(value, quote(key) + where + " must be a string, not " + kind(value));
            }
            if (isNull(scalar) || scalar.getValue().isBlank()) {
                throw fail(value, quote(key) + where + " is empty");
            }
            return scalar.getValue();
        }

        private WatchException fail(Node node, String message) {
            return fail(line(node), message);
        }

        private WatchException fail(int line, String message) {
            return new WatchException(shown + ":" + line + ": " + message);
        }
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (isNull(node)) {
            return "empty";
        }
        Tag tag = node.getTag();
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean";
        }
        return "a string";
    }
}
