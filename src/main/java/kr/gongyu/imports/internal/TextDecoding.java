package kr.gongyu.imports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds which encoding a standard file is in, and decodes it. A byte order mark decides (UTF-8, or the UTF-16 of
 * Excel's "Unicode text"); without one, the bytes are UTF-8 if they decode strictly as UTF-8, which Korean text
 * in CP949 practically never does, and CP949 otherwise (as MS949, Windows' superset of it, which public bodies'
 * spreadsheets write). Bytes that are neither, or that decode to control characters, are not text.
 */
public final class TextDecoding {

    /** MS949 (x-windows-949): CP949 with Microsoft's additions, what "CP949" means in practice. */
    static final Charset CP949 = Charset.forName("x-windows-949");

    /** Decoded text and the name of the encoding it was in. */
    public record Decoded(String text, String encoding) {}

    private TextDecoding() {}

    /** The text of the bytes, without a byte order mark; empty when the bytes are not text in any of the encodings. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8).map(text -> new Decoded(text, "UTF-8"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16LE).map(text -> new Decoded(text, "UTF-16"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16BE).map(text -> new Decoded(text, "UTF-16"));
        }
        var utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(text -> new Decoded(text, "UTF-8"));
        }
        return strictly(bytes, 0, CP949).map(text -> new Decoded(text, "CP949"));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            var text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return isText(text) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException notThisEncoding) {
            return Optional.empty();
        }
    }

    /** No control characters but tab and line breaks: a NUL or an escape means binary data that happened to decode. */
    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
