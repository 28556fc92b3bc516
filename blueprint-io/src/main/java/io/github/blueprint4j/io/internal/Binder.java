package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.internal.ModelType.Component;
import io.github.blueprint4j.io.internal.ModelType.Kind;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.BootloaderCustomization;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.DirectoryCustomization;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.FdoCustomization;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.model.FilesystemCustomization;
import io.github.blueprint4j.model.GroupCustomization;
import io.github.blueprint4j.model.InvalidValueException;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.UserCustomization;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Binds a parsed document to the model, checking every value the way the reference
 * implementation's decoders do and reporting every problem instead of stopping at the first.
 * It reads the document's tree as a stream of tokens, so that a large document is not copied
 * into a second tree; values of unusual shape are read into small trees and judged as before.
 * One instance per read.
 */
final class Binder {

    /** How a size field treats numbers; the reference decodes each group differently. */
    private enum SizeRule {
        FILESYSTEM("FS-SIZE-FORMAT", "FS-SIZE-NEGATIVE"),
        DISK("DISK-SIZE-FORMAT", "DISK-SIZE-FORMAT"),
        PARTITION("PART-MINSIZE-VALUE", "PART-MINSIZE-VALUE"),
        LOGICAL_VOLUME("LV-MINSIZE-REQUIRED", "LV-MINSIZE-REQUIRED");

        final String formatCode;
        final String negativeCode;

        SizeRule(String formatCode, String negativeCode) {
            this.formatCode = formatCode;
            this.negativeCode = negativeCode;
        }
    }

    /** Rule codes for a value of the wrong type, where the specification names one; others are GEN-TYPE-MISMATCH. */
    private static final Map<String, String> TYPE_CODES = Map.ofEntries(
            Map.entry(key(UserCustomization.class, "uid"), "USER-ID-INTEGER"),
            Map.entry(key(UserCustomization.class, "gid"), "USER-ID-INTEGER"),
            Map.entry(key(UserCustomization.class, "expiredate"), "USER-ID-INTEGER"),
            Map.entry(key(GroupCustomization.class, "gid"), "USER-ID-INTEGER"),
            Map.entry(key(FilesystemCustomization.class, "mountpoint"), "FS-MOUNTPOINT-REQUIRED"),
            Map.entry(key(DirectoryCustomization.class, "path"), "FSNODE-PATH-REQUIRED"),
            Map.entry(key(FileCustomization.class, "path"), "FSNODE-PATH-REQUIRED"),
            Map.entry(key(DirectoryCustomization.class, "user"), "FSNODE-OWNER-TYPE"),
            Map.entry(key(DirectoryCustomization.class, "group"), "FSNODE-OWNER-TYPE"),
            Map.entry(key(FileCustomization.class, "user"), "FSNODE-OWNER-TYPE"),
            Map.entry(key(FileCustomization.class, "group"), "FSNODE-OWNER-TYPE"),
            Map.entry(key(DirectoryCustomization.class, "mode"), "FSNODE-MODE-TYPE"),
            Map.entry(key(FileCustomization.class, "mode"), "FSNODE-MODE-TYPE"),
            Map.entry(key(FileCustomization.class, "data"), "FILE-DATA-TYPE"),
            Map.entry(key(FileCustomization.class, "uri"), "FILE-DATA-TYPE"),
            Map.entry(key(DirectoryCustomization.class, "ensure_parents"), "DIR-ENSURE-PARENTS-TYPE"),
            Map.entry(key(FdoCustomization.class, "diun_pub_key_insecure"), "FDO-INSECURE-STRING"),
            Map.entry(key(DiskCustomization.class, "sector_size"), "DISK-SECTOR-SIZE-TYPE"));

    /** Keys found in real documents that the format does not define, with what to tell the user. */
    private static final Map<String, String> KNOWN_STRAY_KEYS = Map.of(
            key(Blueprint.class, "ostree"),
            "OSTree settings (ref, url, parent) belong to the compose request, not to the blueprint",
            key(Blueprint.class, "minimal"),
            "\"minimal\" was an experimental key that the reference implementation removed",
            key(FileCustomization.class, "data_encoding"),
            "\"data_encoding\" belongs to the hosted Image Builder API; blueprint file data is plain text");

    /** The digits of the largest size, 2^64-1, before the decimal point. */
    private static final int MAX_SIZE_DIGITS = 20;

    /** The value of an unknown key that neither format can hold the same way: see {@link #plain}. */
    private static final Object NOT_KEPT = new Object();

    private final ReadContext ctx;
    private final boolean toml;
    private final Map<String, Long> integerRepairs;
    private final Supplier<ObjectMapper> trees;
    private JsonParser parser;

    /**
     * @param ctx            the state of this read
     * @param integerRepairs exact values of integer literals, by path, that the TOML parser
     *                       misreads; {@code null} when there are none
     * @param trees          reads the values that take the slow path (wrong types, unknown keys,
     *                       partitions) into trees, as the whole document was read before
     */
    Binder(ReadContext ctx, Map<String, Long> integerRepairs, Supplier<ObjectMapper> trees) {
        this.ctx = ctx;
        this.toml = ctx.format == Format.TOML;
        this.integerRepairs = integerRepairs;
        this.trees = trees;
    }

    /**
     * Binds a document, read as tokens from a parser over its tree: the model is built as the
     * tokens come, so no copy of the tree is made.
     */
    Blueprint bindRoot(JsonParser document) {
        parser = document;
        try {
            return bindRoot();
        } catch (IOException e) {
            // a parser over a tree reads no input, so this is a defect
            throw new UncheckedIOException(e);
        }
    }

    private Blueprint bindRoot() throws IOException {
        ModelType type = ModelType.of(Blueprint.class);
        JsonToken token = next();
        if (token == JsonToken.VALUE_NULL) {
            return (Blueprint) type.newInstance(new Object[type.arity()]);
        }
        if (token != JsonToken.START_OBJECT) {
            ctx.error("GEN-TYPE-MISMATCH", "The document must be " + table() + " of blueprint keys, but it is "
                    + describe(tree()) + ".", "start with name = \"...\" (TOML) or {\"name\": \"...\"} (JSON)");
            return null;
        }
        return (Blueprint) bindRecord(type);
    }

    /** Binds the table the parser is at (its start token) and leaves the parser at its end. */
    private Object bindRecord(ModelType type) throws IOException {
        Object[] args = new Object[type.arity()];
        // bit i: component i was given a value other than null
        long written = 0;
        Map<String, Object> unknown = null;
        Class<?> cls = type.type;
        PartitionType partitionType = null;
        JsonParser outer = parser;
        if (cls == PartitionCustomization.class) {
            // the type decides which keys are allowed, so a partition is checked whole before it is bound
            JsonNode partition = tree();
            partitionType = checkPartitionKeys(partition);
            parser = partition.traverse();
            next();
        }
        JsonNode sizeAlias = null;
        while (next() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            JsonToken token = next();
            Component component = type.component(key);
            if (component == null) {
                if (cls == FilesystemCustomization.class && toml && key.equals("size")) {
                    sizeAlias = tree();
                } else if (cls != PartitionCustomization.class) {
                    unknown = unknownKey(type, key, tree(), unknown);
                } else {
                    // reported with the partition's keys
                    parser.skipChildren();
                }
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                if (component.kind == Kind.STRING_LIST || component.kind == Kind.RECORD_LIST) {
                    ctx.push(key);
                    ctx.info("GEN-NULL-LIST", "null is read as an empty list.", null);
                    ctx.pop();
                }
                continue;
            }
            written |= 1L << component.index;
            ctx.push(key);
            Object value = read(type, component, token);
            if (value == null) {
                ctx.absent();
            }
            args[component.index] = value;
            ctx.pop();
        }
        parser = outer;
        args[type.unknownKeysIndex] = unknown;
        if (cls == FilesystemCustomization.class) {
            checkFilesystem(type, written, args, sizeAlias);
        } else if (cls == PartitionCustomization.class) {
            requireSize(type, written, "PART-MINSIZE-REQUIRED", "Every partition needs a minimum size (minsize).");
        } else if (cls == LogicalVolume.class) {
            requireSize(type, written, "LV-MINSIZE-REQUIRED", "Every logical volume needs a minimum size (minsize).");
        } else if (cls == FileCustomization.class || cls == DirectoryCustomization.class) {
            checkFsNode(type, written, args, cls == FileCustomization.class);
        }
        if (partitionType == null && cls == PartitionCustomization.class) {
            return null;
        }
        return type.newInstance(args);
    }

    /**
     * Reads the value the parser is at. The common shapes are read from the tokens; any other
     * value is read into a tree and judged as a whole.
     */
    private Object read(ModelType owner, Component c, JsonToken token) throws IOException {
        switch (c.kind) {
            case STRING:
                return token == JsonToken.VALUE_STRING ? parser.getText() : mismatch(owner, c, tree());
            case BOOLEAN:
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return token == JsonToken.VALUE_TRUE;
                }
                return mismatch(owner, c, tree());
            case LONG:
                return isLong(token) ? (Long) repaired(parser.getLongValue()) : readLong(owner, c, tree());
            case DATA_SIZE:
                if (token == JsonToken.VALUE_STRING) {
                    return parseSize(sizeRule(owner.type), parser.getText());
                }
                return isLong(token) ? sizeOfBytes(sizeRule(owner.type), repaired(parser.getLongValue()))
                        : readSize(sizeRule(owner.type), tree());
            case OWNER:
                return token == JsonToken.VALUE_STRING ? ownerNamed(c.key, parser.getText()) : readOwner(c.key, tree());
            case FILE_MODE:
                return token == JsonToken.VALUE_STRING ? parseMode(parser.getText()) : readMode(tree());
            case STRING_LIST:
                return token == JsonToken.START_ARRAY ? readStringList(c) : mismatch(owner, c, tree());
            case RECORD:
                return token == JsonToken.START_OBJECT ? bindRecord(c.element()) : mismatch(owner, c, tree());
            case RECORD_LIST:
                return token == JsonToken.START_ARRAY ? readRecordList(c) : mismatch(owner, c, tree());
            default:
                throw new IllegalStateException("Unhandled kind " + c.kind);
        }
    }

    // ---- tokens --------------------------------------------------------------------------

    /** Moves to the next token; the parser walks a tree, so it never ends inside a value. */
    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new IllegalStateException("The document tree ended inside a value");
        }
        return token;
    }

    /** Reads the value the parser is at, scalar or structure, into a tree. */
    private JsonNode tree() throws IOException {
        return trees.get().readTree(parser);
    }

    /** Tells whether the parser is at an integer that fits 64 bits, as {@code canConvertToLong} judges it. */
    private boolean isLong(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            return false;
        }
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    // ---- scalars -------------------------------------------------------------------------

    private Long readLong(ModelType owner, Component c, JsonNode value) {
        if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                return repaired(value.longValue());
            }
            ctx.error(typeCode(owner, c), quote(c.key) + " is " + value.asText()
                    + ", which is outside the 64-bit integer range.", null);
            return null;
        }
        mismatch(owner, c, value);
        return null;
    }

    private DataSize readSize(SizeRule rule, JsonNode value) {
        if (value.isTextual()) {
            return parseSize(rule, value.textValue());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return sizeOfBytes(rule, repaired(value.longValue()));
        }
        if (value.isIntegralNumber()) {
            BigInteger exact = value.bigIntegerValue();
            if (exact.signum() < 0) {
                ctx.error(rule.negativeCode, "A size cannot be negative (" + exact + ").", sizeHint());
                return null;
            }
            if (toml && exact.bitLength() > 63) {
                ctx.error(rule.formatCode, exact + " is larger than a TOML integer can be.",
                        "write the size as a string with a unit, such as \"16384 TiB\"");
                return null;
            }
            try {
                return DataSize.ofBytes(exact);
            } catch (InvalidValueException e) {
                ctx.error(rule.formatCode, sentence(e.getMessage()), sizeHint());
                return null;
            }
        }
        if (value.isFloatingPointNumber()) {
            if (rule == SizeRule.DISK || (rule == SizeRule.FILESYSTEM && toml)) {
                ctx.error(rule.formatCode, "A size in bytes must be a whole number, not " + value.asText() + ".",
                        sizeHint());
                return null;
            }
            return truncatedSize(rule, value);
        }
        String code = rule == SizeRule.FILESYSTEM && !toml ? "FS-MINSIZE-REQUIRED" : rule.formatCode;
        ctx.error(code, "A size must be an integer number of bytes or a size string, but it is "
                + describe(value) + ".", sizeHint());
        return null;
    }

    private DataSize parseSize(SizeRule rule, String text) {
        try {
            return DataSize.parse(text);
        } catch (InvalidValueException e) {
            ctx.error(rule.formatCode, sentence(e.getMessage()), sizeHint());
            return null;
        }
    }

    private DataSize sizeOfBytes(SizeRule rule, long bytes) {
        if (bytes < 0) {
            ctx.error(rule.negativeCode, "A size cannot be negative (" + bytes + ").", sizeHint());
            return null;
        }
        return DataSize.ofBytes(bytes);
    }

    // The reference decodes these sizes as 64-bit floats and drops the fraction.
    private DataSize truncatedSize(SizeRule rule, JsonNode value) {
        if (!isFinite(value)) {
            ctx.error(rule.formatCode, "A size must be a finite number of bytes, not " + value.asText() + ".", sizeHint());
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0) {
            ctx.error(rule.negativeCode, "A size cannot be negative (" + value.asText() + ").", sizeHint());
            return null;
        }
        if (number.precision() - number.scale() > MAX_SIZE_DIGITS) {
            // 4e400000 is short to write but long to expand: refused before it is
            ctx.error(rule.formatCode, "A size in bytes must be below 2^64, not " + value.asText() + ".", sizeHint());
            return null;
        }
        BigDecimal whole = number.setScale(0, RoundingMode.DOWN);
        try {
            DataSize size = DataSize.ofBytes(whole.toBigIntegerExact());
            if (whole.compareTo(number) != 0) {
                ctx.warning(rule.formatCode, "A size in bytes is a whole number: " + value.asText()
                        + " is read as " + whole.toPlainString() + ", as the server does.", "write a whole number");
            }
            return size;
        } catch (InvalidValueException e) {
            ctx.error(rule.formatCode, sentence(e.getMessage()), sizeHint());
            return null;
        }
    }

    private Owner readOwner(String key, JsonNode value) {
        if (value.isTextual()) {
            return ownerNamed(key, value.textValue());
        }
        if (value.isIntegralNumber() || (!toml && value.isFloatingPointNumber())) {
            if (!isFinite(value)) {
                ctx.error("FSNODE-ID-NONNEGATIVE", "A numeric " + key + " id must be a whole number in the 64-bit range, not "
                        + value.asText() + ".", null);
                return null;
            }
            BigDecimal number = value.decimalValue();
            if (number.signum() < 0) {
                ctx.error("FSNODE-ID-NONNEGATIVE", "A numeric " + key + " id cannot be negative (" + value.asText() + ").",
                        null);
                return null;
            }
            try {
                long id = number.longValueExact();
                return Owner.id(value.isIntegralNumber() ? repaired(id) : id);
            } catch (ArithmeticException e) {
                ctx.error("FSNODE-ID-NONNEGATIVE", "A numeric " + key + " id must be a whole number in the 64-bit range, not "
                        + value.asText() + ".", null);
                return null;
            }
        }
        ctx.error("FSNODE-OWNER-TYPE", "The " + key + " must be a name or a numeric id, but it is " + describe(value) + ".",
                toml ? "write " + key + " = \"root\" or " + key + " = 0" : "write \"" + key + "\": \"root\" or \"" + key + "\": 0");
        return null;
    }

    private Owner ownerNamed(String key, String name) {
        boolean user = key.equals("user");
        if (user ? Owner.isValidUserName(name) : Owner.isValidGroupName(name)) {
            return Owner.name(name);
        }
        ctx.error(user ? "FSNODE-USER-NAME" : "FSNODE-GROUP-NAME",
                (name.isEmpty() ? "The " + key + " name is empty." : quote(name) + " is not a valid " + key + " name."),
                user ? "use letters, digits, '_', '.' and '-', up to 32 characters, not starting with '-', or a numeric id"
                        : "use letters, digits, '_' and '-', up to 32 characters, not starting with '-', or a numeric id");
        return null;
    }

    private FileMode readMode(JsonNode value) {
        if (value.isTextual()) {
            return parseMode(value.textValue());
        }
        String hint = "write the mode as a string, such as " + (toml ? "mode = \"0644\"" : "\"mode\": \"0644\"");
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0 && value.longValue() <= 0777) {
            String octal = String.format("%04o", value.longValue());
            hint = "write the mode as a string: " + (toml ? "mode = \"" + octal + "\"" : "\"mode\": \"" + octal + "\"")
                    + (toml ? " (the number " + value.asText() + " is " + octal + " in octal)" : "");
        }
        ctx.error("FSNODE-MODE-TYPE", "The mode must be a string, but it is " + describe(value) + ".", hint);
        return null;
    }

    private FileMode parseMode(String text) {
        if (FileMode.isValid(text)) {
            return FileMode.parse(text);
        }
        boolean special = text.length() == 4 && text.charAt(0) >= '1' && text.charAt(0) <= '7'
                && FileMode.isValid("0" + text.substring(1));
        ctx.error("FSNODE-MODE-FORMAT", quote(text) + " is not a file mode.", special
                ? "set-uid, set-gid and sticky bits are not supported; use three octal digits such as \"0" + text.substring(1) + "\""
                : "write three octal digits with an optional leading 0, such as \"0644\"");
        return null;
    }

    // ---- lists ---------------------------------------------------------------------------

    /** Reads the list the parser is at (its start token). */
    private List<String> readStringList(Component c) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            JsonToken token = next();
            if (token == JsonToken.END_ARRAY) {
                return out;
            }
            if (i == ctx.limits.maxListEntries()) {
                return tooManyEntries(c, i);
            }
            if (token == JsonToken.VALUE_STRING) {
                out.add(parser.getText());
            } else if (token == JsonToken.VALUE_NULL) {
                ctx.push(i);
                ctx.info("GEN-NULL-LIST", "null in a list of strings is read as an empty string, as the server does.", null);
                ctx.pop();
                out.add("");
            } else {
                JsonNode element = tree();
                ctx.push(i);
                ctx.error("GEN-TYPE-MISMATCH", "The entries of " + quote(c.key) + " must be strings, but this one is "
                        + describe(element, c.hidden) + ".", c.hidden ? "write it in quotes" : stringHint(element));
                absentEntry(out, "");
                ctx.pop();
            }
        }
    }

    /** Reads the list the parser is at (its start token). */
    private List<Object> readRecordList(Component c) throws IOException {
        ModelType element = c.element();
        List<Object> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            JsonToken token = next();
            if (token == JsonToken.END_ARRAY) {
                return out;
            }
            if (i == ctx.limits.maxListEntries()) {
                return tooManyEntries(c, i);
            }
            ctx.push(i);
            if (token == JsonToken.START_OBJECT) {
                Object bound = bindRecord(element);
                if (bound != null) {
                    out.add(bound);
                } else {
                    absentEntry(out, element.newInstance(new Object[element.arity()]));
                }
            } else if (token == JsonToken.VALUE_NULL) {
                ctx.info("GEN-NULL-LIST", "null in a list is read as an empty entry, as the server does.", null);
                // the server decodes null as an empty table, and checks it as one
                Object bound = bindEmptyRecord(element);
                if (bound != null) {
                    out.add(bound);
                } else {
                    absentEntry(out, element.newInstance(new Object[element.arity()]));
                }
            } else {
                ctx.error("GEN-TYPE-MISMATCH", "The entries of " + quote(c.key) + " must be " + (toml ? "tables" : "objects") + ", but this one is "
                        + describe(tree()) + ".", null);
                absentEntry(out, element.newInstance(new Object[element.arity()]));
            }
            ctx.pop();
        }
    }

    /** Binds an empty table of the type, with the checks any table of that type gets. */
    private Object bindEmptyRecord(ModelType type) throws IOException {
        JsonParser outer = parser;
        parser = JsonNodeFactory.instance.objectNode().traverse();
        next();
        Object bound = bindRecord(type);
        parser = outer;
        return bound;
    }

    /** Reports a list longer than the limit at its first entry too many, and skips the rest of it. */
    private <T> List<T> tooManyEntries(Component c, int index) throws IOException {
        ctx.push(index);
        ctx.error("GEN-LIMIT-LIST", String.format(java.util.Locale.ROOT, "%s has more than %,d entries, the most a read accepts.",
                quote(c.key), ctx.limits.maxListEntries()), "split the list, or raise the reader's maxListEntries");
        ctx.pop();
        int depth = 1;
        for (JsonToken token = parser.currentToken(); ; token = next()) {
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd() && --depth == 0) {
                return null;
            }
        }
    }

    /**
     * Stands in for a list entry that could not be read, so that the entries after it keep their
     * indexes in what was read; the read fails, and a partial read records the entry as absent.
     */
    private <T> void absentEntry(List<T> out, T placeholder) {
        ctx.absent();
        out.add(placeholder);
    }

    // ---- unknown keys --------------------------------------------------------------------

    private Map<String, Object> unknownKey(ModelType type, String key, JsonNode value, Map<String, Object> unknown) {
        if (type.type == BtrfsSubvolume.class) {
            ctx.errorAt(key, "BTRFS-SUBVOL-KEYS", quote(key) + " is not a key of a btrfs subvolume.",
                    "a subvolume has only name and mountpoint");
            return unknown;
        }
        if (type.type == BootloaderCustomization.class) {
            // a known section whose keys are not yet verified: kept as written, reported for information only
            ctx.report("BOOTLOADER-UNVERIFIED", Severity.INFO, ctx.path(key), quote(key) + " of customizations.bootloader is"
                    + " kept as written: the keys of this section are not yet verified, so it is not checked.",
                    "see the osbuild/blueprint v1.32 documentation of customizations.bootloader");
            ctx.push(key);
            Object kept = plain(value);
            ctx.pop();
            if (kept == null || kept == NOT_KEPT) {
                return unknown;
            }
            Map<String, Object> map = unknown == null ? new LinkedHashMap<>() : unknown;
            map.put(key, kept);
            return map;
        }
        if (ctx.listUnknownKey(key)) {
            reportUnknownKey(type, key);
        }
        if (type.type == FilesystemCustomization.class && key.equals("size")) {
            ctx.push(key);
            notKept("TOML would read size back as minsize, its alias", "remove the key, or give the size as minsize");
            ctx.pop();
            return unknown;
        }
        ctx.push(key);
        Object kept = plain(value);
        ctx.pop();
        if (kept == null || kept == NOT_KEPT) {
            return unknown;
        }
        Map<String, Object> map = unknown == null ? new LinkedHashMap<>() : unknown;
        map.put(key, kept);
        return map;
    }

    private void reportUnknownKey(ModelType type, String key) {
        String where = ctx.path() == null ? "the document root" : ctx.path();
        String code = "GEN-UNKNOWN-KEY";
        String hint = KNOWN_STRAY_KEYS.get(key(type.type, key));
        if (type.type == RepositoryCustomization.class && key.equals("ssl_verify")) {
            code = "REPO-SSLVERIFY-KEY";
            hint = "the key is sslverify; the documentation's ssl_verify is ignored by the server";
        } else if (type.type == FilesystemCustomization.class && key.equals("size")) {
            hint = "JSON knows only minsize; size, a deprecated alias read from TOML only, is not kept";
        } else if (hint == null) {
            String suggestion = KeySuggester.suggest(key, type.keys());
            hint = suggestion == null ? "known keys here: " + String.join(", ", type.keys())
                    : "did you mean " + quote(suggestion) + "?";
        }
        ctx.report(code, ctx.strict ? Severity.ERROR : Severity.WARNING, ctx.path(key),
                quote(key) + " is not a key of " + where + (ctx.strict ? "." : "; the server ignores it."), hint);
    }

    /**
     * Converts a value the model does not know to plain Java values, kept for writing back in a
     * form that both TOML and JSON hold, so that it reads back equal from either: strings,
     * booleans, 64-bit integers, finite floats (-0.0 as 0.0, which the TOML parser reads it as),
     * lists and tables; a TOML date or time becomes its text. Returns {@code null} for null
     * (absent; a null member of a table is left out), and {@link #NOT_KEPT}, after a warning at
     * the value, for a value one of the formats cannot hold: null in a list, a number that is
     * not finite or an integer beyond 64 bits.
     */
    private Object plain(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                return repaired(value.longValue());
            }
            if (toml) {
                // the number of digits, not the value: the key may be a secret one (pasword = 1234...)
                ctx.error("GEN-SYNTAX", "An integer of " + value.bigIntegerValue().abs().toString().length()
                        + " digits is outside the range of a TOML integer (64 bits).", null);
                return NOT_KEPT;
            }
            return notKept("the integer " + value.asText() + " is beyond 64 bits, which a TOML integer cannot hold");
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            if (!Double.isFinite(number)) {
                // a TOML nan or inf is a double; a number too large for one is read as a big decimal in TOML
                return notKept(toml && !value.isBigDecimal() ? "JSON has no " + value.asText() + " (nan and inf are TOML only)"
                        : "the number is beyond the range of a 64-bit float, which the model holds unknown numbers in");
            }
            return number == 0.0 ? 0.0 : number;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                ctx.push(i);
                JsonNode element = value.get(i);
                Object kept = element.isNull() ? notKept("TOML has no null, so a list cannot hold one") : plain(element);
                ctx.pop();
                if (kept == NOT_KEPT) {
                    return NOT_KEPT;
                }
                list.add(kept);
            }
            return Collections.unmodifiableList(list);
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                ctx.push(field.getKey());
                Object kept = plain(field.getValue());
                ctx.pop();
                if (kept == NOT_KEPT) {
                    return NOT_KEPT;
                }
                if (kept != null) {
                    map.put(field.getKey(), kept);
                }
            }
            return Collections.unmodifiableMap(map);
        }
        if (value instanceof POJONode pojo && pojo.getPojo() != null) {
            // JSON has no dates: as text, the value reads back the same from both formats
            return TomlEmitter.dateTimeText(pojo.getPojo());
        }
        return null;
    }

    /** Reports that an unknown key's value is not kept, at the part of it that cannot be; returns {@link #NOT_KEPT}. */
    private Object notKept(String reason) {
        return notKept(reason, "remove the key, or write the value as a string");
    }

    private Object notKept(String reason, String hint) {
        ctx.warning("GEN-VALUE-NOT-KEPT", "The value of this unknown key is not kept: " + reason + ".", hint);
        return NOT_KEPT;
    }

    /** Tells whether a number is finite; only floating-point nodes can hold nan or an infinity. */
    private static boolean isFinite(JsonNode number) {
        return !number.isFloatingPointNumber() || number.isBigDecimal() || Double.isFinite(number.doubleValue());
    }

    // ---- per-section rules ---------------------------------------------------------------

    /** Checks a partition's type and that it holds only keys of that type; returns the type or {@code null}. */
    private PartitionType checkPartitionKeys(JsonNode node) {
        JsonNode typeNode = node.get("type");
        PartitionType kind = PartitionType.PLAIN;
        if (typeNode != null && !typeNode.isNull()) {
            if (!typeNode.isTextual()) {
                ctx.errorAt("type", toml ? "PART-TYPE-ENUM" : "GEN-TYPE-MISMATCH",
                        "The partition type must be a string, but it is " + describe(typeNode) + ".",
                        "write type = \"plain\", \"lvm\" or \"btrfs\"");
                kind = null;
            } else {
                kind = PartitionType.of(typeNode.textValue());
                if (kind == null) {
                    String suggestion = KeySuggester.suggest(typeNode.textValue(), List.of("plain", "lvm", "btrfs"));
                    ctx.errorAt("type", "PART-TYPE-ENUM", quote(typeNode.textValue()) + " is not a partition type.",
                            (suggestion != null ? "did you mean " + quote(suggestion) + "? " : "")
                                    + "the types are plain (the default), lvm and btrfs");
                }
            }
        }
        ModelType type = ModelType.of(PartitionCustomization.class);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (kind != null ? kind.allows(key) : type.component(key) != null) {
                continue;
            }
            String code = "PART-KEYS-BY-TYPE";
            if (kind == PartitionType.BTRFS && key.equals("mountpoint")) {
                code = "BTRFS-NO-MOUNTPOINT";
            } else if (kind == PartitionType.BTRFS && key.equals("logical_volumes")) {
                code = "BTRFS-NO-LVS";
            }
            String owner = ownerOf(key);
            ctx.errorAt(key, code, quote(key) + " is not allowed in "
                    + (kind != null ? kind.value() + " partitions" : "partitions") + ".",
                    owner != null ? quote(key) + " belongs to " + owner + " partitions"
                            : "partitions reject keys the format does not define; known keys: " + String.join(", ", type.keys()));
        }
        return kind;
    }

    private static String ownerOf(String key) {
        for (PartitionType kind : PartitionType.values()) {
            if (kind.allows(key) && !PartitionType.COMMON_KEYS.contains(key)) {
                return kind.value();
            }
        }
        return null;
    }

    private void checkFilesystem(ModelType type, long written, Object[] args, JsonNode sizeAlias) {
        Component minsize = type.component("minsize");
        if (!isWritten(type, written, "mountpoint")) {
            ctx.errorAt("mountpoint", "FS-MOUNTPOINT-REQUIRED", "A filesystem entry needs a mountpoint.", null);
        }
        boolean sizeProblem = isWritten(type, written, "minsize") && args[minsize.index] == null;
        DataSize size = (DataSize) args[minsize.index];
        if (sizeAlias != null) {
            ctx.push("size");
            ctx.warning("FS-SIZE-DEPRECATED", "\"size\" is a deprecated spelling of \"minsize\".", "write minsize");
            DataSize alias = sizeAlias.isNull() ? null : readSize(SizeRule.FILESYSTEM, sizeAlias);
            ctx.pop();
            if (alias == null && !sizeAlias.isNull()) {
                sizeProblem = true;
            } else if (isPositive(alias) && isPositive(size)) {
                ctx.errorAt("size", "FS-SIZE-MINSIZE-EXCLUSIVE", "\"size\" and \"minsize\" are both given.",
                        "size is an alias of minsize: keep only minsize");
                sizeProblem = true;
            } else if (isPositive(alias)) {
                size = alias;
                args[minsize.index] = alias;
            }
        }
        // JSON's 0 is refused too (the server accepts it): TOML, where it is refused, could not hold it
        if (!sizeProblem && (size == null || size.bytes() == 0)) {
            ctx.errorAt("minsize", "FS-MINSIZE-REQUIRED",
                    size == null ? "A filesystem entry needs a minimum size (minsize)." : "A filesystem's minimum size cannot be 0.",
                    toml ? "write minsize = \"10 GiB\" or a number of bytes" : "write \"minsize\": \"10 GiB\" or a number of bytes");
        }
    }

    /** Tells whether a key of the record was given a value other than null. */
    private static boolean isWritten(ModelType type, long written, String key) {
        return (written & 1L << type.component(key).index) != 0;
    }

    private static boolean isPositive(DataSize size) {
        return size != null && size.bytes() != 0;
    }

    private void requireSize(ModelType type, long written, String code, String message) {
        if (!isWritten(type, written, "minsize")) {
            ctx.errorAt("minsize", code, message, toml ? "write minsize = \"10 GiB\"" : "write \"minsize\": \"10 GiB\"");
        }
    }

    private void checkFsNode(ModelType type, long written, Object[] args, boolean file) {
        String path = (String) args[type.component("path").index];
        if (path == null || path.isEmpty()) {
            // a path of the wrong type (written, yet not read) was reported when it was read
            if (path != null || !isWritten(type, written, "path")) {
                ctx.errorAt("path", "FSNODE-PATH-REQUIRED", (file ? "A file" : "A directory") + " entry needs a path.",
                        "write an absolute path such as /etc/example");
            }
        } else if (path.charAt(0) != '/') {
            ctx.errorAt("path", "FSNODE-PATH-ABSOLUTE", quote(path) + " is not an absolute path.",
                    "start the path with /");
        } else if (path.endsWith("/")) {
            ctx.errorAt("path", "FSNODE-PATH-NO-TRAILING-SLASH", quote(path) + " ends with a slash.",
                    path.length() > 1 ? "write " + quote(path.replaceAll("/+$", "")) : "name a file or directory below /");
        } else if (!PathSyntax.isCanonical(path)) {
            ctx.errorAt("path", "FSNODE-PATH-CANONICAL", quote(path) + " is not canonical.",
                    "remove '.', '..' and doubled slashes");
        }
        if (file) {
            String data = (String) args[type.component("data").index];
            String uri = (String) args[type.component("uri").index];
            if (data != null && !data.isEmpty() && uri != null && !uri.isEmpty()) {
                ctx.errorAt("uri", "FILE-DATA-URI-EXCLUSIVE", "A file takes either data or a uri, not both.",
                        "remove one of them");
            } else if (uri != null && !uri.isEmpty() && !isLocalUri(uri)) {
                ctx.errorAt("uri", "FILE-URI-SCHEME", quote(uri) + " does not name a local file.",
                        "use a file:// URI or an absolute path; remote files cannot be referenced");
            }
        }
    }

    /** A URI without a scheme (a plain path) or with the file scheme, judged as Go's URL parser does. */
    private static boolean isLocalUri(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0 || uri.lastIndexOf('/', colon) >= 0) {
            return true;
        }
        String scheme = uri.substring(0, colon);
        return !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") || scheme.equalsIgnoreCase("file");
    }

    // ---- messages ------------------------------------------------------------------------

    private Object mismatch(ModelType owner, Component c, JsonNode value) {
        String expected = toml ? c.kind.expected() : c.kind.expected().replace("table", "object");
        ctx.error(typeCode(owner, c), "The value of " + quote(c.key) + " must be " + expected + ", but it is "
                + describe(value, c.hidden) + ".", mismatchHint(c, value));
        return null;
    }

    private String typeCode(ModelType owner, Component c) {
        return TYPE_CODES.getOrDefault(key(owner.type, c.key), "GEN-TYPE-MISMATCH");
    }

    private String mismatchHint(Component c, JsonNode value) {
        String path = ctx.path();
        switch (c.kind) {
            case STRING:
                if (c.hidden && value.isValueNode() && !value.isNull()) {
                    return assignment(c.key, "\"...\"") + ", the value in quotes";
                }
                if (value.isValueNode() && !value.isNull()) {
                    return assignment(c.key, quote(value.asText()));
                }
                return null;
            case LONG:
                if (value.isTextual() && value.textValue().strip().matches("-?[0-9]+")) {
                    return assignment(c.key, value.textValue().strip()) + " without quotes";
                }
                return value.isFloatingPointNumber() ? "use a whole number" : null;
            case BOOLEAN:
                if (value.isTextual() && (value.textValue().equalsIgnoreCase("true") || value.textValue().equalsIgnoreCase("false"))) {
                    return assignment(c.key, value.textValue().toLowerCase(java.util.Locale.ROOT)) + " without quotes";
                }
                return "write true or false";
            case STRING_LIST:
                if (value.isTextual()) {
                    return assignment(c.key, "[" + (c.hidden ? "\"...\"" : quote(value.textValue())) + "]");
                }
                return null;
            case RECORD:
                if (value.isArray()) {
                    return toml ? "write [" + path + "] (a single table), not [[" + path + "]]"
                            : "write one object, not a list";
                }
                return null;
            case RECORD_LIST:
                if (value.isObject()) {
                    return toml ? "write [[" + path + "]] (an array of tables) for each entry"
                            : "write a list of objects: [ { ... } ]";
                }
                return null;
            default:
                return null;
        }
    }

    private String stringHint(JsonNode element) {
        return element.isValueNode() ? "write it in quotes: " + quote(element.asText()) : null;
    }

    private String assignment(String key, String value) {
        return toml ? "write " + key + " = " + value : "write \"" + key + "\": " + value;
    }

    private String sizeHint() {
        return "write a whole number of bytes or a string such as \"20 GiB\" (units: " + DataSize.UNITS + ")";
    }

    private String table() {
        return toml ? "a table" : "an object";
    }

    /** Describes a value for a message, in the document's vocabulary. */
    private String describe(JsonNode value) {
        return describe(value, false);
    }

    /**
     * Describes a value for a message, in the document's vocabulary; a hidden value (a password,
     * a key) by its type alone, so that no message shows it.
     */
    private String describe(JsonNode value, boolean hidden) {
        if (hidden && value.isValueNode() && !value.isNull() && !(value instanceof POJONode)) {
            return value.isTextual() ? "a string" : value.isBoolean() ? "a boolean"
                    : value.isIntegralNumber() ? "an integer" : "a number with a fraction";
        }
        if (hidden && value instanceof POJONode) {
            return "a date or time";
        }
        if (value.isTextual()) {
            // masked before it is cut, so that a cut cannot leave half a credential unmasked
            String text = Redaction.mask(value.textValue());
            return "a string (" + quote(text.length() > 40 ? text.substring(0, 40) + "..." : text) + ")";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        if (value.isIntegralNumber()) {
            return "an integer (" + value.asText() + ")";
        }
        if (value.isNumber()) {
            return "a number with a fraction (" + value.asText() + ")";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return table();
        }
        if (value instanceof POJONode pojo) {
            return "a date or time (" + pojo.getPojo() + ")";
        }
        return "null";
    }

    /** Quotes a key or a value for a message, masked and escaped as the redaction policy says. */
    private static String quote(String text) {
        return "\"" + Redaction.safe(text) + "\"";
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    private long repaired(long value) {
        if (integerRepairs != null) {
            Long exact = integerRepairs.get(ctx.path());
            if (exact != null) {
                return exact;
            }
        }
        return value;
    }

    private static SizeRule sizeRule(Class<?> owner) {
        if (owner == FilesystemCustomization.class) {
            return SizeRule.FILESYSTEM;
        }
        if (owner == DiskCustomization.class) {
            return SizeRule.DISK;
        }
        if (owner == LogicalVolume.class) {
            return SizeRule.LOGICAL_VOLUME;
        }
        return SizeRule.PARTITION;
    }

    private static String key(Class<?> owner, String key) {
        return owner.getSimpleName() + '.' + key;
    }
}
