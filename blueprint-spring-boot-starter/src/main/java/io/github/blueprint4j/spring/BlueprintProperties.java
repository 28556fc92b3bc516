package io.github.blueprint4j.spring;

import io.github.blueprint4j.validation.Profile;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration of the blueprint checks, under the prefix {@code blueprint4j}:
 *
 * <pre>
 * blueprint4j.profile=composer                 # or image-builder
 * blueprint4j.strict=true
 * blueprint4j.policies=mountpoints-default,files-default,weldr-name
 * blueprint4j.target.distro=rhel-9.6
 * blueprint4j.target.image-type=qcow2
 * </pre>
 *
 * @param profile  what the blueprints are for: "composer" (a push to osbuild-composer: name and
 *                 version required) or "image-builder" (image-builder and bootc-image-builder
 *                 configurations); default "composer"
 * @param strict   whether keys the format does not define and the rules the reference does not
 *                 enforce are errors; default false
 * @param policies the names of the path policy tables to apply ("mountpoints-default",
 *                 "files-ostree", "weldr-name", ...); unset for the target's tables or, without a
 *                 target, the default tables; empty for none
 * @param target   the distribution and image type the blueprints are built into, which turns on
 *                 the image-type checks; unset for none
 */
@ConfigurationProperties(prefix = "blueprint4j")
public record BlueprintProperties(@DefaultValue("composer") Profile profile, boolean strict, List<String> policies,
                                  Target target) {

    /**
     * The distribution and image type the blueprints are built into; give both or neither.
     *
     * @param distro    the distribution as osbuild writes it: "rhel-9.6", "centos-9", "fedora-43", ...
     * @param imageType the image type or one of its aliases: "qcow2", "guest-image",
     *                  "edge-raw-image", ...
     */
    public record Target(String distro, String imageType) {
    }
}
