package io.github.blueprint4j.model.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.CaCertsCustomization;
import io.github.blueprint4j.model.FdoCustomization;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.IgnitionEmbedded;
import io.github.blueprint4j.model.Kickstart;
import io.github.blueprint4j.model.SshKeyCustomization;
import io.github.blueprint4j.model.UserCustomization;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction policy of the library: which values are never shown, how credentials in
 * URLs and pasted private keys are masked, and how control characters are escaped. The model's
 * {@code toString}, the reader's and the validator's messages, the diff and every output of the
 * command line go through it. Not part of the API: the package is exported only to the
 * library's own modules.
 *
 * <ul>
 *   <li>{@link Exposure#SECRET} fields (passwords, SSH keys, the AAP {@code host_config_key},
 *       the Satellite {@code command}) are never shown: not by {@code toString}, not in a
 *       message (which says the value's type instead), not by a diff.</li>
 *   <li>{@link Exposure#CONTENT} fields (file {@code data}, kickstart and script contents, the
 *       embedded Ignition configuration, certificates and FDO key material) are long texts
 *       that may carry secrets: {@code toString} and messages give only their length; a diff,
 *       which a reviewer reads for them, shows them masked.</li>
 *   <li>Every other text is masked: the user information of a URL
 *       ({@code https://user:pass@host} becomes {@code https://***@host}) and PEM private key
 *       blocks.</li>
 *   <li>Keys the format does not define whose names look secret ({@link #isSecretName}) have
 *       their values hidden like a {@code SECRET} field.</li>
 * </ul>
 */
public final class Redaction {

    /** How much of a field's value may be shown. */
    public enum Exposure {
        /** Shown, masked by {@link #mask(String)}. */
        SHOWN,
        /** A long text that may carry secrets: described by its length, shown (masked) only by a diff. */
        CONTENT,
        /** Never shown. */
        SECRET
    }

    /** Stands for a hidden value in {@code toString} and messages. */
    public static final String HIDDEN = "<hidden>";

    private static final Map<Class<?>, Map<String, Exposure>> FIELDS = Map.of(
            UserCustomization.class, Map.of("password", Exposure.SECRET, "key", Exposure.SECRET),
            SshKeyCustomization.class, Map.of("key", Exposure.SECRET),
            FirstbootScript.class, Map.of("host_config_key", Exposure.SECRET, "command", Exposure.SECRET,
                    "contents", Exposure.CONTENT),
            FileCustomization.class, Map.of("data", Exposure.CONTENT),
            Kickstart.class, Map.of("contents", Exposure.CONTENT),
            IgnitionEmbedded.class, Map.of("config", Exposure.CONTENT),
            CaCertsCustomization.class, Map.of("pem_certs", Exposure.CONTENT),
            FdoCustomization.class, Map.of("diun_pub_key_hash", Exposure.CONTENT,
                    "diun_pub_key_root_certs", Exposure.CONTENT));

    /** Words that make a key name secret wherever they appear in it. */
    private static final List<String> SECRET_PARTS = List.of("password", "passwd", "passphrase", "secret",
            "token", "credential", "apikey", "privatekey", "accesskey", "activationkey");

    /** Whole words of a key name that make it secret. */
    private static final Set<String> SECRET_WORDS = Set.of("pass", "pwd", "pin", "auth", "cookie", "org",
            "orgid", "organization", "organisation");

    /** Secret words that a typo of one letter still names: {@code pasword}, {@code secert}. */
    private static final List<String> MISSPELT_WORDS = List.of("password", "passphrase", "secret", "credential",
            "credentials", "organization");

    /** Words in a key name that say its key is public: {@code gpgkey}, {@code pub_key}. */
    private static final Set<String> PUBLIC_WORDS = Set.of("pub", "public", "gpg", "gpgkey", "gpgkeys",
            "pubkey", "pubkeys", "import");

    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^\\s/?#]*@");

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----(?:.*?-----END ([A-Z0-9]+ )*PRIVATE KEY-----|.*)", Pattern.DOTALL);

    private static final Pattern PRIVATE_KEY_START = Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----");

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Part[] parts = new Part[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                JsonProperty property = accessor.getAnnotation(JsonProperty.class);
                String key = property != null ? property.value() : components[i].getName();
                parts[i] = new Part(components[i].getName(), accessor, exposure(type, key),
                        accessor.isAnnotationPresent(JsonAnyGetter.class));
            }
            return parts;
        }
    };

    /** A component of a model record as {@code toString} shows it. */
    private record Part(String name, Method accessor, Exposure exposure, boolean unknownKeys) {
    }

    private Redaction() {
    }

    /**
     * Returns how much of a model field's value may be shown.
     *
     * @param owner the model record type
     * @param key   the field's key in the blueprint format ({@code host_config_key})
     * @return the exposure; {@link Exposure#SHOWN} for fields the policy does not name
     */
    public static Exposure exposure(Class<?> owner, String key) {
        Map<String, Exposure> fields = FIELDS.get(owner);
        Exposure exposure = fields == null ? null : fields.get(key);
        return exposure == null ? Exposure.SHOWN : exposure;
    }

    /**
     * Tells whether a key the format does not define names a secret, so that its value is never
     * shown: its name holds a word such as password, passwd, passphrase, secret, token,
     * credential, auth, pin, org or organization (also misspelt by one letter: {@code pasword}),
     * or a word that is or ends in {@code key} ({@code activation_key}, {@code sshkey}) unless
     * another word says the key is public ({@code gpgkey}, {@code pub_key}).
     *
     * @param key the key as written in the document
     * @return {@code true} if the value must be hidden
     */
    public static boolean isSecretName(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String joined = lower.replaceAll("[^a-z0-9]", "");
        for (String part : SECRET_PARTS) {
            if (joined.contains(part)) {
                return true;
            }
        }
        boolean keyWord = false;
        boolean publicWord = false;
        for (String word : WORD_BREAK.split(key)) {
            word = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
            for (String secret : MISSPELT_WORDS) {
                if (Math.abs(word.length() - secret.length()) <= 1 && EditDistance.between(word, secret) <= 1) {
                    return true;
                }
            }
            publicWord |= PUBLIC_WORDS.contains(word) || word.startsWith("gpg") || word.startsWith("pub");
            keyWord |= word.endsWith("key") || word.endsWith("keys");
        }
        return keyWord && !publicWord;
    }

    /**
     * Tells whether a text holds a PEM private key ({@code -----BEGIN OPENSSH PRIVATE KEY-----},
     * {@code -----BEGIN RSA PRIVATE KEY-----}, {@code -----BEGIN PRIVATE KEY-----}, ...).
     *
     * @param text a text, or {@code null}
     * @return {@code true} if it holds the start of a private key block
     */
    public static boolean containsPrivateKey(String text) {
        return text != null && text.contains("PRIVATE KEY-----") && PRIVATE_KEY_START.matcher(text).find();
    }

    /**
     * Masks what a text may carry of credentials: the user information of every URL
     * ({@code https://user:pass@host/} becomes {@code https://***@host/}) and PEM private key
     * blocks (each becomes {@code <hidden private key>}).
     *
     * @param text a text, or {@code null}
     * @return the masked text; the text itself when there is nothing to mask
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        if (masked.indexOf('@') >= 0 && masked.contains("://")) {
            masked = URL_USER_INFO.matcher(masked).replaceAll(result -> Matcher.quoteReplacement(result.group(1) + "***@"));
        }
        if (containsPrivateKey(masked)) {
            masked = PRIVATE_KEY.matcher(masked).replaceAll("<hidden private key>");
        }
        return masked;
    }

    /**
     * Escapes the characters that would let a value change what a terminal or a log shows:
     * C0 controls ({@code \n}, {@code \r}, {@code \t} as such, others as {@code \}{@code u001b}),
     * DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates
     * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and paragraph
     * separators (U+2028, U+2029). Backslashes are left as they are.
     *
     * @param text a text, or {@code null}
     * @return the escaped text; the text itself when nothing needs escaping
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * Returns a text as a message or a text output may show it: {@link #mask masked}, then
     * {@link #escape escaped}.
     *
     * @param text a text, or {@code null}
     * @return the safe text
     */
    public static String safe(String text) {
        return escape(mask(text));
    }

    /**
     * Describes a hidden text by its length: {@code <hidden, 12 characters>}.
     *
     * @param text the text, or {@code null}
     * @return the description, {@code null} when the text is {@code null}
     */
    public static String describeHidden(String text) {
        return text == null ? null : "<hidden, " + text.length() + (text.length() == 1 ? " character>" : " characters>");
    }

    /**
     * Returns the value of a key the format does not define as it may be shown: hidden when the
     * key {@link #isSecretName looks secret}, else with its texts masked and escaped and the
     * values of secret-looking keys inside its tables hidden.
     *
     * @param key   the key
     * @param value its value as the model keeps it
     * @return the text to show
     */
    public static String unknownValue(String key, Object value) {
        StringBuilder out = new StringBuilder();
        appendUnknown(out, key, value);
        return out.toString();
    }

    /**
     * Returns what {@code toString} of a model record shows: {@code Type[component=value, ...]}
     * like a record's own, with {@link Exposure#SECRET} and {@link Exposure#CONTENT} values
     * described by their length, texts masked and escaped, and the keys the format does not
     * define shown as {@link #unknownValue} shows them.
     *
     * @param record a model record
     * @return the text
     */
    public static String toString(Record record) {
        StringBuilder out = new StringBuilder().append(record.getClass().getSimpleName()).append('[');
        Part[] parts = PARTS.get(record.getClass());
        for (int i = 0; i < parts.length; i++) {
            Part part = parts[i];
            if (i > 0) {
                out.append(", ");
            }
            out.append(part.name).append('=');
            Object value = get(part.accessor, record);
            if (part.unknownKeys) {
                appendUnknownTable(out, (Map<?, ?>) value);
            } else if (part.exposure != Exposure.SHOWN && value instanceof String text) {
                out.append(describeHidden(text));
            } else if (part.exposure != Exposure.SHOWN && value instanceof List<?> list) {
                out.append("<hidden, ").append(list.size()).append(list.size() == 1 ? " entry>" : " entries>");
            } else {
                appendShown(out, value);
            }
        }
        return out.append(']').toString();
    }

    private static void appendShown(StringBuilder out, Object value) {
        if (value instanceof String text) {
            out.append(safe(text));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendShown(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static void appendUnknownTable(StringBuilder out, Map<?, ?> table) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            String key = String.valueOf(entry.getKey());
            out.append(safe(key)).append('=');
            appendUnknown(out, key, entry.getValue());
        }
        out.append('}');
    }

    private static void appendUnknown(StringBuilder out, String key, Object value) {
        if (value != null && isSecretName(key)) {
            out.append(HIDDEN);
        } else if (value instanceof Map<?, ?> table) {
            appendUnknownTable(out, table);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendUnknown(out, key, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String text) {
            out.append(safe(text));
        } else {
            out.append(safe(String.valueOf(value)));
        }
    }

    private static Object get(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
