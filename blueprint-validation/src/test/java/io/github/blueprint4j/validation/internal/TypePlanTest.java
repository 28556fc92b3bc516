package io.github.blueprint4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.Push;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan of every model type holds the constraints, groups, message templates and cascades
 * that Hibernate Validator finds on the type, at the same places, and makes every message as
 * Hibernate Validator's {@code ParameterMessageInterpolator} does: without parameters, and with
 * parameters that hold braces, dollars and backslashes, strings and numbers, given once or twice.
 */
class TypePlanTest {

    private static final ParameterMessageInterpolator HIBERNATE = new ParameterMessageInterpolator();
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(HIBERNATE).buildValidatorFactory();
    private static final List<Class<?>> GROUPS = List.of(Default.class, Push.class, Advisory.class);
    private static final Pattern TERM = Pattern.compile("\\{([^{}]+)}");
    private static final String ODD = "a\\{b}\\\\c$d${e}\\$f{value}\\";

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static Stream<Class<?>> types() {
        return ModelTypes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void findsWhatHibernateValidatorFinds(Class<?> type) {
        BeanDescriptor bean = FACTORY.getValidator().getConstraintsForClass(type);
        TypePlan plan = TypePlan.of(type);
        assertSame(plan.checks(), bean.getConstraintDescriptors());
        Set<TypePlan.Component> constrained = new HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            PropertyDescriptor property = bean.getConstraintsForProperty(rc.getName());
            TypePlan.Component component = plan.keyed(rc.getName());
            if (property == null) {
                assertThat(component == null || !List.of(plan.walked()).contains(component)).as(rc.getName()).isTrue();
                continue;
            }
            constrained.add(component);
            assertSame(component.checks(), property.getConstraintDescriptors());
            assertThat(component.cascaded()).as(rc.getName()).isEqualTo(property.isCascaded());
            Set<ContainerElementTypeDescriptor> elements = property.getConstrainedContainerElementTypes();
            assertThat(elements.size()).as(rc.getName()).isLessThanOrEqualTo(1);
            for (ContainerElementTypeDescriptor element : elements) {
                assertThat(element.getTypeArgumentIndex()).isZero();
                assertSame(component.elementChecks(), element.getConstraintDescriptors());
                assertThat(component.elementsCascaded()).as(rc.getName()).isEqualTo(element.isCascaded());
            }
            if (elements.isEmpty()) {
                assertThat(component.elementChecks()).isEmpty();
                assertThat(component.elementsCascaded()).isFalse();
            }
        }
        assertThat(List.of(plan.walked())).containsExactlyInAnyOrderElementsOf(constrained);
    }

    /** Same annotation types, message templates and groups, in any order. */
    private static void assertSame(ConstraintCheck[] checks, Set<ConstraintDescriptor<?>> descriptors) {
        List<String> expected = new ArrayList<>();
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            expected.add(describe(descriptor.getAnnotation().annotationType(), descriptor.getMessageTemplate(),
                    descriptor.getGroups()));
        }
        List<String> actual = new ArrayList<>();
        for (ConstraintCheck check : checks) {
            Set<Class<?>> groups = new HashSet<>();
            for (Class<?> group : GROUPS) {
                if (check.selectedBy(GroupBits.selection(List.of(group)))) {
                    groups.add(group);
                }
            }
            actual.add(describe(check.type(), check.template(), groups));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String describe(Class<? extends Annotation> type, String template, Set<Class<?>> groups) {
        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.add(g.getSimpleName()));
        names.sort(null);
        return type.getSimpleName() + " " + template + " " + names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void interpolatesMessagesAsHibernateValidator(Class<?> type) {
        BeanDescriptor bean = FACTORY.getValidator().getConstraintsForClass(type);
        TypePlan plan = TypePlan.of(type);
        Map<ConstraintCheck, ConstraintDescriptor<?>> pairs = new HashMap<>();
        pair(plan.checks(), bean.getConstraintDescriptors(), pairs);
        for (RecordComponent rc : type.getRecordComponents()) {
            PropertyDescriptor property = bean.getConstraintsForProperty(rc.getName());
            if (property != null) {
                pair(plan.keyed(rc.getName()).checks(), property.getConstraintDescriptors(), pairs);
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    pair(plan.keyed(rc.getName()).elementChecks(), element.getConstraintDescriptors(), pairs);
                }
            }
        }
        pairs.forEach(TypePlanTest::agree);
    }

    private static void agree(ConstraintCheck check, ConstraintDescriptor<?> descriptor) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher term = TERM.matcher(HIBERNATE.interpolate(check.template(), new Context(descriptor, Map.of())));
        while (term.find()) {
            terms.add(term.group(1));
        }
        List<Object[]> parameterSets = new ArrayList<>();
        parameterSets.add(new Object[0]);
        parameterSets.add(each(terms, ODD));
        parameterSets.add(each(terms, 42));
        Object[] twice = new Object[4 * terms.size()];
        int i = 0;
        for (String name : terms) {
            twice[i++] = name;
            twice[i++] = "first " + ODD;
        }
        for (String name : terms) {
            twice[i++] = name;
            twice[i++] = name.length() % 2 == 0 ? null : "second";
        }
        parameterSets.add(twice);
        for (Object[] parameters : parameterSets) {
            Map<String, Object> escaped = new HashMap<>();
            for (int p = 0; p + 1 < parameters.length; p += 2) {
                escaped.put((String) parameters[p], MessageParameterEscaping.ESCAPE.apply(parameters[p + 1]));
            }
            String expected = HIBERNATE.interpolate(check.template(), new Context(descriptor, escaped));
            assertThat(check.message(parameters, parameters.length)).as(check.code()).isEqualTo(expected);
        }
    }

    private static Object[] each(Set<String> terms, Object value) {
        List<Object> parameters = new ArrayList<>();
        for (String name : terms) {
            parameters.add(name);
            parameters.add(value);
        }
        return parameters.toArray();
    }

    private static void pair(ConstraintCheck[] checks, Set<ConstraintDescriptor<?>> descriptors,
            Map<ConstraintCheck, ConstraintDescriptor<?>> pairs) {
        for (ConstraintCheck check : checks) {
            for (ConstraintDescriptor<?> descriptor : descriptors) {
                if (descriptor.getAnnotation().annotationType() == check.type()) {
                    pairs.put(check, descriptor);
                }
            }
        }
    }

    /** What Hibernate Validator hands its interpolator for a violation with message parameters. */
    private record Context(ConstraintDescriptor<?> descriptor, Map<String, Object> parameters)
            implements HibernateMessageInterpolatorContext {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return descriptor;
        }

        @Override
        public Object getValidatedValue() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.cast(this);
        }

        @Override
        public Class<?> getRootBeanType() {
            return Object.class;
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return parameters;
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return null;
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.NONE;
        }
    }
}
