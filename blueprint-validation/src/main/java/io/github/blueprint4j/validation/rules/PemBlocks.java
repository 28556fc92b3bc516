package io.github.blueprint4j.validation.rules;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM blocks the way Go's {@code encoding/pem} does, which osbuild uses for CA
 * certificates: text around and between blocks is skipped, a block with a malformed header,
 * footer or base64 body is skipped too, header lines ({@code Key: value}) are allowed, and the
 * body must be padded base64 (spaces, tabs and line breaks ignored).
 */
final class PemBlocks {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "\n-----END ";
    private static final String DASHES = "-----";

    /**
     * One decoded block.
     *
     * @param type  the type from the header line, such as {@code CERTIFICATE}
     * @param bytes the decoded body
     */
    record Block(String type, byte[] bytes) {
    }

    private record Decoded(Block block, String rest) {
    }

    private record Line(String text, String rest) {
    }

    private PemBlocks() {
    }

    /**
     * Returns every block of a text, in order.
     *
     * @param text the text
     * @return the blocks, empty if there are none
     */
    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        for (Decoded next = decode(text); next != null; next = decode(next.rest())) {
            blocks.add(next.block());
        }
        return blocks;
    }

    // one step of Go's pem.Decode: the first block and the text after it, or null
    private static Decoded decode(String data) {
        String rest = data;
        while (true) {
            if (rest.startsWith(BEGIN)) {
                rest = rest.substring(BEGIN.length());
            } else {
                int start = rest.indexOf("\n" + BEGIN);
                if (start < 0) {
                    return null;
                }
                rest = rest.substring(start + 1 + BEGIN.length());
            }
            Line typeLine = line(rest);
            rest = typeLine.rest();
            if (!typeLine.text().endsWith(DASHES)) {
                continue;
            }
            String type = typeLine.text().substring(0, typeLine.text().length() - DASHES.length());
            boolean headers = false;
            while (true) {
                if (rest.isEmpty()) {
                    return null;
                }
                Line header = line(rest);
                if (header.text().indexOf(':') < 0) {
                    break;
                }
                headers = true;
                rest = header.rest();
            }
            int endIndex;
            int trailerIndex;
            if (!headers && rest.startsWith(END.substring(1))) {
                endIndex = 0;
                trailerIndex = END.length() - 1;
            } else {
                endIndex = rest.indexOf(END);
                trailerIndex = endIndex + END.length();
            }
            if (endIndex < 0) {
                continue;
            }
            String trailer = rest.substring(trailerIndex);
            int trailerLength = type.length() + DASHES.length();
            if (trailer.length() < trailerLength) {
                continue;
            }
            String restOfEndLine = trailer.substring(trailerLength);
            trailer = trailer.substring(0, trailerLength);
            if (!trailer.startsWith(type) || !trailer.endsWith(DASHES) || !line(restOfEndLine).text().isEmpty()) {
                continue;
            }
            byte[] bytes = base64(rest.substring(0, endIndex));
            if (bytes == null) {
                continue;
            }
            return new Decoded(new Block(type, bytes), line(rest.substring(endIndex + END.length() - 1)).rest());
        }
    }

    // Go's getLine: up to the next line break, without a trailing \r and trailing spaces or tabs
    private static Line line(String data) {
        int newline = data.indexOf('\n');
        int end = newline < 0 ? data.length() : newline;
        String rest = newline < 0 ? "" : data.substring(newline + 1);
        if (newline > 0 && data.charAt(newline - 1) == '\r') {
            end--;
        }
        while (end > 0 && (data.charAt(end - 1) == ' ' || data.charAt(end - 1) == '\t')) {
            end--;
        }
        return new Line(data.substring(0, end), rest);
    }

    // padded standard base64, ignoring spaces, tabs and line breaks; null if malformed
    private static byte[] base64(String body) {
        StringBuilder compact = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                compact.append(c);
            }
        }
        if (compact.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
