package dk.kompetence.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret address of a person's calendar feed (kalenderabonnement): whoever knows the token
 * reads that person's confirmed meetings without signing in, as calendar programs do. 256 random
 * bits cannot be guessed; a new token replaces the old one, which then leads nowhere.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, LocalDateTime now) {
        this.personId = personId;
        renew(now);
    }

    public final void renew(LocalDateTime now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getPersonId() {
        return personId;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
