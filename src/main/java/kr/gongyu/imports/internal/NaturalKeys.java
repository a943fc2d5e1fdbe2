package kr.gongyu.imports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.gongyu.institution.InstitutionId;

/**
 * The natural keys of a row. A resource is its institution, 개방시설명, 개방장소명 and 소재지도로명주소; a site the same
 * without 개방장소명. The address is part of both because one institution may have two facilities of the same
 * name ("경로당") at different addresses, and merging them would lose one; the price is that a corrected address
 * makes a new resource. Texts are folded (Unicode NFC, whitespace collapsed, lower case) so that a re-exported
 * file with other spacing still matches, and hashed (SHA-256) to a fixed-width key.
 */
public final class NaturalKeys {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private NaturalKeys() {}

    public static String site(InstitutionId institution, String facility, String address) {
        return hash(institution.value() + "\u0000" + fold(facility) + "\u0000" + fold(address));
    }

    public static String resource(InstitutionId institution, String facility, String place, String address) {
        return hash(
                institution.value() + "\u0000" + fold(facility) + "\u0000" + fold(place) + "\u0000" + fold(address));
    }

    /** NFC, runs of whitespace as one space, stripped, lower case. */
    static String fold(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
