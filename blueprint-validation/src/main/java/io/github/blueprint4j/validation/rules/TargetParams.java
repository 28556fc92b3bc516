package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.validation.Target;

/** The message parameters every target rule shares: the image type and the distribution. */
final class TargetParams {

    private TargetParams() {
    }

    /**
     * Returns {@code imageType} and {@code distro}, followed by the given names and values.
     *
     * @param target the target
     * @param more   further names and values in turn
     * @return the parameters
     */
    static Object[] of(Target target, Object... more) {
        Object[] params = new Object[4 + more.length];
        params[0] = "imageType";
        params[1] = target.imageType().name();
        params[2] = "distro";
        params[3] = target.distro();
        System.arraycopy(more, 0, params, 4, more.length);
        return params;
    }
}
