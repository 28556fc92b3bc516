package io.github.blueprint4j.validation.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    private final Object[] constants;
    private final List<Declared> onClass = new ArrayList<>();
    private final Map<String, List<Declared>> onFields = new HashMap<>();
    private final Map<String, Map<String, List<Declared>>> onFieldTypes = new HashMap<>();
    private final Map<String, Object> defaults = new HashMap<>();

    /** An annotation as declared: its type's binary name and the elements given explicitly. */
    record Declared(String type, Map<String, Object> values) {
    }

    private ClassFileAnnotations(DataInputStream in) throws IOException {
        in.skipBytes(8); // magic, minor and major version
        constants = new Object[in.readUnsignedShort()];
        for (int i = 1; i < constants.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> constants[i] = in.readUTF();
                case INTEGER -> constants[i] = in.readInt();
                case FLOAT -> constants[i] = in.readFloat();
                case LONG -> constants[i++] = in.readLong();
                case DOUBLE -> constants[i++] = in.readDouble();
                case METHOD_HANDLE -> in.skipBytes(3);
                case 7, 8, 16, 19, 20 -> in.skipBytes(2); // class, string, method type, module, package
                case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // member references, name and type, dynamic
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        for (int fields = in.readUnsignedShort(); fields > 0; fields--) {
            in.skipBytes(2);
            String name = utf8(in);
            in.skipBytes(2);
            readAttributes(in, name, false);
        }
        for (int methods = in.readUnsignedShort(); methods > 0; methods--) {
            in.skipBytes(2);
            String name = utf8(in);
            in.skipBytes(2);
            readAttributes(in, name, true);
        }
        readAttributes(in, null, false);
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
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            if (in == null) {
                throw new IllegalStateException("The class file of " + name + " is not available");
            }
            return new ClassFileAnnotations(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
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

    private void readAttributes(DataInputStream in, String member, boolean method) throws IOException {
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            String attribute = utf8(in);
            int length = in.readInt();
            switch (attribute) {
                case "RuntimeVisibleAnnotations" -> {
                    List<Declared> found = readAnnotations(in);
                    if (member == null) {
                        onClass.addAll(found);
                    } else if (!method) {
                        onFields.put(member, found);
                    }
                }
                case "RuntimeVisibleTypeAnnotations" -> {
                    if (member != null && !method) {
                        onFieldTypes.put(member, readFieldTypeAnnotations(in));
                    } else {
                        in.skipBytes(length);
                    }
                }
                case "AnnotationDefault" -> defaults.put(member, readValue(in));
                default -> in.skipBytes(length);
            }
        }
    }

    private List<Declared> readAnnotations(DataInputStream in) throws IOException {
        List<Declared> found = new ArrayList<>();
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            found.add(readAnnotation(in));
        }
        return found;
    }

    private Map<String, List<Declared>> readFieldTypeAnnotations(DataInputStream in) throws IOException {
        Map<String, List<Declared>> byPosition = new LinkedHashMap<>();
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            int target = in.readUnsignedByte();
            if (target != TARGET_FIELD) {
                throw new IOException("Unexpected type annotation target " + target + " on a field");
            }
            StringBuilder position = new StringBuilder();
            for (int steps = in.readUnsignedByte(); steps > 0; steps--) {
                position.append(position.length() == 0 ? "" : "/").append(in.readUnsignedByte())
                        .append(':').append(in.readUnsignedByte());
            }
            List<Declared> here = byPosition.get(position.toString());
            if (here == null) {
                here = new ArrayList<>();
                byPosition.put(position.toString(), here);
            }
            here.add(readAnnotation(in));
        }
        return byPosition;
    }

    private Declared readAnnotation(DataInputStream in) throws IOException {
        String type = binaryName(utf8(in));
        Map<String, Object> values = new HashMap<>();
        for (int pairs = in.readUnsignedShort(); pairs > 0; pairs--) {
            String name = utf8(in);
            values.put(name, readValue(in));
        }
        return new Declared(type, values);
    }

    /** Reads an element value: constants as themselves, enum constants by name, classes by binary name. */
    private Object readValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 's' -> constants[in.readUnsignedShort()];
            case 'Z' -> ((Integer) constants[in.readUnsignedShort()]) != 0;
            case 'e' -> {
                in.skipBytes(2);
                yield utf8(in);
            }
            case 'c' -> binaryName(utf8(in));
            case '@' -> readAnnotation(in);
            case '[' -> {
                List<Object> values = new ArrayList<>();
                for (int count = in.readUnsignedShort(); count > 0; count--) {
                    values.add(readValue(in));
                }
                yield values;
            }
            default -> throw new IOException("Unknown element value tag " + (char) tag);
        };
    }

    private String utf8(DataInputStream in) throws IOException {
        return (String) constants[in.readUnsignedShort()];
    }

    /** {@code Lio/github/X$Y;} becomes {@code io.github.X$Y}; primitive and array descriptors stay as they are. */
    private static String binaryName(String descriptor) {
        return descriptor.startsWith("L") ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.') : descriptor;
    }
}
