package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.GroupCustomization;
import io.github.blueprint4j.model.UserCustomization;
import io.github.blueprint4j.model.constraints.UserGroupUndefined;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link UserGroupUndefined}: every supplementary group of a {@code customizations.user}
 * entry is defined in {@code customizations.group} or is a well-known system group of Fedora and
 * RHEL base images. Each other group is reported at {@code user[i].groups[j]}, with the message
 * parameters {@code name} (the group) and {@code user}.
 */
public final class UserGroupUndefinedValidator implements ConstraintValidator<UserGroupUndefined, Customizations> {

    // the setup package's /etc/group plus groups that systemd and common base packages create
    private static final Set<String> SYSTEM_GROUPS = Set.of(
            "root", "bin", "daemon", "sys", "adm", "tty", "disk", "lp", "mem", "kmem", "wheel", "cdrom",
            "mail", "man", "dialout", "floppy", "games", "tape", "video", "ftp", "lock", "audio", "users",
            "nobody", "utmp", "utempter", "input", "kvm", "render", "sgx", "clock", "systemd-journal",
            "systemd-network", "systemd-resolve", "systemd-timesync", "systemd-coredump", "systemd-oom",
            "dbus", "polkitd", "ssh_keys", "sshd", "chrony", "tss", "printadmin");

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        Set<String> defined = new HashSet<>(SYSTEM_GROUPS);
        for (GroupCustomization group : customizations.group()) {
            if (group.name() != null) {
                defined.add(group.name());
            }
        }
        boolean valid = true;
        List<UserCustomization> users = customizations.user();
        for (int i = 0; i < users.size(); i++) {
            UserCustomization user = users.get(i);
            List<String> groups = user.groups();
            for (int j = 0; j < groups.size(); j++) {
                if (!defined.contains(groups.get(j))) {
                    Violations.report(context, Violations.params("name", groups.get(j), "user", userName(user, i)),
                            "user", i, "groups", j);
                    valid = false;
                }
            }
        }
        return valid;
    }

    private static String userName(UserCustomization user, int index) {
        return user.name() == null || user.name().isEmpty() ? "number " + (index + 1) : user.name();
    }
}
