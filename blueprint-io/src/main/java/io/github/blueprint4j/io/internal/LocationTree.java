package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the fields of a document were written, as a tree: a node per table or object, member and
 * array element, with its members by path segment and its elements by index.
 *
 * <p>A source map builds it while scanning, hashing only the short segments and rendering no paths.
 * A path is read back one segment at a time ({@link #find}) and rendered only on demand from the
 * parent links ({@link #path}); neither recurses, so deep documents cost no more than their size.
 * A tree is built in one thread and only read once it has been published.
 */
final class LocationTree {

    private final LocationTree parent;
    /** The member's key as {@link Paths#segment} renders it, or {@code null} for an array element. */
    private final String segment;
    private final int index;
    private SourceLocation location;
    private Map<String, LocationTree> members;
    private List<LocationTree> elements;

    /** Creates the root of a document, which is written nowhere. */
    LocationTree() {
        this(null, null, -1);
    }

    private LocationTree(LocationTree parent, String segment, int index) {
        this.parent = parent;
        this.segment = segment;
        this.index = index;
    }

    /**
     * Returns a member, adding it, written nowhere yet, if it is new.
     *
     * @param segment the member's key as {@link Paths#segment} renders it
     * @return the member
     */
    LocationTree member(String segment) {
        if (members == null) {
            members = new HashMap<>();
        }
        LocationTree member = members.get(segment);
        if (member == null) {
            member = new LocationTree(this, segment, -1);
            members.put(segment, member);
        }
        return member;
    }

    /**
     * Adds a member written nowhere yet, in place of an earlier one with the same key and all that
     * was written beneath that.
     *
     * @param segment the member's key as {@link Paths#segment} renders it
     * @return the new member
     */
    LocationTree replaceMember(String segment) {
        if (members == null) {
            members = new HashMap<>();
        }
        LocationTree member = new LocationTree(this, segment, -1);
        members.put(segment, member);
        return member;
    }

    /**
     * Returns an array element, adding it, written nowhere yet, if it is new. Elements are added in
     * order: {@code index} is at most the number of elements so far.
     *
     * @param index the 0-based index of the element
     * @return the element
     */
    LocationTree element(int index) {
        if (elements == null) {
            elements = new ArrayList<>();
        }
        if (index < elements.size()) {
            return elements.get(index);
        }
        LocationTree element = new LocationTree(this, null, index);
        elements.add(element);
        return element;
    }

    /**
     * Records where this field was written, replacing an earlier record.
     *
     * @param at where it was written
     */
    void setLocation(SourceLocation at) {
        location = at;
    }

    /**
     * Records where this field was written unless that is already known.
     *
     * @param at where it was written
     */
    void setLocationIfAbsent(SourceLocation at) {
        if (location == null) {
            location = at;
        }
    }

    /**
     * Looks a path up below this node, falling back to its nearest written ancestor. The path is
     * split into segments as {@link Paths#segmentEnd} reads them, so quoted keys may hold dots and
     * brackets; a segment that names no member or element here ends the walk.
     *
     * @param path a field path as {@link Paths} renders it
     * @return where the path or its nearest written ancestor was written, or {@code null} if neither was
     */
    SourceLocation find(String path) {
        SourceLocation found = null;
        LocationTree node = this;
        for (int start = 0, end; node != null && start < path.length(); start = end) {
            end = Paths.segmentEnd(path, start);
            if (path.charAt(start) == '[') {
                node = node.elementAt(path, start, end);
            } else {
                // after the first segment, a member's segment follows its dot
                node = node.memberAt(path.substring(start == 0 ? 0 : start + 1, end));
            }
            if (node != null && node.location != null) {
                found = node.location;
            }
        }
        return found;
    }

    /**
     * Renders the path of this node as {@link Paths#key} and {@link Paths#index} do.
     *
     * @return the path, empty for the root
     */
    String path() {
        Deque<LocationTree> nodes = new ArrayDeque<>();
        for (LocationTree node = this; node.parent != null; node = node.parent) {
            nodes.push(node);
        }
        StringBuilder path = new StringBuilder();
        for (LocationTree node : nodes) {
            if (node.segment == null) {
                path.append('[').append(node.index).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.segment);
            }
        }
        return path.toString();
    }

    private LocationTree memberAt(String segment) {
        return members == null ? null : members.get(segment);
    }

    /** Returns the element that {@code [i]} in the path from {@code start} to {@code end} names, or null. */
    private LocationTree elementAt(String path, int start, int end) {
        int close = end - 1;
        if (elements == null || close <= start + 1 || path.charAt(close) != ']') {
            return null;
        }
        int i = 0;
        for (int at = start + 1; at < close; at++) {
            int digit = path.charAt(at) - '0';
            // paths write indexes without leading zeros; the bound also keeps i from overflowing
            if (digit < 0 || digit > 9 || at > start + 1 && i == 0 || i >= elements.size()) {
                return null;
            }
            i = i * 10 + digit;
        }
        return i < elements.size() ? elements.get(i) : null;
    }
}
