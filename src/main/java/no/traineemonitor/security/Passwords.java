package no.traineemonitor.security;

import java.security.SecureRandom;
import java.util.Set;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (Spring Security's delegating encoder: bcrypt, with the algorithm named in each hash) and rules. */
public final class Passwords {

    /** Passwords everybody tries first: refused for an administrator outside the local profile. */
    static final Set<String> WELL_KNOWN = Set.of("admin", "password", "passord", "changeme", "traineemonitor", "123456",
            "12345678", "qwerty", "secret", "hemmelig");
    static final int MINIMUM_LENGTH = 10;

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    public static String hash(String raw) {
        return ENCODER.encode(raw);
    }

    /** A problem with a new password, in words (English: shown to administrators in the log or the form's message key). */
    public static java.util.Optional<String> weakness(String raw) {
        if (raw.length() < MINIMUM_LENGTH) {
            return java.util.Optional.of("too-short");
        }
        if (WELL_KNOWN.contains(raw.toLowerCase(java.util.Locale.ROOT))) {
            return java.util.Optional.of("well-known");
        }
        return java.util.Optional.empty();
    }

    /** A random password of 16 letters and digits (for the first administrator when none is configured). */
    static String random() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
