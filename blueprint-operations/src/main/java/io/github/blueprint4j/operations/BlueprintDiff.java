package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two blueprints: every field of the model, compared by value, with list
 * entries matched by identity rather than position, so that reordering a list changes
 * nothing.
 *
 * <ul>
 *   <li>Entries are matched by name in {@code packages}, {@code modules}, {@code groups},
 *       {@code enabled_modules}, {@code customizations.user}, {@code customizations.group},
 *       {@code customizations.firewall.zones} and the logical volumes and btrfs subvolumes of a
 *       disk; by path in {@code customizations.files} and {@code customizations.directories};
 *       by mountpoint in {@code customizations.filesystem}; by id in
 *       {@code customizations.repositories}; by source in {@code containers}; by user in
 *       {@code customizations.sshkey}. When several entries share an identity, the second is
 *       {@code name#2}, the third {@code name#3}, in document order; a missing identity
 *       counts as empty ({@code packages[]}).</li>
 *   <li>Disk partitions, firstboot scripts and installer flatpaks have no identity, and their
 *       order matters (disk layout, run order): they are matched by position.</li>
 *   <li>Lists of strings are sets: each added or removed string is one change, named by its
 *       value ({@code customizations.user[alice].groups[wheel]}). Except where order matters:
 *       {@code customizations.locale.languages} (the first is the primary language),
 *       {@code customizations.timezone.ntpservers} and {@code customizations.firewall.ports}
 *       are compared as whole lists, one change with both lists.</li>
 *   <li>Tables are compared field by field when present in both blueprints, and reported whole
 *       when added or removed. Sizes compare by bytes ({@code "1 GiB"} equals
 *       {@code 1073741824}), file modes by value ({@code "644"} equals {@code "0644"}). Keys the
 *       format does not define are compared too.</li>
 *   <li>Secrets are reported without their values ({@link Change#HIDDEN}):
 *       {@code customizations.user[].password}, and the firstboot script's
 *       {@code host_config_key} and {@code command} (the Satellite registration command carries
 *       a bearer token). Other contents ({@code files[].data}, kickstart and script contents,
 *       the embedded Ignition configuration) are shown, since they are what a reviewer wants to
 *       see; do not put secrets there, or do not print their diff.</li>
 * </ul>
 *
 * <p>Changes come in document order: the fields of a table in the order of the format, then
 * its keys that the format does not define; in a list first the entries of the first blueprint
 * (removed or changed), then the added ones.
 *
 * @param changes the differences; empty when the blueprints are equal
 */
public record BlueprintDiff(List<Change> changes) {

    /**
     * Copies the list.
     *
     * @param changes the differences
     * @throws NullPointerException if the list or one of its changes is {@code null}
     */
    public BlueprintDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares two blueprints.
     *
     * @param from the first (older) blueprint
     * @param to   the second (newer) blueprint
     * @return the differences from {@code from} to {@code to}
     */
    public static BlueprintDiff between(Blueprint from, Blueprint to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new BlueprintDiff(ModelDiff.between(from, to));
    }

    /**
     * Tells whether the blueprints are equal.
     *
     * @return {@code true} if there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the changes as text, one {@link Change#toText() line} each, every line ended by
     * {@code \n}; empty when there is no change.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        changes.forEach(change -> out.append(change.toText()).append('\n'));
        return out.toString();
    }

    /**
     * Returns the changes as one line of JSON, without line break:
     * {@code {"changes": [{"kind": "ADDED|REMOVED|CHANGED", "path": ..., "old": ..., "new": ...}]}},
     * with {@code null} for an absent value and {@code "<hidden>"} for a secret.
     *
     * @return the JSON document
     */
    public String toJson() {
        return JsonText.changes(changes);
    }

    /** Returns {@link #toText()}. */
    @Override
    public String toString() {
        return toText();
    }
}
