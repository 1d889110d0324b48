package dk.kompetence.db;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password digests in the form Elytron's JDBC realm verifies with its scram-sha-256
 * mapper: PBKDF2-HMAC-SHA256 over the password with a random salt and many iterations.
 */
public record PasswordDigest(String hash, String salt, int iterations) {

    public static final int ITERATIONS = 120_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PasswordDigest of(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return of(password, salt, ITERATIONS);
    }

    static PasswordDigest of(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            byte[] digest = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return new PasswordDigest(base64.encodeToString(digest), base64.encodeToString(salt), iterations);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }
}
