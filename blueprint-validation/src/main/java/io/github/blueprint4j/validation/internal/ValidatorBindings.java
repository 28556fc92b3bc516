package io.github.blueprint4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the validator of a constraint annotation among the classes listed in this module's
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, by the annotation type
 * argument of {@code ConstraintValidator<A, T>}, as Hibernate Validator binds them.
 */
final class ValidatorBindings {

    private static final String SERVICES = "/META-INF/services/jakarta.validation.ConstraintValidator";
    private static final List<String> NAMES = readNames();

    private ValidatorBindings() {
    }

    /**
     * Returns the validator listed under the conventional name of an annotation type, the type's
     * simple name followed by {@code Validator}, if its type argument binds it to the type: this
     * loads one class instead of all of them.
     *
     * @param annotation the annotation type
     * @return the validator class, or {@code null} if there is none by that name
     */
    static Class<?> conventional(Class<? extends Annotation> annotation) {
        // concat: a + site would link method handles on a cold JVM
        String conventional = ".".concat(annotation.getSimpleName()).concat("Validator");
        for (String name : NAMES) {
            if (name.endsWith(conventional)) {
                Class<?> candidate = load(name);
                if (annotation.equals(boundAnnotation(candidate))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Returns the listed validator whose type argument is an annotation type.
     *
     * @param annotation the annotation type
     * @return the validator class
     * @throws IllegalStateException if no listed validator checks the type
     */
    static Class<?> bound(Class<? extends Annotation> annotation) {
        for (String name : NAMES) {
            Class<?> candidate = load(name);
            if (annotation.equals(boundAnnotation(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No validator is registered for @" + annotation.getName());
    }

    /**
     * Creates and initializes the validator of a constraint.
     *
     * @param type       the validator class
     * @param constraint the constraint
     * @return a validator for that constraint alone
     */
    @SuppressWarnings("unchecked")
    static ConstraintValidator<Annotation, Object> create(Class<?> type, Annotation constraint) {
        try {
            ConstraintValidator<Annotation, Object> validator =
                    (ConstraintValidator<Annotation, Object>) type.getDeclaredConstructor().newInstance();
            validator.initialize(constraint);
            return validator;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    /** The {@code A} of {@code ConstraintValidator<A, T>} that a validator class implements. */
    private static Type boundAnnotation(Class<?> validator) {
        for (Class<?> type = validator; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType generic && generic.getRawType() == ConstraintValidator.class) {
                    return generic.getActualTypeArguments()[0];
                }
            }
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ValidatorBindings.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A registered validator is missing: " + name, e);
        }
    }

    private static List<String> readNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ValidatorBindings.class.getResourceAsStream(SERVICES);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SERVICES, e);
        }
        return List.copyOf(names);
    }
}
