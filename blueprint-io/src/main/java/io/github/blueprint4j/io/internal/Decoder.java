package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document into a {@link Blueprint}: parses it with Jackson (guarding the TOML
 * parser's known defects), binds it with {@link Binder}, and places every finding in the
 * source. Immutable and thread-safe; used by {@code BlueprintReader}.
 */
public final class Decoder {

    /** Integer literals with this many digits are misread by jackson-dataformat-toml 2.22. */
    private static final int CORRUPTED_DIGITS = 19;
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Unexpected token: Got (\\w+), expected (.+)");
    /** Jackson quotes the text of an unrecognized JSON token, which may be an unquoted password. */
    private static final Pattern QUOTED_TOKEN = Pattern.compile("token '[^']*'");

    private final boolean strict;
    private final ReadLimits limits;
    private final StreamReadConstraints constraints;
    private final TomlFactory tomlFactory;
    // ObjectMapper takes a tenth of a second to start: built when a JSON document or a slow path needs it
    private volatile Json json;

    /**
     * Creates a decoder.
     *
     * @param strict whether unknown keys are errors
     * @param limits what a document may hold
     */
    public Decoder(boolean strict, ReadLimits limits) {
        this.strict = strict;
        this.limits = limits;
        // Jackson stops at these while parsing, before a long value takes memory; ours then locates it
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxKeyLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        this.tomlFactory = TomlFactory.builder()
                .enable(TomlReadFeature.PARSE_JAVA_TIME)
                .streamReadConstraints(constraints)
                .build();
    }

    /**
     * What reads JSON.
     *
     * @param mapper reads values of either format into trees
     * @param reader reads JSON documents
     */
    private record Json(ObjectMapper mapper, ObjectReader reader) {
    }

    private Json json() {
        Json result = json;
        if (result == null) {
            // two threads may both build one: they are equal, and either will do
            ObjectMapper mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
            result = new Json(mapper, mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
            json = result;
        }
        return result;
    }

    /**
     * Reads a document.
     *
     * @param text   the document
     * @param format its format
     * @return the blueprint and the warnings
     * @throws BlueprintParseException if the document cannot be read; never any other exception
     */
    public ReadResult decode(String text, Format format) {
        PartialRead read = decodeAll(text, format);
        if (read.failed()) {
            throw new BlueprintParseException(read.diagnostics());
        }
        return new ReadResult(read.blueprint(), format, read.diagnostics(), read.sourceMap());
    }

    /**
     * Reads a document as far as it can be read and never throws for a problem in it: a value
     * that cannot be bound is left absent, everything else is kept, and every finding is
     * returned, errors included.
     *
     * @param text   the document
     * @param format its format
     * @return what could be read, with every finding
     */
    public PartialRead decodeAll(String text, Format format) {
        try {
            return decodeChecked(text, format);
        } catch (BlueprintParseException e) {
            return unread(format, e.diagnostics());
        } catch (OutOfMemoryError e) {
            // the document's trees are unreachable once the read has unwound, so this can be reported
            return unread(format, outOfMemory().diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return unread(format, internalFailure(e));
        }
    }

    /** Nothing could be read. */
    private static PartialRead unread(Format format, List<Diagnostic> diagnostics) {
        return new PartialRead(null, format, diagnostics, SourceMap.NONE, List.of());
    }

    /** A defect of ours or of a parser must still reach the caller as a finding. */
    private static List<Diagnostic> internalFailure(Throwable e) {
        return List.of(Diagnostic.error("GEN-INTERNAL", null, "The document could not be read because of an unexpected failure ("
                + e.getClass().getSimpleName() + "); please report it with the document.", null));
    }

    /**
     * Returns the failure of a read that ran out of memory.
     *
     * @return a failure with one {@code GEN-LIMIT-MEMORY} error, without a location
     */
    public static BlueprintParseException outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return new BlueprintParseException(List.of(Diagnostic.error("GEN-LIMIT-MEMORY", null,
                "The document could not be read: the Java heap (at most " + mib + " MiB) ran out while reading it.",
                "give the JVM more memory (-Xmx) or lower the reader's limits, such as maxDocumentLength")));
    }

    /**
     * Returns the failure of a document longer than the limit.
     *
     * @param length   its length in characters, or -1 if it was not read to its end
     * @param at       where the first character beyond the limit is, or {@code null}
     * @param limit    the limit
     * @return a failure with one {@code GEN-LIMIT-DOCUMENT} error
     */
    public static BlueprintParseException tooLong(long length, SourceLocation at, int limit) {
        String size = length < 0 ? "longer than" : String.format(Locale.ROOT, "%,d characters long, more than", length);
        return new BlueprintParseException(List.of(new Diagnostic("GEN-LIMIT-DOCUMENT", Severity.ERROR, null, at,
                String.format(Locale.ROOT, "The document is %s the limit of %,d characters.", size, limit),
                "raise the reader's maxDocumentLength if a blueprint is meant to be this large")));
    }

    /**
     * Returns where a character of a text is, for the few findings that know only an offset: lines
     * and columns counted from 1, columns in UTF-16 chars as everywhere else.
     *
     * @param text   the text
     * @param offset the character's index, or the text's length for its end
     * @return the line and column, counted from 1
     */
    public static SourceLocation locate(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, end - lineStart + 1);
    }

    private PartialRead decodeChecked(String text, Format format) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (body.length() > limits.maxDocumentLength()) {
            throw tooLong(body.length(), locate(body, limits.maxDocumentLength()), limits.maxDocumentLength());
        }
        JsonParser document;
        if (format == Format.TOML) {
            try {
                document = parse(body, format);
            } catch (DateTimeException e) {
                // jackson-dataformat-toml lets java.time refuse a literal: find it, or truncate its fraction as TOML asks
                body = TomlDateTimes.repaired(body);
                document = parseRepaired(body);
            }
        } else {
            document = parse(body, format);
        }
        SourceMap sourceMap = format == Format.TOML ? new TomlSourceMap(body) : new JsonSourceMap(body);
        ReadContext ctx = new ReadContext(format, strict, limits);
        Map<String, Long> repairs = format == Format.TOML ? integerRepairs(body, (TomlSourceMap) sourceMap, ctx) : null;
        Blueprint blueprint = new Binder(ctx, repairs, () -> json().mapper()).bindRoot(document);
        return new PartialRead(blueprint, format, located(ctx.findings(), sourceMap), sourceMap, ctx.absent);
    }

    /** Parses a TOML document whose date-time literals were repaired. */
    private JsonParser parseRepaired(String body) {
        try {
            return parse(body, Format.TOML);
        } catch (DateTimeException e) {
            throw failure("GEN-SYNTAX", "The document holds a date or time that is not valid.", null, (SourceLocation) null);
        }
    }

    /** Parses a document into a tree and returns a parser over it, reporting what the parser refuses. */
    private JsonParser parse(String body, Format format) {
        try {
            return format == Format.TOML ? tomlFactory.createParser(body) : jsonTree(body).traverse();
        } catch (StreamConstraintsException e) {
            throw limitFailure(body, format, e);
        } catch (JacksonException e) {
            if (e.getCause() instanceof StreamConstraintsException limit) {
                throw limitFailure(body, format, limit);
            }
            throw syntaxFailure(body, format, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports a limit of Jackson's parser as the reader's limit it stands for, at the value that exceeds it. */
    private BlueprintParseException limitFailure(String body, Format format, StreamConstraintsException e) {
        String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        ReadLimits.Token kind;
        int limit;
        if (problem.startsWith("String value length")) {
            kind = ReadLimits.Token.STRING;
            limit = limits.maxStringLength();
        } else if (problem.startsWith("Name length")) {
            kind = ReadLimits.Token.KEY;
            limit = limits.maxKeyLength();
        } else if (problem.startsWith("Number value length")) {
            kind = ReadLimits.Token.NUMBER;
            limit = limits.maxNumberLength();
        } else {
            return failure("GEN-DEPTH-LIMIT", "The document nests tables or lists more than " + limits.maxNestingDepth()
                    + " levels deep; a blueprint needs at most 8.", null, e.getLocation());
        }
        SourceLocation at = format == Format.TOML ? new TomlSourceMap(body).firstLongerThan(kind, limit)
                : JsonSourceMap.firstLongerThan(body, kind, limit);
        return new BlueprintParseException(List.of(new Diagnostic(kind.code, Severity.ERROR, null, at,
                String.format(Locale.ROOT, "%s is longer than the limit of %,d characters.", kind.what, limit),
                "raise the reader's " + kind.setting + " if a blueprint is meant to hold it")));
    }

    /**
     * Reads the JSON value a parser is at (its first token), with the rules of {@link #decodeAll}:
     * the value is taken from the parser token by token, leaving the parser at its last token,
     * while the location of each field in the parser's document is recorded; then it is bound as
     * a document of its own. Never throws for a problem in the value.
     *
     * @param source a parser at the first token of the value; at a field name when the value is
     *               an object whose start a caller has already taken
     * @return what could be read, with every finding, located in the parser's document
     */
    public PartialRead decodeJsonValue(JsonParser source) {
        try {
            JsonSourceMap.Recorder recorder = new JsonSourceMap.Recorder();
            // a parser over a tree or a buffer knows no lines: its findings have no location
            boolean located = source.currentTokenLocation().getLineNr() > 0;
            SourceLocation start = valueStart(source);
            JsonNode tree = copyValue(source, recorder);
            SourceMap sourceMap = located ? new JsonSourceMap(recorder, start) : SourceMap.NONE;
            ReadContext ctx = new ReadContext(Format.JSON, strict, limits);
            Blueprint blueprint = new Binder(ctx, null, () -> json().mapper()).bindRoot(tree.traverse());
            return new PartialRead(blueprint, Format.JSON, located(ctx.findings(), sourceMap), sourceMap, ctx.absent);
        } catch (BlueprintParseException e) {
            return unread(Format.JSON, e.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return unread(Format.JSON, internalFailure(e));
        }
    }

    /** Where a path of the value that was written nowhere is placed: the document's start, or the value's. */
    private static SourceLocation valueStart(JsonParser source) {
        JsonStreamContext context = source.getParsingContext();
        if (source.currentToken() != null && source.currentToken().isStructStart() || source.currentToken() == JsonToken.FIELD_NAME) {
            context = context.getParent();
        }
        JsonLocation at = source.currentTokenLocation();
        if (context == null || context.inRoot() || at.getLineNr() <= 0 || at.getColumnNr() <= 0) {
            return Paths.DOCUMENT_START;
        }
        return new SourceLocation(at.getLineNr(), at.getColumnNr());
    }

    /** Takes the value the parser is at into a tree, recording the locations and keeping the nesting limit. */
    private JsonNode copyValue(JsonParser source, JsonSourceMap.Recorder recorder) {
        try {
            TokenBuffer buffer = new TokenBuffer(source, null);
            JsonToken token = source.currentToken();
            int depth = 0;
            if (token == JsonToken.FIELD_NAME) {
                recorder.startObject();
                buffer.writeStartObject();
                depth = 1;
            }
            while (true) {
                if (token == null) {
                    throw failure("GEN-SYNTAX", "The document is not valid JSON: it ends inside a value.", null,
                            source.currentLocation());
                }
                if (token.isStructStart() && ++depth > limits.maxNestingDepth()) {
                    throw failure("GEN-DEPTH-LIMIT", "The document nests tables or lists more than " + limits.maxNestingDepth()
                            + " levels deep; a blueprint needs at most 8.", null, source.currentTokenLocation());
                }
                recorder.record(token, source);
                buffer.copyCurrentEvent(source);
                if (token.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    break;
                }
                token = source.nextToken();
            }
            // a tree keeps the last of repeated keys, as the reference does
            JsonNode tree = json().mapper().readTree(buffer.asParser());
            return tree == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : tree;
        } catch (JacksonException e) {
            // the text of a stream is not kept: only TOML's duplicate keys need it
            throw syntaxFailure("", Format.JSON, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON document into a tree, which keeps the last of repeated keys as the reference does. */
    private JsonNode jsonTree(String body) throws IOException {
        JsonNode tree = json().reader().readTree(body);
        if (tree == null || tree.isMissingNode()) {
            throw failure("GEN-SYNTAX", "The document is empty.", "a JSON blueprint is an object: {\"name\": \"...\"}",
                    locate(body, body.length()));
        }
        return tree;
    }

    /**
     * Finds integer literals that jackson-dataformat-toml misreads (19 digits) and returns their
     * exact values by path; reports the ones outside the 64-bit range. Returns {@code null} (the
     * common case) when the text has no run of 19 digits at all.
     */
    private static Map<String, Long> integerRepairs(String body, TomlSourceMap map, ReadContext ctx) {
        if (!hasLongDigitRun(body)) {
            return null;
        }
        Map<String, Long> repairs = new HashMap<>();
        for (TomlSourceMap.IntegerLiteral literal : map.integerLiterals(CORRUPTED_DIGITS)) {
            BigInteger exact = new BigInteger(literal.text().replace("_", ""));
            if (exact.bitLength() < 64) {
                repairs.put(literal.path(), exact.longValue());
            }
        }
        return repairs;
    }

    /**
     * Tells whether the text holds a run of at least {@value #CORRUPTED_DIGITS} digits (underscores
     * may separate them). It runs on every TOML read, so it skips ahead like a string search: a
     * window of that many characters whose last one cannot belong to a run holds no run start.
     */
    static boolean hasLongDigitRun(String text) {
        int n = text.length();
        int start = 0;
        while (start + CORRUPTED_DIGITS <= n) {
            int last = start + CORRUPTED_DIGITS - 1;
            int k = last;
            while (k >= start && isRunChar(text.charAt(k))) {
                k--;
            }
            if (k >= start) {
                start = k + 1;
                continue;
            }
            int digits = 0;
            int end = start;
            while (end < n && isRunChar(text.charAt(end))) {
                if (text.charAt(end) != '_' && ++digits >= CORRUPTED_DIGITS) {
                    return true;
                }
                end++;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isRunChar(char c) {
        return (c >= '0' && c <= '9') || c == '_';
    }

    private static List<Diagnostic> located(List<Diagnostic> diagnostics, SourceMap map) {
        if (diagnostics.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(d.withLocation(map.locate(d.path())));
        }
        return out;
    }

    private static BlueprintParseException syntaxFailure(String body, Format format, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "unreadable document" : e.getOriginalMessage();
        String message;
        String hint = null;
        if (format == Format.TOML) {
            Matcher unexpected = UNEXPECTED_TOKEN.matcher(original);
            String detail = unexpected.matches()
                    ? "found " + token(unexpected.group(1)) + " where " + expected(unexpected.group(2)) + " was expected"
                    : lowerFirst(original);
            message = "The document is not valid TOML: " + sentence(detail);
            hint = tomlHint(original);
            JsonLocation at = e.getLocation();
            TomlSourceMap.KeyLocation duplicate = original.startsWith("Duplicate key") && at != null
                    ? new TomlSourceMap(body).lastKeyBefore(at.getLineNr(), at.getColumnNr()) : null;
            if (duplicate != null) {
                // Jackson reports the duplicate where its value ends, on the next line
                return new BlueprintParseException(List.of(new Diagnostic("GEN-SYNTAX", Severity.ERROR, duplicate.path(),
                        duplicate.location(), "The document is not valid TOML: \"" + duplicate.path() + "\""
                                + " is set twice.", hint)));
            }
        } else {
            message = "The document is not valid JSON: "
                    + sentence(lowerFirst(QUOTED_TOKEN.matcher(firstLine(original)).replaceAll("token")));
        }
        return failure("GEN-SYNTAX", message, hint, e.getLocation());
    }

    private static String tomlHint(String message) {
        if (message.startsWith("Array already finished")) {
            return "a list written inline (key = [...]) cannot get more entries from [[...]] tables; use one spelling";
        }
        if (message.startsWith("Table redefined")) {
            return "each [table] header may appear only once";
        }
        if (message.startsWith("Duplicate key")) {
            return "each key may be set only once in a table";
        }
        if (message.startsWith("Zero-prefixed")) {
            return "a file mode is a string: mode = \"0644\"";
        }
        if (message.startsWith("Newline not permitted")) {
            return "a quoted string must end on its line; use \"\"\" or ''' for text over several lines";
        }
        if (message.startsWith("More data after value")) {
            return "check the quotes of the value before this point: a '...' string cannot contain ', use \"...\" instead";
        }
        if (message.contains("Got INLINE_TABLE_OPEN") || message.startsWith("Unknown token")) {
            return "if this is a template ({{ ... }}), render it before reading";
        }
        return null;
    }

    private static String token(String name) {
        switch (name) {
            case "UNQUOTED_KEY":
                return "a key";
            case "DOT_SEP":
                return "'.'";
            case "STRING":
                return "a string";
            case "TRUE":
            case "FALSE":
                return "a boolean";
            case "OFFSET_DATE_TIME":
            case "LOCAL_DATE_TIME":
            case "LOCAL_DATE":
            case "LOCAL_TIME":
                return "a date or time";
            case "FLOAT":
                return "a number with a fraction";
            case "INTEGER":
                return "an integer";
            case "STD_TABLE_OPEN":
            case "ARRAY_OPEN":
                return "'['";
            case "STD_TABLE_CLOSE":
            case "ARRAY_CLOSE":
                return "']'";
            case "INLINE_TABLE_OPEN":
                return "'{'";
            case "INLINE_TABLE_CLOSE":
                return "'}'";
            case "ARRAY_TABLE_OPEN":
                return "'[['";
            case "ARRAY_TABLE_CLOSE":
                return "']]'";
            case "KEY_VAL_SEP":
                return "'='";
            case "COMMA":
                return "','";
            default:
                return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private static String expected(String what) {
        Matcher tokens = Pattern.compile("[A-Z][A-Z_]+").matcher(what);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            tokens.appendReplacement(out, Matcher.quoteReplacement(token(tokens.group())));
        }
        tokens.appendTail(out);
        return out.toString();
    }

    private static BlueprintParseException failure(String code, String message, String hint, JsonLocation location) {
        return failure(code, message, hint, location != null && location.getLineNr() > 0 && location.getColumnNr() > 0
                ? new SourceLocation(location.getLineNr(), location.getColumnNr()) : null);
    }

    private static BlueprintParseException failure(String code, String message, String hint, SourceLocation at) {
        return new BlueprintParseException(List.of(new Diagnostic(code, Severity.ERROR, null, at, message, hint)));
    }

    /** Ends a message with exactly one full stop. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && ".?!".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed + ".";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
