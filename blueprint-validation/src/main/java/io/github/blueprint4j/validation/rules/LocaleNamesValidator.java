package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LocaleCustomization;
import io.github.blueprint4j.model.constraints.LocaleNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@link LocaleNames}, for the whole locale section since languages and keymaps follow
 * different forms: every language looks like {@code ll_CC[.charset][@modifier]}, with {@code ll}
 * an ISO 639 language code and {@code CC} an ISO 3166 country code as the JDK knows them (or is
 * {@code C}, {@code POSIX}, {@code C.UTF-8}); the keyboard is a single word without whitespace.
 * The lists of the target image are not available offline. Each finding is reported at
 * {@code languages[i]} or {@code keyboard}, with the message parameter {@code value}.
 */
public final class LocaleNamesValidator implements ConstraintValidator<LocaleNames, LocaleCustomization> {

    private static final Pattern LOCALE = Pattern.compile(
            "([a-z]{2,3})_([A-Z]{2})(\\.[A-Za-z0-9-]+)?(@[A-Za-z0-9]+)?");
    private static final Set<String> PLAIN_LOCALES = Set.of("C", "POSIX", "C.UTF-8", "C.utf8");
    private static final Pattern KEYMAP = Pattern.compile("\\S+");
    private static final Set<String> LANGUAGES = languages();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(LocaleCustomization locale, ConstraintValidatorContext context) {
        if (locale == null) {
            return true;
        }
        boolean valid = true;
        List<String> languages = locale.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (!isLocaleName(languages.get(i))) {
                Violations.report(context, Violations.params("value", languages.get(i)), "languages", i);
                valid = false;
            }
        }
        String keyboard = locale.keyboard();
        if (keyboard != null && !KEYMAP.matcher(keyboard).matches()) {
            Violations.report(context, Violations.params("value", keyboard), "keyboard");
            valid = false;
        }
        return valid;
    }

    private static boolean isLocaleName(String name) {
        if (PLAIN_LOCALES.contains(name)) {
            return true;
        }
        Matcher matcher = LOCALE.matcher(name);
        return matcher.matches() && LANGUAGES.contains(matcher.group(1)) && COUNTRIES.contains(matcher.group(2));
    }

    // the two-letter ISO 639 codes plus the three-letter ones of the JDK's own locales (fil, ast, yue, ...)
    private static Set<String> languages() {
        Set<String> languages = new HashSet<>(List.of(Locale.getISOLanguages()));
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty()) {
                languages.add(locale.getLanguage());
            }
        }
        return Set.copyOf(languages);
    }
}
