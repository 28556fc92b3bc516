package io.github.blueprint4j.validation.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime-visible annotations of a class as its class file holds them: on the class, on its
 * fields, on the type arguments of its fields' types, and the defaults of an annotation type's
 * elements. Reading them from the class file costs a fraction of what reflection costs on a cold
 * JVM, where every annotation type read reflectively gets a proxy class of its own.
 */
final class ClassFileAnnotations {

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int METHOD_HANDLE = 15;
    private static final int TARGET_FIELD = 0x13;

    private final byte[] bytes;
    private final int[] offsets;
    private final String[] strings;
    private int position;
    private final List<Declared> onClass = new ArrayList<>();
    private final Map<String, List<Declared>> onFields = new HashMap<>();
    private final Map<String, Map<String, List<Declared>>> onFieldTypes = new HashMap<>();
    private final Map<String, Object> defaults = new HashMap<>();

    /** An annotation as declared: its type's binary name and the elements given explicitly. */
    record Declared(String type, Map<String, Object> values) {
    }

    private ClassFileAnnotations(byte[] bytes) throws IOException {
        this.bytes = bytes;
        position = 8; // magic, minor and major version
        offsets = new int[u2()];
        strings = new String[offsets.length];
        // only the offsets: the few constants the annotations use are decoded when read
        for (int i = 1; i < offsets.length; i++) {
            int tag = u1();
            offsets[i] = position;
            switch (tag) {
                case UTF8 -> position += 2 + u2At(position);
                case INTEGER, FLOAT, 9, 10, 11, 12, 17, 18 -> position += 4; // and member references, name and type, dynamic
                case LONG, DOUBLE -> {
                    position += 8;
                    i++;
                }
                case METHOD_HANDLE -> position += 3;
                case 7, 8, 16, 19, 20 -> position += 2; // class, string, method type, module, package
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        position += 6; // access flags, this class, super class
        int interfaces = u2();
        position += 2 * interfaces;
        for (int fields = u2(); fields > 0; fields--) {
            position += 2;
            String name = utf8(u2());
            position += 2;
            readAttributes(name, false);
        }
        for (int methods = u2(); methods > 0; methods--) {
            position += 2;
            String name = utf8(u2());
            position += 2;
            readAttributes(name, true);
        }
        readAttributes(null, false);
    }

    /**
     * Reads the class file of a class.
     *
     * @param type the class
     * @return its annotations
     * @throws IllegalStateException if the class file cannot be read
     */
    static ClassFileAnnotations of(Class<?> type) {
        String name = type.getName();
        // concat: a + site would link method handles on a cold JVM
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1).concat(".class"))) {
            if (in == null) {
                throw new IllegalStateException("The class file of " + name + " is not available");
            }
            return new ClassFileAnnotations(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the class file of " + name, e);
        }
    }

    /**
     * Returns the annotations of the class itself.
     *
     * @return the annotations, in declaration order
     */
    List<Declared> onClass() {
        return onClass;
    }

    /**
     * Returns the declaration annotations of a field.
     *
     * @param field the field name
     * @return the annotations, in declaration order
     */
    List<Declared> onField(String field) {
        return onFields.getOrDefault(field, List.of());
    }

    /**
     * Returns the type annotations of a field by where they sit in its type: {@code ""} for the
     * type itself, {@code "3:0"} for its first type argument, and so on: the steps of the class
     * file's type path as {@code kind:index}, separated by {@code /}.
     *
     * @param field the field name
     * @return the annotations by position
     */
    Map<String, List<Declared>> onFieldType(String field) {
        return onFieldTypes.getOrDefault(field, Map.of());
    }

    /**
     * Returns the default of an element of an annotation type.
     *
     * @param element the element name
     * @return the default, or {@code null} if it has none
     */
    Object defaultValue(String element) {
        return defaults.get(element);
    }

    private void readAttributes(String member, boolean method) throws IOException {
        for (int count = u2(); count > 0; count--) {
            String attribute = utf8(u2());
            int length = u4();
            switch (attribute) {
                case "RuntimeVisibleAnnotations" -> {
                    List<Declared> found = readAnnotations();
                    if (member == null) {
                        onClass.addAll(found);
                    } else if (!method) {
                        onFields.put(member, found);
                    }
                }
                case "RuntimeVisibleTypeAnnotations" -> {
                    if (member != null && !method) {
                        onFieldTypes.put(member, readFieldTypeAnnotations());
                    } else {
                        position += length;
                    }
                }
                case "AnnotationDefault" -> defaults.put(member, readValue());
                default -> position += length;
            }
        }
    }

    private List<Declared> readAnnotations() throws IOException {
        List<Declared> found = new ArrayList<>();
        for (int count = u2(); count > 0; count--) {
            found.add(readAnnotation());
        }
        return found;
    }

    private Map<String, List<Declared>> readFieldTypeAnnotations() throws IOException {
        Map<String, List<Declared>> byPosition = new LinkedHashMap<>();
        for (int count = u2(); count > 0; count--) {
            int target = u1();
            if (target != TARGET_FIELD) {
                throw new IOException("Unexpected type annotation target " + target + " on a field");
            }
            StringBuilder path = new StringBuilder();
            for (int steps = u1(); steps > 0; steps--) {
                path.append(path.length() == 0 ? "" : "/").append(u1()).append(':').append(u1());
            }
            List<Declared> here = byPosition.get(path.toString());
            if (here == null) {
                here = new ArrayList<>();
                byPosition.put(path.toString(), here);
            }
            here.add(readAnnotation());
        }
        return byPosition;
    }

    private Declared readAnnotation() throws IOException {
        String type = binaryName(utf8(u2()));
        Map<String, Object> values = new HashMap<>();
        for (int pairs = u2(); pairs > 0; pairs--) {
            String name = utf8(u2());
            values.put(name, readValue());
        }
        return new Declared(type, values);
    }

    /** Reads an element value: constants as themselves, enum constants by name, classes by binary name. */
    private Object readValue() throws IOException {
        int tag = u1();
        return switch (tag) {
            case 's' -> utf8(u2());
            case 'B', 'C', 'I', 'S' -> u4At(offsets[u2()]);
            case 'Z' -> u4At(offsets[u2()]) != 0;
            case 'F' -> Float.intBitsToFloat(u4At(offsets[u2()]));
            case 'J' -> u8At(offsets[u2()]);
            case 'D' -> Double.longBitsToDouble(u8At(offsets[u2()]));
            case 'e' -> {
                position += 2;
                yield utf8(u2());
            }
            case 'c' -> binaryName(utf8(u2()));
            case '@' -> readAnnotation();
            case '[' -> {
                List<Object> values = new ArrayList<>();
                for (int count = u2(); count > 0; count--) {
                    values.add(readValue());
                }
                yield values;
            }
            default -> throw new IOException("Unknown element value tag " + (char) tag);
        };
    }

    /** Decodes a string constant on first use; modified UTF-8 beyond ASCII the slow way. */
    private String utf8(int index) throws IOException {
        String decoded = strings[index];
        if (decoded == null) {
            int start = offsets[index];
            int length = u2At(start);
            boolean ascii = true;
            for (int i = start + 2; i < start + 2 + length; i++) {
                ascii &= bytes[i] > 0;
            }
            decoded = ascii ? new String(bytes, start + 2, length, StandardCharsets.ISO_8859_1)
                    : new DataInputStream(new ByteArrayInputStream(bytes, start, length + 2)).readUTF();
            strings[index] = decoded;
        }
        return decoded;
    }

    private int u1() {
        return bytes[position++] & 0xFF;
    }

    private int u2() {
        int value = u2At(position);
        position += 2;
        return value;
    }

    private int u4() {
        int value = u4At(position);
        position += 4;
        return value;
    }

    private int u2At(int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private int u4At(int at) {
        return u2At(at) << 16 | u2At(at + 2);
    }

    private long u8At(int at) {
        return (long) u4At(at) << 32 | u4At(at + 4) & 0xFFFFFFFFL;
    }

    /** {@code Lio/github/X$Y;} becomes {@code io.github.X$Y}; primitive and array descriptors stay as they are. */
    private static String binaryName(String descriptor) {
        return descriptor.startsWith("L") ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.') : descriptor;
    }
}
