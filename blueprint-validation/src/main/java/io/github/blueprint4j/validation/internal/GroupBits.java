package io.github.blueprint4j.validation.internal;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validation groups as bits of a {@code long}, so that whether a constraint belongs to the
 * selected groups is one {@code AND}. A selection holds the requested groups and every
 * interface they extend: Bean Validation checks a constraint of group {@code G} when a
 * requested group is {@code G} or extends it.
 */
final class GroupBits {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ClassValue<Long> BITS = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> group) {
            int bit = NEXT.getAndIncrement();
            if (bit >= Long.SIZE) {
                throw new IllegalStateException("More than " + Long.SIZE + " validation groups");
            }
            return 1L << bit;
        }
    };

    private GroupBits() {
    }

    /**
     * Returns the bits of the groups of a constraint.
     *
     * @param groups the constraint's groups
     * @return one bit per group
     */
    static long of(Class<?>[] groups) {
        long bits = 0;
        for (Class<?> group : groups) {
            bits |= BITS.get(group);
        }
        return bits;
    }

    /**
     * Returns the bits of a selection of groups: each group and every interface it extends.
     *
     * @param requested the groups a validation checks
     * @return the bits; a constraint is checked when it shares one
     */
    static long selection(Collection<Class<?>> requested) {
        long bits = 0;
        for (Class<?> group : requested) {
            bits |= withSupertypes(group);
        }
        return bits;
    }

    private static long withSupertypes(Class<?> group) {
        long bits = BITS.get(group);
        for (Class<?> extended : group.getInterfaces()) {
            bits |= withSupertypes(extended);
        }
        return bits;
    }
}
