package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.budget.Budget;
import dk.kompetence.domain.budget.BudgetRepository;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.reporting.SpendQuery;
import dk.kompetence.reporting.SpendQuery.Scope;
import dk.kompetence.reporting.SpendReport;
import dk.kompetence.reporting.SpendReport.CostedSession;
import dk.kompetence.reporting.SpendReport.Dimension;
import dk.kompetence.reporting.SpendReport.Line;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Spend reports (forbrugsrapporter) per institution, area, approach, strategy track, provider and
 * payer. HR sees the municipality, any area and any institution; a leader only an institution
 * they lead, and there only the costs of its own people (its share of fixed costs included).
 */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class SpendService {

    @Resource(lookup = "java:jboss/datasources/KompetenceDS")
    DataSource dataSource;

    @Inject
    BudgetRepository budgets;

    @Inject
    InstitutionRepository institutions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The year's spend of one scope, read once; its lines can then be grouped by any dimension. */
    public record YearSpend(int year, Scope scope, List<CostedSession> sessions, Map<Long, Long> areaOfInstitution,
                            Map<Long, BigDecimal> budgets, BigDecimal centralPoolBudget) {
    }

    /** The lines of one dimension of the year's spend of a scope (a leader: the first institution they lead by default). */
    public List<SpendLine> report(@Min(2000) @Max(2100) int year, @NotNull Dimension dimension, Long areaId,
                                  Long institutionId) {
        return lines(spend(year, areaId, institutionId), dimension);
    }

    public YearSpend spend(@Min(2000) @Max(2100) int year, Long areaId, Long institutionId) {
        Scope scope = allowed(areaId, institutionId);
        try (Connection connection = dataSource.getConnection()) {
            List<CostedSession> sessions = SpendQuery.sessions(connection, year, scope, LocalDate.now(clock));
            Map<Long, Long> areas = SpendQuery.areas(connection);
            List<Budget> ofYear = budgets.budgets(year);
            return new YearSpend(year, scope, sessions, areas,
                    ofYear.stream().filter(b -> !b.isCentralPool())
                            .collect(Collectors.toMap(Budget::getInstitutionId, Budget::getAmount)),
                    ofYear.stream().filter(Budget::isCentralPool).map(Budget::getAmount).findFirst().orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("The spend query failed", e);
        }
    }

    /** "Hele kommunen", or the area's or institution's name. */
    public String scopeName(@NotNull YearSpend spend) {
        Names names = names();
        Scope scope = spend.scope();
        return scope.institutionId() != null ? names.institutions().get(scope.institutionId())
                : scope.areaId() != null ? names.areas().get(scope.areaId()) : "Hele kommunen";
    }

    /** Groups a year's spend by a dimension, named. */
    public List<SpendLine> lines(@NotNull YearSpend spend, @NotNull Dimension dimension) {
        Names names = names();
        Scope scope = spend.scope();
        return SpendReport.lines(spend.sessions(), dimension, id -> scope.includes(id, spend.areaOfInstitution()))
                .stream().map(line -> {
                    BigDecimal budget = budgetOf(line.key(), dimension, spend);
                    return new SpendLine(line.key(), name(line.key(), dimension, names), budget,
                            budget == null ? null : budget.subtract(line.committed()).subtract(line.spent()),
                            line.committed(), line.spent(), line.fixedCosts(), line.paid(), line.coveredPeople(),
                            line.completedHours(), line.costPerCoveredPerson(), line.costPerHour());
                }).toList();
    }

    private Scope allowed(Long areaId, Long institutionId) {
        if (currentUser.isHr()) {
            if (institutionId != null) {
                institutions.find(institutionId).orElseThrow(unknown("Enhed", institutionId));
            }
            return new Scope(institutionId == null ? areaId : null, institutionId);
        }
        if (areaId != null) {
            throw new AccessDeniedException();
        }
        Long institution = institutionId != null ? institutionId
                : currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
        currentUser.requireHrOrLeaderOf(institution);
        return new Scope(null, institution);
    }

    private static BigDecimal budgetOf(String key, Dimension dimension, YearSpend spend) {
        if (dimension != Dimension.PAYER) {
            return null;
        }
        if (key.equals(Payer.CENTRAL_POOL.name())) {
            return spend.scope().equals(Scope.MUNICIPALITY) ? spend.centralPoolBudget() : null;
        }
        String institution = Payer.INSTITUTION.name() + ":";
        return key.startsWith(institution) ? spend.budgets().get(Long.valueOf(key.substring(institution.length()))) : null;
    }

    /** The names the lines' keys refer to: small tables, read whole. */
    private record Names(Map<Long, String> institutions, Map<Long, String> areas, Map<Long, String> providers,
                         Map<Long, String> tracks) {

        static Names read(Connection connection) throws SQLException {
            return new Names(SpendQuery.names(connection, "institution"), SpendQuery.names(connection, "area"),
                    SpendQuery.names(connection, "provider"), SpendQuery.names(connection, "strategy_track"));
        }
    }

    private Names names() {
        try (Connection connection = dataSource.getConnection()) {
            return Names.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The spend query failed", e);
        }
    }

    private static String name(String key, Dimension dimension, Names names) {
        if (key.equals(SpendReport.NOT_ALLOCATED)) {
            return null;
        }
        return switch (dimension) {
            case INSTITUTION -> names.institutions().get(Long.valueOf(key));
            case AREA -> names.areas().get(Long.valueOf(key));
            case PROVIDER -> names.providers().get(Long.valueOf(key));
            case TRACK -> names.tracks().get(Long.valueOf(key));
            case APPROACH -> null;
            case PAYER -> payerName(key, names);
        };
    }

    private static String payerName(String key, Names names) {
        String[] kindAndId = key.split(":", 2);
        return switch (Payer.valueOf(kindAndId[0])) {
            case CENTRAL_POOL -> null;
            case EXTERNAL_FUND -> kindAndId[1];
            case AREA -> names.areas().get(Long.valueOf(kindAndId[1]));
            case INSTITUTION -> names.institutions().get(Long.valueOf(kindAndId[1]));
        };
    }
}
