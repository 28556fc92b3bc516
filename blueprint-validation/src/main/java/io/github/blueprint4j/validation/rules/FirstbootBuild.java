package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.validation.Target;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * What the firstboot rules of image-builder share: they apply only with a target whose image
 * type lists {@code customizations.firstboot} (image-builder checks the scripts when it applies
 * them), and three of them look at the names of {@code custom} scripts.
 */
final class FirstbootBuild {

    private static final String OPTION = "customizations.firstboot";

    private FirstbootBuild() {
    }

    /** Tells whether image-builder applies firstboot scripts for the target. */
    static boolean applies(Target target, FirstbootCustomization firstboot) {
        return target != null && firstboot != null && target.imageType().supports(OPTION);
    }

    /**
     * Reports each {@code custom} script with a non-empty name that a test refuses, at its
     * {@code name}, with the parameter {@code name}.
     *
     * @param context   the validator's context
     * @param target    the target
     * @param firstboot the scripts
     * @param refused   tells, from the names of the earlier custom scripts and a name, whether the name is refused
     * @return {@code true} if none is refused
     */
    static boolean checkCustomNames(ConstraintValidatorContext context, Target target, FirstbootCustomization firstboot,
                                    BiPredicate<List<String>, String> refused) {
        boolean valid = true;
        List<String> earlier = new ArrayList<>();
        List<FirstbootScript> scripts = firstboot.scripts();
        for (int i = 0; i < scripts.size(); i++) {
            String name = scripts.get(i).name();
            if (FirstbootType.of(scripts.get(i).type()) != FirstbootType.CUSTOM || name == null || name.isEmpty()) {
                continue;
            }
            if (refused.test(earlier, name)) {
                Violations.report(context, TargetParams.of(target, "name", name), "scripts", i, "name");
                valid = false;
            }
            earlier.add(name);
        }
        return valid;
    }

    /** Counts the scripts of each type the rules limit to one. */
    static Map<FirstbootType, Integer> singletons(FirstbootCustomization firstboot) {
        Map<FirstbootType, Integer> counts = new EnumMap<>(FirstbootType.class);
        for (FirstbootScript script : firstboot.scripts()) {
            FirstbootType type = FirstbootType.of(script.type());
            if (type == FirstbootType.SATELLITE || type == FirstbootType.AAP) {
                counts.merge(type, 1, Integer::sum);
            }
        }
        return counts;
    }
}
