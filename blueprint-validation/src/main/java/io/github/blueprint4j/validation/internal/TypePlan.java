package io.github.blueprint4j.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What validating one record type of the model takes, read once per type from the annotations
 * of its class file: the class-level constraints, and for each component its accessor, its
 * constraints, the constraints on its list elements and whether to descend into it or into its
 * elements. The places are those of the model: constraints on the record class, on the
 * component's field, and on the element type of a {@code List} component
 * ({@code List<@Valid PackageSpec>}); {@code @Valid} on the field or on that element type.
 */
final class TypePlan {

    private static final String VALID = "jakarta.validation.Valid";
    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String FIRST_TYPE_ARGUMENT = "3:0";
    private static final TypePlan NONE = new TypePlan();
    private static final ConstraintCheck[] NO_CHECKS = {};
    private static final ClassValue<TypePlan> PLANS = new ClassValue<>() {
        @Override
        protected TypePlan computeValue(Class<?> type) {
            return type.isRecord() ? new TypePlan(type) : NONE;
        }
    };

    private final ConstraintCheck[] checks;
    private final Component[] walked;
    private final Map<String, Component> keyed;

    private TypePlan() {
        checks = NO_CHECKS;
        walked = new Component[0];
        keyed = Map.of();
    }

    private TypePlan(Class<?> type) {
        ClassFileAnnotations file = ClassFileAnnotations.of(type);
        checks = constraints(file.onClass(), type, type, false, type);
        List<Component> toWalk = new ArrayList<>();
        Map<String, Component> byName = new HashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Component component = new Component(type, rc, file);
            if (component.key != null) {
                byName.put(rc.getName(), component);
            }
            if (component.needsWalk()) {
                toWalk.add(component);
            }
        }
        walked = toWalk.toArray(new Component[0]);
        keyed = Map.copyOf(byName);
    }

    /**
     * Returns the plan of a type, built on first use; a type that is not a record has an empty plan.
     *
     * @param type the type
     * @return its plan
     */
    static TypePlan of(Class<?> type) {
        return PLANS.get(type);
    }

    /**
     * Returns the class-level constraints.
     *
     * @return the checks of the record itself
     */
    ConstraintCheck[] checks() {
        return checks;
    }

    /**
     * Returns the components that have constraints or are descended into, in declaration order.
     *
     * @return the components to walk
     */
    Component[] walked() {
        return walked;
    }

    /**
     * Finds a component that has a key in the format, by its Java name.
     *
     * @param name the record component name
     * @return the component, or {@code null} if there is none or it has no key
     */
    Component keyed(String name) {
        return keyed.get(name);
    }

    private static ConstraintCheck[] constraints(List<ClassFileAnnotations.Declared> annotations, Class<?> owner,
            AnnotatedElement place, boolean onElementType, Class<?> pathType) {
        List<ConstraintCheck> found = new ArrayList<>();
        for (ClassFileAnnotations.Declared annotation : annotations) {
            if (annotation.type().equals(VALID) || annotation.type().equals(JSON_PROPERTY)) {
                continue;
            }
            Class<? extends Annotation> type = annotationType(annotation.type(), owner);
            // a listed validator makes the annotation a rule; the meta-annotations are read only without one
            Class<?> validator = ValidatorBindings.conventional(type);
            if (validator == null && ConstraintType.of(type).isConstraint()) {
                validator = ValidatorBindings.bound(type);
            }
            if (validator != null) {
                found.add(new ConstraintCheck(type, annotation.values(), place, onElementType, pathType, validator));
            }
        }
        return found.isEmpty() ? NO_CHECKS : found.toArray(new ConstraintCheck[0]);
    }

    private static boolean has(List<ClassFileAnnotations.Declared> annotations, String type) {
        for (ClassFileAnnotations.Declared annotation : annotations) {
            if (annotation.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static Class<? extends Annotation> annotationType(String name, Class<?> owner) {
        try {
            return Class.forName(name, false, owner.getClassLoader()).asSubclass(Annotation.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("An annotation of " + owner.getName() + " is missing: " + name, e);
        }
    }

    /** One record component: its key, its checks and how to descend. */
    static final class Component {
        private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

        private final String name;
        private final String key;
        private final Class<?> pathType;
        private final ConstraintCheck[] checks;
        private final ConstraintCheck[] elementChecks;
        private final boolean cascaded;
        private final boolean elementsCascaded;
        private final MethodHandle accessor;

        private Component(Class<?> owner, RecordComponent rc, ClassFileAnnotations file) {
            name = rc.getName();
            Field field = field(owner, name);
            // a list's element type, as the paths of findings inside a list continue from it
            pathType = rc.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element ? element : rc.getType();
            List<ClassFileAnnotations.Declared> declared = file.onField(name);
            String jsonKey = null;
            for (ClassFileAnnotations.Declared annotation : declared) {
                if (annotation.type().equals(JSON_PROPERTY)) {
                    jsonKey = (String) annotation.values().getOrDefault("value", "");
                }
            }
            key = jsonKey;
            cascaded = has(declared, VALID);
            checks = constraints(declared, owner, field, false, pathType);
            boolean elementValid = false;
            ConstraintCheck[] onElements = NO_CHECKS;
            for (Map.Entry<String, List<ClassFileAnnotations.Declared>> use : file.onFieldType(name).entrySet()) {
                boolean first = use.getKey().equals(FIRST_TYPE_ARGUMENT) && rc.getType() == List.class;
                ConstraintCheck[] here = constraints(use.getValue(), owner, field, true, pathType);
                boolean validHere = has(use.getValue(), VALID);
                // @Valid on the field is on its type too; anything else belongs on a list's element type
                if (!first && (here.length > 0 || validHere && !use.getKey().isEmpty())) {
                    throw new IllegalStateException("Constraints are supported on the element type of a List only: "
                            + owner.getName() + "." + name);
                }
                if (first) {
                    elementValid = validHere;
                    onElements = here;
                }
            }
            elementsCascaded = elementValid;
            elementChecks = onElements;
            accessor = needsWalk() ? accessor(rc) : null;
        }

        private boolean needsWalk() {
            return checks.length > 0 || elementChecks.length > 0 || cascaded || elementsCascaded;
        }

        private static MethodHandle accessor(RecordComponent rc) {
            try {
                return MethodHandles.publicLookup().unreflect(rc.getAccessor()).asType(GETTER);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + rc, e);
            }
        }

        /**
         * Reads the component of a record.
         *
         * @param record a record of the component's type
         * @return the value, possibly {@code null}
         */
        Object valueOf(Object record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + name, e);
            }
        }

        /**
         * Returns the component's key in the blueprint format, or its Java name if it has none.
         *
         * @return the path segment
         */
        String segment() {
            return key == null ? name : key;
        }

        /**
         * Returns the type paths continue from: the component's type, or a list's element type.
         *
         * @return the type
         */
        Class<?> pathType() {
            return pathType;
        }

        /**
         * Returns the constraints on the component.
         *
         * @return the checks
         */
        ConstraintCheck[] checks() {
            return checks;
        }

        /**
         * Returns the constraints on each element of a list component.
         *
         * @return the checks
         */
        ConstraintCheck[] elementChecks() {
            return elementChecks;
        }

        /**
         * Tells whether validation descends into the component's value.
         *
         * @return {@code true} for {@code @Valid} components
         */
        boolean cascaded() {
            return cascaded;
        }

        /**
         * Tells whether validation descends into each element of a list component.
         *
         * @return {@code true} for {@code List<@Valid T>} components
         */
        boolean elementsCascaded() {
            return elementsCascaded;
        }

        private static Field field(Class<?> owner, String name) {
            try {
                return owner.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("A record without the field of its component: " + owner.getName(), e);
            }
        }
    }
}
