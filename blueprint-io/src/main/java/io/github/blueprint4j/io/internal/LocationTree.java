package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the fields of a document were written, as a tree: a node per table or object, member and
 * array element, with its members by path segment and its elements by index.
 *
 * <p>A source map builds it while scanning, rendering no paths: a member is found by comparing its
 * segment with the text in place (hashed only in tables of many keys), and a location is packed
 * into a number until it is asked for.
 * A path is read back one segment at a time ({@link #find}) and rendered only on demand from the
 * parent links ({@link #path}); neither recurses, so deep documents cost no more than their size.
 * A tree is built in one thread and only read once it has been published.
 */
final class LocationTree {

    /**
     * Most tables have a handful of keys: up to this many, a member is found by comparing
     * segments, which costs less than hashing them.
     */
    private static final int SCAN_LIMIT = 12;

    /** The position of a field that was written nowhere. */
    static final long NOWHERE = 0;

    private final LocationTree parent;
    /** The member's key as {@link Paths#segment} renders it, or {@code null} for an array element. */
    private final String segment;
    private final int index;
    /** Where this field was written, as {@link #position} packs it, or {@link #NOWHERE}. */
    private long position = NOWHERE;
    /** The members in the order they were added; {@code memberCount} of them are in use. */
    private LocationTree[] members;
    private int memberCount;
    /** The members by segment, kept only once there are more than {@link #SCAN_LIMIT}. */
    private Map<String, LocationTree> memberIndex;
    /** The array elements in index order; {@code elementCount} of them are in use. */
    private LocationTree[] elements;
    private int elementCount;
    /** How many {@code [[...]]} headers have named this node: non-zero for an array of tables. */
    private int tables;

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
        LocationTree member = memberAt(segment);
        if (member == null) {
            member = new LocationTree(this, segment, -1);
            putMember(member);
        }
        return member;
    }

    /**
     * Returns the member whose segment is a part of a text, adding it, written nowhere yet, if it
     * is new; the part is cut out of the text only then.
     *
     * @param text the text that holds the segment
     * @param from where the segment starts in the text
     * @param to   where it ends
     * @return the member
     */
    LocationTree member(char[] text, int from, int to) {
        LocationTree member = memberAt(text, from, to);
        if (member == null) {
            member = new LocationTree(this, new String(text, from, to - from), -1);
            putMember(member);
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
        LocationTree member = new LocationTree(this, segment, -1);
        putMember(member);
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
        if (index < elementCount) {
            return elements[index];
        }
        if (elements == null) {
            elements = new LocationTree[4];
        } else if (elementCount == elements.length) {
            elements = Arrays.copyOf(elements, elementCount * 2);
        }
        LocationTree element = new LocationTree(this, null, index);
        elements[elementCount++] = element;
        return element;
    }

    /**
     * Adds the next element of an array of tables, as a {@code [[...]]} header naming this node does.
     *
     * @return the new element
     */
    LocationTree addTable() {
        return element(tables++);
    }

    /**
     * Returns the last element of an array of tables, which a dotted key or a header below it
     * continues, or this node itself if no {@code [[...]]} header has named it.
     *
     * @return the node that what follows belongs to
     */
    LocationTree lastTable() {
        return tables == 0 ? this : element(tables - 1);
    }

    /**
     * Packs a line and a column into one number, so that a scan records where each field was
     * written without an object per field; {@link #find} makes the {@link SourceLocation}.
     *
     * @param line   the 1-based line
     * @param column the 1-based column
     * @return the position, never {@link #NOWHERE}
     */
    static long position(int line, int column) {
        return (long) line << 32 | column & 0xFFFF_FFFFL;
    }

    /**
     * Records where this field was written, replacing an earlier record.
     *
     * @param at where it was written, as {@link #position} packs it
     */
    void setLocation(long at) {
        position = at;
    }

    /**
     * Records where this field was written unless that is already known.
     *
     * @param at where it was written, as {@link #position} packs it
     */
    void setLocationIfAbsent(long at) {
        if (position == NOWHERE) {
            position = at;
        }
    }

    /**
     * Unpacks a position.
     *
     * @param at a position made by {@link #position}
     * @return the line and column
     */
    static SourceLocation location(long at) {
        return new SourceLocation((int) (at >>> 32), (int) at);
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
        long found = NOWHERE;
        char[] chars = path.toCharArray();
        LocationTree node = this;
        for (int start = 0, end; node != null && start < path.length(); start = end) {
            end = Paths.segmentEnd(path, start);
            if (path.charAt(start) == '[') {
                node = node.elementAt(path, start, end);
            } else {
                // after the first segment, a member's segment follows its dot
                node = node.memberAt(chars, start == 0 ? 0 : start + 1, end);
            }
            if (node != null && node.position != NOWHERE) {
                found = node.position;
            }
        }
        return found == NOWHERE ? null : location(found);
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

    /** Returns the member whose segment is a part of a text, without cutting it out, or null. */
    private LocationTree memberAt(char[] text, int from, int to) {
        if (memberIndex != null) {
            return memberIndex.get(new String(text, from, to - from));
        }
        int length = to - from;
        for (int i = 0; i < memberCount; i++) {
            String segment = members[i].segment;
            if (segment.length() == length && sameChars(segment, text, from)) {
                return members[i];
            }
        }
        return null;
    }

    /** Tells whether the text holds the segment at {@code from}; the text is long enough. */
    private static boolean sameChars(String segment, char[] text, int from) {
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) != text[from + i]) {
                return false;
            }
        }
        return true;
    }

    private LocationTree memberAt(String segment) {
        if (memberIndex != null) {
            return memberIndex.get(segment);
        }
        int i = indexOf(segment);
        return i < 0 ? null : members[i];
    }

    /** Returns the position of the member with this segment in {@code members}, or -1. */
    private int indexOf(String segment) {
        for (int i = 0; i < memberCount; i++) {
            if (members[i].segment.equals(segment)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds a member, in place of one with the same segment if there is one. */
    private void putMember(LocationTree member) {
        // with an index, the walk over the array is needed only for a repeated key
        boolean maybeRepeated = memberIndex == null || memberIndex.containsKey(member.segment);
        int repeated = maybeRepeated ? indexOf(member.segment) : -1;
        if (repeated >= 0) {
            members[repeated] = member;
            if (memberIndex != null) {
                memberIndex.put(member.segment, member);
            }
            return;
        }
        if (members == null) {
            members = new LocationTree[4];
        } else if (memberCount == members.length) {
            members = Arrays.copyOf(members, memberCount * 2);
        }
        members[memberCount++] = member;
        if (memberIndex != null) {
            memberIndex.put(member.segment, member);
        } else if (memberCount > SCAN_LIMIT) {
            memberIndex = new HashMap<>();
            for (int i = 0; i < memberCount; i++) {
                memberIndex.put(members[i].segment, members[i]);
            }
        }
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
            if (digit < 0 || digit > 9 || at > start + 1 && i == 0 || i >= elementCount) {
                return null;
            }
            i = i * 10 + digit;
        }
        return i < elementCount ? elements[i] : null;
    }
}
