package io.github.blueprint4j.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The messages and hints of the rules, from {@code ContributorValidationMessages.properties},
 * interpolated exactly as Hibernate Validator's {@code ParameterMessageInterpolator} does:
 * bundle keys in braces are replaced recursively, then {@code {name}} parameters by the message
 * parameters (escaped) or else by the constraint's attributes, then escaped literals are undone.
 */
final class RuleMessages {

    private static final Properties BUNDLE = load();

    private RuleMessages() {
    }

    /**
     * Resolves a constraint's message template against the bundle and finds its rule's hint,
     * once per constraint.
     *
     * @param constraint the constraint, whose attributes are the fallback parameters
     * @return the compiled message
     */
    static Message compile(ConstraintCheck constraint) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        String resolved = resolveKeys(constraint.template());
        for (int i = 0; i < resolved.length(); i++) {
            char c = resolved.charAt(i);
            if (c == '\\' && i + 1 < resolved.length()) {
                literal.append(c).append(resolved.charAt(++i));
            } else if (c == '{' && !isExpression(resolved, i)) {
                int end = termEnd(resolved, i);
                literals.add(literal.toString());
                literal.setLength(0);
                names.add(resolved.substring(i + 1, end));
                i = end;
            } else if (c == '{') {
                int end = termEnd(resolved, i);
                literal.append(resolved, i, end + 1);
                i = end;
            } else {
                literal.append(c);
            }
        }
        literals.add(literal.toString());
        String[] fallbacks = new String[names.size()];
        for (int n = 0; n < fallbacks.length; n++) {
            Object attribute = constraint.attribute(names.get(n));
            // concat: a + site would link method handles on a cold JVM
            fallbacks[n] = attribute == null ? "{".concat(names.get(n)).concat("}") : text(attribute);
        }
        return new Message(literals.toArray(new String[0]), names.toArray(new String[0]), fallbacks,
                hint(constraint.code()));
    }

    /**
     * Returns the hint of a rule.
     *
     * @param code the rule id
     * @return what to write instead, or {@code null} if the rule has no hint
     */
    static String hint(String code) {
        return BUNDLE.getProperty("io.github.blueprint4j.".concat(code).concat(".hint"));
    }

    /** A message with its bundle keys resolved, literal parts around parameter names, and the hint. */
    static final class Message {
        private final String[] literals;
        private final String[] names;
        private final String[] fallbacks;
        private final String hint;

        private Message(String[] literals, String[] names, String[] fallbacks, String hint) {
            this.literals = literals;
            this.names = names;
            this.fallbacks = fallbacks;
            this.hint = hint;
        }

        /**
         * Returns the hint of the rule.
         *
         * @return what to write instead, or {@code null} if the rule has no hint
         */
        String hint() {
            return hint;
        }

        /**
         * Interpolates the message parameters of a finding.
         *
         * @param parameters names and values in turn; a later name wins over an earlier one
         * @param count      how many entries of {@code parameters} apply
         * @return the message
         */
        String interpolate(Object[] parameters, int count) {
            StringBuilder out = new StringBuilder(64).append(literals[0]);
            for (int n = 0; n < names.length; n++) {
                Object value = parameter(parameters, count, names[n]);
                out.append(value == null ? fallbacks[n] : escape(value)).append(literals[n + 1]);
            }
            return unescape(out.toString());
        }

        private static Object parameter(Object[] parameters, int count, String name) {
            for (int i = count - 2; i >= 0; i -= 2) {
                if (name.equals(parameters[i])) {
                    return parameters[i + 1];
                }
            }
            return null;
        }
    }

    /** Replaces bundle keys in braces by their messages, recursively. */
    private static String resolveKeys(String message) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length()) {
                out.append(c).append(message.charAt(++i));
            } else if (c == '{') {
                int end = termEnd(message, i);
                String value = isExpression(message, i) ? null : BUNDLE.getProperty(message.substring(i + 1, end));
                out.append(value == null ? message.substring(i, end + 1) : resolveKeys(value));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Tells whether the brace at {@code start} opens an expression {@code ${...}}, which is left as written. */
    private static boolean isExpression(String message, int start) {
        int escapes = 0;
        for (int i = start - 2; i >= 0 && message.charAt(i) == '\\'; i--) {
            escapes++;
        }
        return start > 0 && message.charAt(start - 1) == '$' && escapes % 2 == 0;
    }

    private static int termEnd(String message, int start) {
        for (int i = start + 1; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{') {
                break;
            }
        }
        throw new IllegalStateException("Malformed message: " + message);
    }

    // Hibernate Validator escapes message parameters other than numbers and booleans, and undoes it at the end.
    private static String escape(Object value) {
        String text = text(value);
        if (value instanceof Number || value instanceof Boolean) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value instanceof Object[] array ? Arrays.toString(array) : value.toString();
    }

    private static String unescape(String message) {
        if (message.indexOf('\\') < 0) {
            return message;
        }
        return message.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\").replace("\\$", "$");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RuleMessages.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule messages", e);
        }
        return properties;
    }
}
