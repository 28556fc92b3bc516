package io.github.blueprint4j.validation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What validating one record type of the model takes, read once per type from its annotations:
 * the class-level constraints, and for each component its accessor, its constraints, the
 * constraints on its list elements and whether to descend into it or into its elements. The
 * places are those of the model: constraints on the record class, on the component's field, and
 * on the element type of a {@code List} component ({@code List<@Valid PackageSpec>});
 * {@code @Valid} on the field or on that element type.
 */
final class TypePlan {

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
        checks = constraints(type.getDeclaredAnnotations(), type);
        List<Component> toWalk = new ArrayList<>();
        Map<String, Component> byName = new HashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Component component = new Component(type, rc);
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

    private static ConstraintCheck[] constraints(Annotation[] annotations, Class<?> pathType) {
        List<ConstraintCheck> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            // a listed validator makes the annotation a rule; the meta-annotations are read only without one
            Class<?> validator = ValidatorBindings.conventional(type);
            if (validator == null && type.isAnnotationPresent(Constraint.class)) {
                validator = ValidatorBindings.bound(type);
            }
            if (validator != null) {
                found.add(new ConstraintCheck(annotation, pathType, validator));
            }
        }
        return found.isEmpty() ? NO_CHECKS : found.toArray(new ConstraintCheck[0]);
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

        private Component(Class<?> owner, RecordComponent rc) {
            name = rc.getName();
            Field field = field(owner, name);
            // a list's element type, as the paths of findings inside a list continue from it
            pathType = rc.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element ? element : rc.getType();
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            key = property == null ? null : property.value();
            cascaded = field.isAnnotationPresent(Valid.class);
            checks = constraints(field.getDeclaredAnnotations(), pathType);
            // constraints and @Valid on a List's element type; TypePlanTest finds any placed elsewhere
            AnnotatedType element = rc.getType() == List.class
                    && rc.getAnnotatedType() instanceof AnnotatedParameterizedType list
                    ? list.getAnnotatedActualTypeArguments()[0] : null;
            elementChecks = element == null ? NO_CHECKS : constraints(element.getAnnotations(), pathType);
            elementsCascaded = element != null && element.isAnnotationPresent(Valid.class);
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
