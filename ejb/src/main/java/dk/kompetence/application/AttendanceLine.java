package dk.kompetence.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One participant's line on the attendance sheet. Hours count only for a completion; empty means the module's hours. */
public record AttendanceLine(
        @NotNull Long enrolmentId,
        @NotNull Attendance attendance,
        @DecimalMin("0.1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours) {
}
