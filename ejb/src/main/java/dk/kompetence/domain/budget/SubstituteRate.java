package dk.kompetence.domain.budget;

import dk.kompetence.domain.person.JobRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** Vikartimesats: what an hour of substitute cover for a person of a job role costs in a year. */
@Entity
@Table(name = "substitute_rate")
@IdClass(SubstituteRate.Key.class)
public class SubstituteRate {

    @Id
    @Column(name = "rate_year")
    private int year;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", length = 30)
    private JobRole jobRole;

    @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
    private BigDecimal hourlyRate;

    protected SubstituteRate() {
    }

    public SubstituteRate(int year, JobRole jobRole, BigDecimal hourlyRate) {
        this.year = year;
        this.jobRole = Objects.requireNonNull(jobRole);
        change(hourlyRate);
    }

    public void change(BigDecimal newRate) {
        if (newRate == null || newRate.signum() < 0) {
            throw new IllegalArgumentException("A rate is zero or more");
        }
        this.hourlyRate = newRate;
    }

    public int getYear() {
        return year;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubstituteRate that && year == that.year && jobRole == that.jobRole;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, jobRole);
    }

    public static class Key implements Serializable {
        private int year;
        private JobRole jobRole;

        public Key() {
        }

        public Key(int year, JobRole jobRole) {
            this.year = year;
            this.jobRole = jobRole;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && year == that.year && jobRole == that.jobRole;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, jobRole);
        }
    }
}
